package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.app.bench.SyntheticArticles;
import dev.newsflow.app.local.LocalPipeline;
import dev.newsflow.app.output.AlertFeed;
import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.topics.TopicProvisioner;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.ingest.publish.ArticlePublisher;

/**
 * Exactly-once for real: thousands of generated articles go through enrich and sink running as
 * separate JVMs that are killed with SIGKILL at random points and restarted; the alerts topic
 * must end up with exactly the alerts of a clean, uninterrupted run — no alert lost, none written
 * twice, every alert's JSON the same, provenance (which article is credited first) included.
 * That holds because the sink decides claims in publication order as enrich's watermarks allow,
 * however the kills interleave enrich's tasks.
 */
class ExactlyOnceChaosTest {

    private static final Logger log = LoggerFactory.getLogger(ExactlyOnceChaosTest.class);
    private static final int ARTICLES = 5_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    /**
     * The sink's fallback for stalled watermarks, set beyond anything this test waits for, so the
     * test checks the watermarks alone (the fallback has its own topology tests). Claims decided
     * by it are logged at debug in target/chaos-logs/sink.log.
     */
    private static final Duration MAX_HOLD = Duration.ofMinutes(10);
    /** A killed member leaves the group after this (the broker's minimum), not the 45 s default. */
    private static final Map<String, String> FAST_FAILOVER = Map.of("session.timeout.ms", "6000",
            "heartbeat.interval.ms", "1000");

    private final List<ArticleEvent> articles = SyntheticArticles.generate(ARTICLES, Duration.ofDays(700), 7);

    @Test
    void killingEnrichAndSinkAtRandomPointsChangesNoAlert(@TempDir Path work) throws Exception {
        Map<String, String> clean;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
             LocalPipeline pipeline = LocalPipeline.start(broker.bootstrapServers(), work.resolve("clean"),
                     FAST_FAILOVER, TIMEOUT, MAX_HOLD)) {
            publish(broker.bootstrapServers(), articles, 0);
            pipeline.awaitCaughtUp(TIMEOUT);
            clean = alertsById(broker.bootstrapServers());
        }
        assertThat(clean).hasSizeGreaterThan(300);

        List<String> chaos;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                new TopicProvisioner(admin).ensureAll();
            }
            Service enrich = new Service("enrich", bootstrap, work);
            Service sink = new Service("sink", bootstrap, work);
            Random random = new Random(20261122);
            Thread ingest = new Thread(() -> publish(bootstrap, articles, 2), "chaos-ingest");
            try {
                enrich.start();
                sink.start();
                ingest.start();
                // kill at random points of the processing, not while the first JVMs are still loading
                awaitFirstRecords(bootstrap, Topics.CLAIMS.name());
                for (int round = 0; round < 6; round++) {
                    Thread.sleep(1_500 + random.nextInt(3_000));
                    Service victim = random.nextBoolean() ? enrich : sink;
                    victim.kill();
                    victim.start();
                }
                ingest.join(TIMEOUT.toMillis());
                try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                    LocalPipeline.awaitCaughtUp(admin, TIMEOUT);
                }
                assertThat(enrich.kills + sink.kills).isEqualTo(6);
                chaos = alertsInTopic(bootstrap);
            } finally {
                enrich.kill();
                sink.kill();
            }
        }

        Map<String, String> chaosById = new TreeMap<>();
        chaos.forEach(json -> chaosById.put(Json.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                AlertEvent.class, 1).alertId(), json));
        Path logs = Files.createDirectories(Path.of("target", "chaos-logs"));
        Files.write(logs.resolve("clean-alerts.jsonl"), clean.values());
        Files.write(logs.resolve("chaos-alerts.jsonl"), chaos);
        assertThat(chaos).as("no alert written twice").hasSize(chaosById.size());
        assertThat(figures(chaosById.values())).as("the same figures, kinds and revisions as the clean run")
                .isEqualTo(figures(clean.values()));
        List<String> differences = differences(clean, chaosById);
        List<String> firstFew = differences.subList(0, Math.min(20, differences.size()));
        log.info("alerts different from the clean run's: {} of {} {}", differences.size(), clean.size(), firstFew);
        // the ids only: both runs are in target/chaos-logs for a diff
        assertThat(differences.size()).as("alerts that differ from the clean run's, provenance included: "
                + firstFew).isZero();
    }

    private static void awaitFirstRecords(String bootstrap, String topic) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                Map.<String, Object>of("bootstrap.servers", bootstrap),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            while (consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum() == 0) {
                assertThat(System.nanoTime()).as("first records on " + topic).isLessThan(deadline);
                Thread.sleep(200);
            }
        }
    }

    /** Each alert as the figure it announces: key, count, kind and the count it revises. */
    private static Map<String, Long> figures(java.util.Collection<String> alerts) {
        Map<String, Long> counts = new TreeMap<>();
        for (String json : alerts) {
            AlertEvent alert = Json.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), AlertEvent.class, 1);
            String figure = alert.figureKey() + " " + alert.count() + " " + alert.kind() + " after "
                    + (alert.previous() == null ? "-" : alert.previous().count());
            counts.merge(figure, 1L, Long::sum);
        }
        return counts;
    }

    /** Alert ids missing from, added to, or changed in the second map. */
    private static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        List<String> out = new ArrayList<>();
        expected.forEach((id, json) -> {
            if (!actual.containsKey(id)) {
                out.add("missing " + id);
            } else if (!actual.get(id).equals(json)) {
                out.add("changed " + id);
            }
        });
        actual.keySet().stream().filter(id -> !expected.containsKey(id)).forEach(id -> out.add("extra " + id));
        return out;
    }

    /** Publishes the articles in order; {@code pauseEvery} ms of sleep per 100 articles spreads them over time. */
    private static void publish(String bootstrap, List<ArticleEvent> articles, int pauseEvery) {
        try (ArticlePublisher publisher = ArticlePublisher.connect(bootstrap, Map.of())) {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                sends.add(publisher.publish(articles.get(i)));
                if (pauseEvery > 0 && i % 100 == 99) {
                    Thread.sleep(pauseEvery * 50L);
                }
            }
            publisher.flush(sends);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> alertsById(String bootstrap) {
        Map<String, String> byId = new TreeMap<>();
        alertsInTopic(bootstrap).forEach(json -> byId.put(
                Json.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), AlertEvent.class, 1).alertId(), json));
        return byId;
    }

    private static List<String> alertsInTopic(String bootstrap) {
        try (AlertFeed feed = new AlertFeed(bootstrap)) {
            return feed.readToEnd(TIMEOUT).stream().map(Json::writeString).toList();
        }
    }

    /** One newsflow service as its own JVM, started with the test's classpath. */
    private static final class Service {
        private final String name;
        private final String bootstrap;
        private final Path stateDir;
        private final Path logFile;
        private Process process;
        int kills;

        Service(String name, String bootstrap, Path work) throws IOException {
            this.name = name;
            this.bootstrap = bootstrap;
            this.stateDir = Files.createDirectories(work.resolve("state-" + name));
            // logs stay in target/ after the run, for reading when the test fails
            this.logFile = Files.createDirectories(Path.of("target", "chaos-logs")).resolve(name + ".log");
            Files.deleteIfExists(logFile);
        }

        void start() throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), Newsflow.class.getName(), name,
                    "--bootstrap-servers", bootstrap, "-X", "state.dir=" + stateDir));
            FAST_FAILOVER.forEach((key, value) -> command.addAll(List.of("-X", key + "=" + value)));
            if (name.equals("sink")) {
                command.addAll(List.of("--max-hold-ms", String.valueOf(MAX_HOLD.toMillis())));
            }
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("NEWSFLOW_LOG_LEVEL", "DEBUG"); // claims decided by the maximum hold
            process = builder
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(logFile.toString())))
                    .start();
            log.info("started {} (pid {})", name, process.pid());
        }

        void kill() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
                process.waitFor();
                kills++;
                log.info("killed {}", name);
            }
        }
    }
}
