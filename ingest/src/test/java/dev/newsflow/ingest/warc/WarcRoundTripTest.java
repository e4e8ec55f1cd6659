package dev.newsflow.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.ingest.TestResources;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.fetch.FetchException;
import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.HostPoliteness;
import dev.newsflow.ingest.fetch.PageFetcher;
import dev.newsflow.ingest.page.PageCleaning;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.site.FixtureSite;

/** Fetch with WARC recording on, then replay the WARC: the same articles come out. */
class WarcRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void fetchedResponsesAreWrittenToWarcAndReplayedThroughTheSameCleaning(@TempDir Path dir) throws Exception {
        Path warcs = dir.resolve("warc");
        try (FixtureSite site = new FixtureSite();
             WarcRecorder recorder = new WarcRecorder(warcs);
             PageFetcher fetcher = new PageFetcher(FetchSettings.defaults().withAllowHosts(Set.of("127.0.0.1"))
                     .withMinInterval(Duration.ZERO).withMaxBodyBytes(1024 * 1024), new HostPoliteness(), recorder,
                     Clock.systemUTC())) {
            for (String path : List.of("/articles/1", "/gzipped", "/latin1", "/redirect", "/empty")) {
                fetcher.fetch(site.url(path));
            }
            try {
                fetcher.fetch(site.url("/big"));
            } catch (FetchException e) {
                assertThat(e.reason()).isEqualTo("too-large");
            }
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(warcs)) {
            files = list.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).startsWith("newsflow-").endsWith(".warc.gz");

        List<String> responses = new ArrayList<>();
        int requests = 0;
        try (WarcReader reader = new WarcReader(files.get(0))) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response) {
                    responses.add(response.http().status() + " " + response.target());
                    if (response.target().endsWith("/gzipped")) {
                        assertThat(response.http().headers().first("Content-Encoding")).isEmpty();
                        assertThat(new String(response.http().body().stream().readAllBytes(), "UTF-8")).contains("Story 8");
                    }
                } else if (record instanceof WarcRequest) {
                    requests++;
                }
            }
        }
        // robots.txt, 5 pages, the redirect's target; /big's body was refused, so it is not archived
        assertThat(responses).hasSize(7).anyMatch(r -> r.startsWith("302 ")).noneMatch(r -> r.endsWith("/big"));
        assertThat(requests).isEqualTo(responses.size());

        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        List<String> progress = new ArrayList<>();
        WarcReplay.Summary summary;
        try (ArticlePublisher publisher = new ArticlePublisher(producer)) {
            summary = new WarcReplay(new PageCleaning(new ArticleCleaner()), publisher, CLOCK, 1024 * 1024,
                    (pages, articles, failures, current) -> progress.add(pages + "/" + articles + "/" + failures))
                    .replay(List.of(warcs, TestResources.resource("archive")));
        }
        assertThat(summary.pages()).isEqualTo(5 + 5); // 5 HTML responses in the WARC, 5 sample pages
        assertThat(summary.articles()).isEqualTo(4 + 5);
        assertThat(summary.skipped()).isEqualTo(2); // robots.txt and the redirect
        assertThat(summary.failures()).isEqualTo(Map.of("no-article-text", 1));
        assertThat(progress).hasSize(10).last().isEqualTo("10/9/1");

        List<ArticleEvent> articles = producer.history().stream().filter(r -> r.topic().equals(Topics.ARTICLES.name()))
                .map(ProducerRecord::value).map(v -> Json.read(v, ArticleEvent.class, ArticleEvent.SCHEMA_VERSION)).toList();
        assertThat(articles).hasSize(9);
        assertThat(articles).filteredOn(a -> a.title().equals("Caf\u00e9 report")).singleElement()
                .satisfies(a -> assertThat(a.origin()).startsWith("warc:"));
        List<DeadLetter> letters = producer.history().stream().filter(r -> r.topic().equals(Topics.DLQ.name()))
                .map(ProducerRecord::value).map(v -> Json.read(v, DeadLetter.class, DeadLetter.SCHEMA_VERSION)).toList();
        assertThat(letters).singleElement().satisfies(l -> assertThat(l.key()).endsWith("/empty"));
    }
}
