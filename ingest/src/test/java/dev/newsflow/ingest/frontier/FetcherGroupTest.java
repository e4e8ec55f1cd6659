package dev.newsflow.ingest.frontier;

import dev.newsflow.ingest.TopicProbe;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsflow.broker.junit.KafkaBackend;
import dev.newsflow.broker.junit.KafkaExtension;
import dev.newsflow.events.FrontierEntry;
import dev.newsflow.events.topics.TopicProvisioner;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.fetch.ExchangeRecorder;
import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.HostPoliteness;
import dev.newsflow.ingest.fetch.PageFetcher;
import dev.newsflow.ingest.page.PageCleaning;
import dev.newsflow.ingest.site.FixtureSite;
import okhttp3.Dns;

/**
 * Two fetcher instances in one consumer group share a frontier of eight host names (all resolved
 * to the loopback fixture site): every URL is fetched once, both instances do work, and a host's
 * requests never overlap, because the frontier is keyed by host and a partition has one owner.
 */
@ExtendWith(KafkaExtension.class)
class FetcherGroupTest {

    private static final int HOSTS = 8;
    private static final int PER_HOST = 4;

    @Test
    void twoFetchersShareTheFrontierByHost(KafkaBackend kafka) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
            new TopicProvisioner(admin).ensureAll();
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        Set<String> hosts = hostsOnEveryPartition(run);
        Dns loopback = name -> {
            if (hosts.contains(name)) {
                return List.of(InetAddress.getLoopbackAddress());
            }
            throw new UnknownHostException(name);
        };
        FetchSettings settings = FetchSettings.defaults().withDns(loopback).withAllowHosts(hosts)
                .withMinInterval(Duration.ofMillis(50));
        String group = "test-group-" + run;
        try (FixtureSite site = new FixtureSite()) {
            TopicProbe.startGroupAtFrontierEnd(kafka, group); // only this test's entries
            PageFetcher f1 = new PageFetcher(settings, new HostPoliteness(), ExchangeRecorder.NONE, Clock.systemUTC());
            PageFetcher f2 = new PageFetcher(settings, new HostPoliteness(), ExchangeRecorder.NONE, Clock.systemUTC());
            FrontierFetcher a = fetcher(kafka, group, f1);
            FrontierFetcher b = fetcher(kafka, group, f2);
            try {
                long joined = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while ((a.assignment().isEmpty() || b.assignment().isEmpty()
                        || a.assignment().size() + b.assignment().size() != Topics.FRONTIER.partitions())
                        && System.nanoTime() < joined) {
                    Thread.sleep(50); // both own partitions before the work arrives
                }
                try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.<String, Object>of(
                        "bootstrap.servers", kafka.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
                    FrontierPublisher frontier = new FrontierPublisher(producer);
                    for (String host : hosts) {
                        for (int i = 1; i <= PER_HOST; i++) {
                            frontier.publish(FrontierEntry.of("http://" + host + ":" + site.port() + "/articles/" + i,
                                    host, "test", null, Instant.now()));
                        }
                    }
                    producer.flush();
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (a.stats().entries() + b.stats().entries() < HOSTS * PER_HOST && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            } finally {
                a.close();
                b.close();
                f1.close();
                f2.close();
            }
            assertThat(a.stats().articles() + b.stats().articles()).isEqualTo(HOSTS * PER_HOST);
            assertThat(a.stats().entries()).isPositive();
            assertThat(b.stats().entries()).isPositive();
            List<FixtureSite.Hit> articleHits = site.hits().stream().filter(h -> h.path().startsWith("/articles/")).toList();
            Map<String, Long> perUrl = articleHits.stream()
                    .collect(Collectors.groupingBy(h -> h.host() + h.path(), Collectors.counting()));
            assertThat(perUrl).hasSize(HOSTS * PER_HOST).allSatisfy((url, n) -> assertThat(n).as(url).isEqualTo(1));
            // a host belongs to one partition, so even with two instances its requests never overlap
            Map<String, List<FixtureSite.Hit>> perHost = site.hits().stream()
                    .collect(Collectors.groupingBy(FixtureSite.Hit::host));
            assertThat(perHost).hasSize(HOSTS);
            perHost.forEach((host, hits) -> {
                List<FixtureSite.Hit> sorted = hits.stream()
                        .sorted(java.util.Comparator.comparingLong(FixtureSite.Hit::startNanos)).toList();
                for (int i = 1; i < sorted.size(); i++) {
                    assertThat(sorted.get(i).startNanos()).as(host).isGreaterThan(sorted.get(i - 1).endNanos());
                }
            });
        }
    }

    /**
     * {@link #HOSTS} host names that between them hash to every frontier partition (as the producer's default
     * partitioner places a keyed record), so both instances get work whichever partitions each is assigned;
     * random names alone leave one instance idle about once in a hundred runs.
     */
    private static Set<String> hostsOnEveryPartition(String run) {
        int partitions = Topics.FRONTIER.partitions();
        Set<Integer> covered = new HashSet<>();
        Set<String> hosts = new HashSet<>();
        for (int h = 0; hosts.size() < HOSTS; h++) {
            String host = String.format(Locale.ROOT, "host%02d-%s.test", h, run);
            int partition = Utils.toPositive(Utils.murmur2(host.getBytes(StandardCharsets.UTF_8))) % partitions;
            if (covered.add(partition) || covered.size() == partitions) {
                hosts.add(host);
            }
        }
        return hosts;
    }

    private static FrontierFetcher fetcher(KafkaBackend kafka, String group, PageFetcher fetcher) {
        return new FrontierFetcher(kafka.bootstrapServers(), Map.of(), new FrontierFetcher.Options(group, 4,
                Duration.ofMillis(100)), fetcher, new PageCleaning(new ArticleCleaner()), Clock.systemUTC()).start();
    }

}
