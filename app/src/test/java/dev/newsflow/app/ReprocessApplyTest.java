package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.app.local.ConsumerLag;
import dev.newsflow.app.local.LocalPipeline;
import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.enrich.claims.ClaimExtractor;
import dev.newsflow.enrich.entities.EntityMention;
import dev.newsflow.enrich.entities.EntityRecognizer;
import dev.newsflow.enrich.entities.EntityType;
import dev.newsflow.enrich.stream.ClaimEvents;
import dev.newsflow.enrich.stream.EnrichTopology;
import dev.newsflow.enrich.stream.KafkaInputEnd;
import dev.newsflow.enrich.stream.WatermarkOptions;
import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.EntityTrend;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.topics.TopicProvisioner;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.ingest.archive.ArchivedPage;
import dev.newsflow.ingest.archive.HtmlArchive;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.page.PageCleaning;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.sink.figures.FigurePolicy;
import dev.newsflow.sink.stream.SinkTopology;
import dev.newsflow.streams.StreamsService;
import dev.newsflow.streams.StreamsSettings;

/**
 * {@code newsflow reprocess --apply} on a real broker of its own (the topics start empty): the
 * sample articles go through enrich and sink once; {@code --apply} refuses while sink still runs
 * and changes nothing; with both stopped it resets them, and enrich and sink restarted on the same
 * state directories raise the same alerts again (same ids, none lost, none added) and count the
 * same entity trends, not twice as many: their state, local state included, started empty.
 */
class ReprocessApplyTest {

    private static final Path SAMPLE_ARCHIVE = Path.of("..", "samples", "archive");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Publication times moved into one day (order kept), so no mention is later than the trend windows' grace. */
    private static final OffsetDateTime DAY = OffsetDateTime.of(2024, 11, 1, 6, 0, 0, 0, ZoneOffset.UTC);

    /** Fixed strings instead of CoreNLP (claims do not depend on it): quick and deterministic. */
    private static final EntityRecognizer TINY = text -> {
        List<EntityMention> out = new ArrayList<>();
        String[][] known = {{"North Korea", "LOCATION", "KP", "North Korea"}, {"Pyongyang", "LOCATION", "KP", "North Korea"},
                {"Russia", "LOCATION", "RU", "Russia"}, {"Kursk", "LOCATION", null, null}};
        for (String[] k : known) {
            for (int i = text.indexOf(k[0]); i >= 0; i = text.indexOf(k[0], i + 1)) {
                out.add(new EntityMention(k[0], EntityType.valueOf(k[1]), i, i + k[0].length(), k[2], k[3]));
            }
        }
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
    };

    @Test
    void applyMakesEnrichAndSinkReRunTheArticlesToTheSameAlerts(@TempDir Path stateDir) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            String bootstrap = broker.bootstrapServers();
            new TopicProvisioner(admin).ensureAll();
            assertThat(publishSampleArticles(bootstrap)).isEqualTo(5);

            StreamsService enrich = startEnrich(bootstrap, admin, stateDir);
            StreamsService sink = startSink(bootstrap, stateDir);
            LocalPipeline.awaitCaughtUp(admin, TIMEOUT);
            enrich.close();
            new ConsumerLag(admin).awaitZero(SinkTopology.APPLICATION_ID, Topics.CLAIMS.name(), TIMEOUT);

            // sink still runs: refused, before the report and before touching enrich (stopped) or sink
            State before = State.of(admin);
            Run refused = reprocess(bootstrap);
            assertThat(refused.status()).isEqualTo(1);
            assertThat(refused.err()).contains(ReprocessCommand.STOP_FIRST).contains(SinkTopology.APPLICATION_ID);
            assertThat(refused.out()).isEmpty();
            assertThat(State.of(admin)).isEqualTo(before);

            sink.close();
            var firstAlertsEnd = endOffsets(bootstrap, Topics.ALERTS.name());
            var firstTrendsEnd = endOffsets(bootstrap, Topics.ENTITY_TRENDS.name());
            List<AlertEvent> first = alerts(read(bootstrap, Topics.ALERTS.name(), Map.of()));
            Map<String, Long> firstTrends = trendCounts(read(bootstrap, Topics.ENTITY_TRENDS.name(), Map.of()));
            assertThat(first).hasSize(6).anyMatch(alert -> alert.kind() == AlertEvent.Kind.REVISION);
            assertThat(firstTrends).isNotEmpty();
            assertThat(before.internalTopics()).containsKeys(
                    "newsflow-enrich-entity-mention-counts-changelog", "newsflow-sink-figures-changelog");

            Run applied = reprocess(bootstrap);
            assertThat(applied.status()).as(applied.err()).isZero();
            assertThat(applied.out())
                    .contains("reprocessed 5 articles")
                    .contains("reset " + EnrichTopology.APPLICATION_ID + " to the earliest offsets")
                    .contains("reset " + SinkTopology.APPLICATION_ID + " to the latest offsets")
                    .contains("start enrich and sink again");
            State reset = State.of(admin);
            assertThat(reset.internalTopics()).isEmpty();
            assertThat(reset.offsets().get(EnrichTopology.APPLICATION_ID)).isNotEmpty()
                    .allSatisfy((partition, offset) -> assertThat(offset).isZero());

            // the same state directories: the stale local stores must not be resumed
            enrich = startEnrich(bootstrap, admin, stateDir);
            sink = startSink(bootstrap, stateDir);
            try {
                LocalPipeline.awaitCaughtUp(admin, TIMEOUT);
            } finally {
                enrich.close();
                sink.close();
            }
            List<AlertEvent> again = alerts(read(bootstrap, Topics.ALERTS.name(), firstAlertsEnd));
            Map<String, Long> trendsAgain = trendCounts(read(bootstrap, Topics.ENTITY_TRENDS.name(), firstTrendsEnd));

            assertThat(again).extracting(AlertEvent::alertId)
                    .containsExactlyInAnyOrderElementsOf(first.stream().map(AlertEvent::alertId).toList());
            assertThat(trendsAgain).isEqualTo(firstTrends);
        }
    }

    private static StreamsService startEnrich(String bootstrap, Admin admin, Path stateDir) throws InterruptedException {
        return start("enrich", EnrichTopology.APPLICATION_ID, EnrichTopology.build(
                new ClaimEvents(ClaimExtractor.withDefaultRules()), TINY,
                WatermarkOptions.of(Topics.ARTICLES.partitions()),
                new KafkaInputEnd(admin, EnrichTopology.APPLICATION_ID)), bootstrap, stateDir);
    }

    private static StreamsService startSink(String bootstrap, Path stateDir) throws InterruptedException {
        return start("sink", SinkTopology.APPLICATION_ID, SinkTopology.build(
                new FigurePolicy(SinkTopology.DEFAULT_TOLERANCE), SinkTopology.DEFAULT_MAX_HOLD), bootstrap, stateDir);
    }

    private static StreamsService start(String name, String applicationId, org.apache.kafka.streams.Topology topology,
                                        String bootstrap, Path stateDir) throws InterruptedException {
        StreamsService service = new StreamsService(name, topology, StreamsSettings.of(applicationId, bootstrap,
                Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(name).toString()))).start();
        assertThat(service.awaitRunning(TIMEOUT)).as(name + " running").isTrue();
        return service;
    }

    /** The sample pages cleaned as ingest does, published in their order, an hour apart on one day. */
    private static int publishSampleArticles(String bootstrap) throws Exception {
        PageCleaning cleaning = new PageCleaning(new ArticleCleaner());
        List<ArticleEvent> articles = new ArrayList<>();
        for (ArchivedPage page : new HtmlArchive(SAMPLE_ARCHIVE).readAll()) {
            articles.add(cleaning.clean(null, page.path().toUri().toString(), null, page.bytes(), Instant.now(),
                    "test"));
        }
        articles.sort(Comparator.comparing((ArticleEvent a) -> a.published().toInstant()).thenComparing(ArticleEvent::id));
        try (ArticlePublisher publisher = ArticlePublisher.connect(bootstrap, Map.of())) {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                ArticleEvent a = articles.get(i);
                sends.add(publisher.publish(new ArticleEvent(a.schemaVersion(), a.id(), a.url(), a.canonicalUrl(),
                        a.site(), a.title(), a.byline(), DAY.plusHours(i), a.lang(), a.text(), a.fetchedAt(),
                        a.origin(), a.fingerprint())));
            }
            publisher.flush(sends);
        }
        return articles.size();
    }

    private record Run(int status, String out, String err) {
    }

    private static Run reprocess(String bootstrap) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = Newsflow.commandLine().execute("reprocess", "--apply", "--bootstrap-servers", bootstrap);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What a reset changes: both groups' committed offsets and their internal topics (name and id). */
    private record State(Map<String, Map<TopicPartition, Long>> offsets, Map<String, String> internalTopics) {
        static State of(Admin admin) throws Exception {
            Map<String, Map<TopicPartition, Long>> offsets = new TreeMap<>();
            for (String group : List.of(EnrichTopology.APPLICATION_ID, SinkTopology.APPLICATION_ID)) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                offsets.put(group, committed.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset())));
            }
            Map<String, String> internal = new TreeMap<>();
            for (TopicListing topic : admin.listTopics().listings().get()) {
                if (topic.name().startsWith(EnrichTopology.APPLICATION_ID + "-")
                        || topic.name().startsWith(SinkTopology.APPLICATION_ID + "-")) {
                    internal.put(topic.name(), topic.topicId().toString());
                }
            }
            return new State(offsets, internal);
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static Map<TopicPartition, Long> endOffsets(String bootstrap, String topic) {
        try (var consumer = consumer(bootstrap)) {
            return consumer.endOffsets(consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList());
        }
    }

    /** Every committed record of {@code topic} from the given offsets (the beginning where none) to its end. */
    private static List<byte[]> read(String bootstrap, String topic, Map<TopicPartition, Long> from) {
        try (var consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            from.forEach(consumer::seek);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<byte[]> values = new ArrayList<>();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                assertThat(System.nanoTime()).as(topic + " read to its end in time").isLessThan(deadline);
                consumer.poll(Duration.ofMillis(100)).forEach(record -> values.add(record.value()));
            }
            return values;
        }
    }

    private static List<AlertEvent> alerts(List<byte[]> values) {
        return values.stream().map(v -> Json.read(v, AlertEvent.class, AlertEvent.SCHEMA_VERSION)).toList();
    }

    /** The last count of each entity's window: the final one. */
    private static Map<String, Long> trendCounts(List<byte[]> values) {
        Map<String, Long> counts = new HashMap<>();
        for (byte[] value : values) {
            EntityTrend trend = Json.read(value, EntityTrend.class, EntityTrend.SCHEMA_VERSION);
            counts.put(trend.entityId() + " " + trend.windowStart(), trend.count());
        }
        return new TreeMap<>(counts);
    }
}
