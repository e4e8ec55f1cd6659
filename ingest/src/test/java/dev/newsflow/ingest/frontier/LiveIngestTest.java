package dev.newsflow.ingest.frontier;

import dev.newsflow.ingest.TopicProbe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsflow.broker.junit.KafkaBackend;
import dev.newsflow.broker.junit.KafkaExtension;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.FrontierEntry;
import dev.newsflow.events.PageEvent;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.topics.TopicProvisioner;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.PageFetcher;
import dev.newsflow.ingest.fetch.RetryPolicy;
import dev.newsflow.ingest.page.PageCleaning;
import dev.newsflow.ingest.site.FixtureSite;
import dev.newsflow.ingest.source.Discovery;

/**
 * Live ingestion on a real broker against the fixture site: feed + sitemap index → frontier →
 * fetcher group → pages, articles, dead letters; every URL ends as an article or a dead letter
 * with its reason; a restarted fetcher (new instance, new consumer group) fetches nothing twice
 * because the dedupe state is in Kafka; a feed that reports a change gets its URLs fetched again.
 */
@ExtendWith(KafkaExtension.class)
class LiveIngestTest {

    private static final Duration INTERVAL = Duration.ofMillis(100);
    private static FixtureSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FixtureSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static FetchSettings settings() {
        return FixtureSite.fetchSettings(INTERVAL);
    }

    @Test
    void everyUrlBecomesAnArticleOrADeadLetterAndNothingIsFetchedTwiceAcrossARestart(KafkaBackend kafka)
            throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
            new TopicProvisioner(admin).ensureAll();
        }
        Map<String, String> expected = new HashMap<>();
        for (String p : List.of("/articles/1?utm_source=rss&utm_medium=feed", "/articles/2", "/articles/3", "/flaky",
                "/latin1", "/articles/5")) {
            expected.put(site.url(p), "article");
        }
        expected.put(site.url("/redirect"), "duplicate"); // it leads to /articles/2, already fetched from the feed
        expected.put(site.url("/private/secret"), "robots");
        expected.put(site.url("/slow"), "timeout");
        expected.put(site.url("/fail"), "http-500");
        expected.put(site.url("/big"), "too-large");
        expected.put(site.url("/gzip-bomb"), "too-large");
        expected.put(site.url("/loop/a"), "redirect-loop");
        expected.put(site.url("/to-private"), "blocked-address");
        expected.put(site.url("/empty"), "no-article-text");
        expected.put(site.url("/pdf"), "not-html");
        expected.put(site.url("/missing"), "http-404");

        // first run: discover and fetch everything
        var articlesFrom = TopicProbe.endOffsets(kafka, Topics.ARTICLES.name());
        var dlqFrom = TopicProbe.endOffsets(kafka, Topics.DLQ.name());
        var pagesFrom = TopicProbe.endOffsets(kafka, Topics.PAGES.name());
        String group1 = "test-fetch-" + UUID.randomUUID();
        TopicProbe.startGroupAtFrontierEnd(kafka, group1);
        List<String> sourceFailures = new CopyOnWriteArrayList<>();
        int discovered;
        try (KafkaProducer<String, byte[]> producer = producer(kafka);
             PageFetcher fetcher = new PageFetcher(settings())) {
            Discovery discovery = discovery(fetcher, new FrontierPublisher(producer), sourceFailures);
            discovered = discovery.pollFeed(site.url("/feed.xml")) + discovery.pollSitemap(site.url("/sitemap-index.xml"));
            producer.flush();
        }
        assertThat(sourceFailures).isEmpty();
        assertThat(discovered).isEqualTo(expected.size()); // utm-tagged and repeated URLs sent once

        FetchStats first = runFetcher(kafka, group1, discovered);
        assertThat(first.articles()).isEqualTo(6);
        assertThat(first.duplicates()).isEqualTo(1);

        Map<String, String> outcomes = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : TopicProbe.readNew(kafka, articlesFrom, 6)) {
            ArticleEvent article = Json.read(r.value(), ArticleEvent.class, ArticleEvent.SCHEMA_VERSION);
            assertThat(article.origin()).isEqualTo("http");
            outcomes.put(article.url(), "article");
        }
        for (ConsumerRecord<String, byte[]> r : TopicProbe.readNew(kafka, dlqFrom, 10)) {
            DeadLetter letter = Json.read(r.value(), DeadLetter.class, DeadLetter.SCHEMA_VERSION);
            assertThat(letter.sourceTopic()).isEqualTo(Topics.FRONTIER.name());
            assertThat(letter.payload()).contains(letter.key()); // the frontier entry, for a later retry
            outcomes.put(letter.key(), letter.reason());
        }
        outcomes.putIfAbsent(site.url("/redirect"), "duplicate"); // published nowhere: counted by the fetcher
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(expected);

        List<PageEvent> pages = TopicProbe.readNew(kafka, pagesFrom, 9).stream()
                .map(r -> Json.read(r.value(), PageEvent.class, PageEvent.SCHEMA_VERSION)).toList();
        PageEvent latin1 = pages.stream().filter(p -> p.url().endsWith("/latin1")).findFirst().orElseThrow();
        assertThat(latin1.charset()).isEqualTo("windows-1252");
        assertThat(latin1.headers()).containsKey("content-type");
        assertThat(pages.stream().filter(p -> p.url().endsWith("/redirect")).findFirst().orElseThrow().finalUrl())
                .isEqualTo(site.url("/articles/2"));

        // politeness: requests to the one host never overlap and are spaced by the interval. The server
        // clocks a request's end before the client sees it, so the gap it measures is short of the
        // client's interval by the response's trip; half the interval still tells spacing from none.
        List<FixtureSite.Hit> hits = new ArrayList<>(site.hits());
        hits.sort(java.util.Comparator.comparingLong(FixtureSite.Hit::startNanos));
        for (int i = 1; i < hits.size(); i++) {
            if (hits.get(i - 1).path().equals("/slow")) {
                continue; // the server finishes /slow long after the fetcher gave up on it
            }
            assertThat(hits.get(i).startNanos() - hits.get(i - 1).endNanos())
                    .as("gap before %s after %s", hits.get(i).path(), hits.get(i - 1)).isGreaterThanOrEqualTo(INTERVAL.dividedBy(2).toNanos());
        }

        // restart: a new fetcher instance in a new consumer group, the same URLs discovered again
        int articleHits = site.hits("/articles/1").size();
        var articlesFrom2 = TopicProbe.endOffsets(kafka, Topics.ARTICLES.name());
        String group2 = "test-fetch-" + UUID.randomUUID();
        TopicProbe.startGroupAtFrontierEnd(kafka, group2);
        try (KafkaProducer<String, byte[]> producer = producer(kafka);
             PageFetcher fetcher = new PageFetcher(settings())) {
            Discovery discovery = discovery(fetcher, new FrontierPublisher(producer), sourceFailures);
            assertThat(discovery.pollSitemap(site.url("/sitemap-index.xml"))).isEqualTo(15);
            producer.flush();
        }
        FetchStats second = runFetcher(kafka, group2, 15);
        assertThat(second.articles()).isZero();
        assertThat(second.skipped()).isEqualTo(13); // all but the transient failures (timeout, http-500)
        assertThat(second.failures()).containsOnly(entry("timeout", 1), entry("http-500", 1));
        assertThat(site.hits("/articles/1")).hasSize(articleHits);

        // the feed says its items changed: they are fetched again
        site.feedPubDate("Sat, 19 Oct 2024 09:00:00 GMT");
        String group3 = "test-fetch-" + UUID.randomUUID();
        TopicProbe.startGroupAtFrontierEnd(kafka, group3);
        try (KafkaProducer<String, byte[]> producer = producer(kafka);
             PageFetcher fetcher = new PageFetcher(settings())) {
            Discovery discovery = discovery(fetcher, new FrontierPublisher(producer), sourceFailures);
            assertThat(discovery.pollFeed(site.url("/feed.xml"))).isEqualTo(4);
            producer.flush();
        }
        FetchStats third = runFetcher(kafka, group3, 4);
        assertThat(third.articles()).isEqualTo(4);
        assertThat(site.hits("/articles/1")).hasSize(articleHits + 1);
        assertThat(TopicProbe.readNew(kafka, articlesFrom2, 4)).hasSize(4);
        assertThat(sourceFailures).isEmpty();
    }

    private static Discovery discovery(PageFetcher fetcher, FrontierPublisher publisher, List<String> failures) {
        return new Discovery(fetcher, new Discovery.Sink() {
            @Override
            public void url(FrontierEntry entry) {
                publisher.publish(entry);
            }

            @Override
            public void sourceFailed(String source, String reason, String error) {
                failures.add(source + " " + reason + " " + error);
            }
        }, Clock.systemUTC());
    }

    private static FetchStats runFetcher(KafkaBackend kafka, String group, int entries) throws Exception {
        try (PageFetcher fetcher = new PageFetcher(settings())) {
            FrontierFetcher frontier = new FrontierFetcher(kafka.bootstrapServers(), Map.of(),
                    new FrontierFetcher.Options(group, 4, Duration.ofMillis(100)), fetcher,
                    new PageCleaning(new ArticleCleaner()), Clock.systemUTC()).start();
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (frontier.stats().entries() < entries && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            } finally {
                frontier.close();
            }
            assertThat(frontier.stats().entries()).isEqualTo(entries);
            return frontier.stats();
        }
    }

    private static KafkaProducer<String, byte[]> producer(KafkaBackend kafka) {
        return new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
    }
}
