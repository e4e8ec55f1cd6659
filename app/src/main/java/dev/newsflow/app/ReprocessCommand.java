package dev.newsflow.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.newsflow.app.config.ClaimOptions;
import dev.newsflow.app.config.KafkaOptions;
import dev.newsflow.app.output.AlertFeed;
import dev.newsflow.enrich.stream.EnrichTopology;
import dev.newsflow.enrich.stream.ClaimEvents;
import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.PayloadException;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.sink.figures.FigurePolicy;
import dev.newsflow.sink.figures.FigureState;
import dev.newsflow.sink.stream.SinkTopology;
import dev.newsflow.streams.StreamsAppReset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow reprocess}: re-runs the claim extraction and the figure decisions over every
 * article in {@code newsflow.articles}, in publication order, and reports how the alerts would
 * differ from those in {@code newsflow.alerts}: what to expect before rolling out a new extractor.
 * By itself it writes nothing.
 *
 * <p>With {@code --apply} it then rolls the new extractor out: once enrich and sink are stopped,
 * it resets them as Kafka's application reset tool would ({@link StreamsAppReset}), enrich to the
 * start of the articles and sink to the end of the claims, both without state, so that when they
 * start again the real pipeline re-runs every article and the alerts are those of the new
 * extractor, not a guess. Unchanged alerts come again with the same ids, which receivers drop.
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = "Re-run claim extraction and figure decisions over newsflow.articles from the beginning and "
                + "report which alerts would be added or dropped (a dry run: nothing is written, unless --apply).")
final class ReprocessCommand implements Callable<Integer> {

    static final String STOP_FIRST = "stop enrich and sink first";

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ClaimOptions claims;

    @Option(names = "--tolerance", defaultValue = "" + SinkTopology.DEFAULT_TOLERANCE,
            description = "Relative difference still counted as the same figure (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--apply",
            description = "After the report, make the pipeline re-run newsflow.articles from the beginning: reset "
                    + "enrich to the earliest offsets of newsflow.articles and sink to the end of newsflow.claims, and "
                    + "delete their internal topics so their state starts empty. enrich and sink must be stopped; "
                    + "start them again afterwards.")
    boolean apply;

    @Override
    public Integer call() throws InterruptedException {
        var env = Env.variables();
        String bootstrap = kafka.bootstrapServers(env);
        if (apply) {
            try (Admin admin = admin(bootstrap, kafka.settings(env))) {
                if (!stopped(new StreamsAppReset(admin))) { // before the report, which takes a while
                    return 1;
                }
            }
        }
        ClaimEvents claimEvents = new ClaimEvents(claims.extractor());
        List<ClaimEvent> claims = new ArrayList<>();
        int articles = readArticles(bootstrap, kafka.settings(env), article -> claims.addAll(claimEvents.of(article)));
        // publication order, and within an article the order of its sentences, as the sink decides them
        claims.sort(Comparator.comparing((ClaimEvent c) -> c.published() == null ? java.time.Instant.MAX
                        : c.published().toInstant())
                .thenComparing(ClaimEvent::articleId).thenComparingInt(ClaimEvent::sentenceStart));

        FigurePolicy policy = new FigurePolicy(tolerance);
        Map<String, FigureState> states = new HashMap<>();
        Set<String> recomputed = new TreeSet<>();
        for (ClaimEvent claim : claims) {
            FigurePolicy.Decision decision = policy.decide(states.get(claim.figureKey()), claim);
            if (decision.state() != null) {
                states.put(claim.figureKey(), decision.state());
            }
            if (decision.alert() != null) {
                recomputed.add(describe(decision.alert()));
            }
        }
        Set<String> current = new TreeSet<>();
        try (AlertFeed feed = new AlertFeed(bootstrap)) {
            feed.readToEnd(Duration.ofMinutes(2)).forEach(alert -> current.add(describe(alert)));
        }

        Set<String> added = new TreeSet<>(recomputed);
        added.removeAll(current);
        Set<String> dropped = new TreeSet<>(current);
        dropped.removeAll(recomputed);
        System.out.printf("reprocessed %d articles: %d claims, %d alerts (now %d): %d added, %d dropped%n",
                articles, claims.size(), recomputed.size(), current.size(), added.size(), dropped.size());
        added.forEach(a -> System.out.println("+ " + a));
        dropped.forEach(a -> System.out.println("- " + a));
        if (apply) {
            try (Admin admin = admin(bootstrap, kafka.settings(env))) {
                return reset(new StreamsAppReset(admin));
            }
        }
        return 0;
    }

    /**
     * Resets enrich, then sink. In that order a failure half-way (sink started meanwhile) leaves the
     * milder state: a running sink that has seen every claim reads enrich's re-run as repeats.
     */
    private static int reset(StreamsAppReset reset) throws InterruptedException {
        if (!stopped(reset)) { // again: one may have been started during the report
            return 1;
        }
        String step = "enrich";
        try {
            print(reset.reset(EnrichTopology.APPLICATION_ID, Topics.ARTICLES.name(),
                    StreamsAppReset.Position.EARLIEST), "earliest");
            step = "sink";
            print(reset.reset(SinkTopology.APPLICATION_ID, Topics.CLAIMS.name(),
                    StreamsAppReset.Position.LATEST), "latest");
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            System.err.printf("reprocess --apply: resetting %s failed: %s%n", step, cause);
            System.err.println(step.equals("enrich") ? "nothing else was changed"
                    : "enrich was reset, sink was not: keep enrich stopped, stop sink and run reprocess --apply again");
            return 1;
        }
        System.out.println("start enrich and sink again: enrich re-reads newsflow.articles from the beginning and sink"
                + " decides only the claims enrich publishes again; local state from before the reset is wiped when"
                + " they start. Unchanged alerts come again with the same alert ids, which receivers drop as repeats.");
        return 0;
    }

    /** True if neither enrich nor sink has members; else says so on standard error. */
    private static boolean stopped(StreamsAppReset reset) throws InterruptedException {
        Map<String, List<String>> active;
        try {
            active = reset.activeMembers(List.of(EnrichTopology.APPLICATION_ID, SinkTopology.APPLICATION_ID));
        } catch (ExecutionException | TimeoutException | IllegalStateException e) {
            System.err.println("reprocess --apply: cannot tell whether enrich and sink are stopped: "
                    + (e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e));
            return false;
        }
        if (active.isEmpty()) {
            return true;
        }
        System.err.println("reprocess --apply: " + STOP_FIRST + "; nothing was changed. Still running: "
                + active.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining(", "))
                + ". (An instance killed without a clean shutdown stays a member until its session times out.)");
        return false;
    }

    private static void print(StreamsAppReset.Outcome outcome, String position) {
        System.out.printf("reset %s to the %s offsets (%s); deleted %s%n", outcome.applicationId(), position,
                outcome.offsets().entrySet().stream().map(e -> e.getKey() + "@" + e.getValue())
                        .collect(Collectors.joining(", ")),
                outcome.deletedTopics().isEmpty() ? "no internal topics" : String.join(", ", outcome.deletedTopics()));
    }

    /** An admin client with the user's settings that are admin settings (SASL, TLS …). */
    private static Admin admin(String bootstrap, Map<String, String> settings) {
        Map<String, Object> config = new HashMap<>();
        settings.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(config);
    }

    /** An alert as the figure it announces: key, count and kind. */
    private static String describe(AlertEvent alert) {
        return alert.figureKey() + " " + alert.count() + " " + alert.kind();
    }

    private static int readArticles(String bootstrap, Map<String, String> settings,
                                    java.util.function.Consumer<ArticleEvent> sink) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new TreeMap<>(Comparator.comparing(TopicPartition::toString));
            ends.putAll(consumer.endOffsets(partitions));
            int read = 0;
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        sink.accept(Json.read(record.value(), ArticleEvent.class, ArticleEvent.SCHEMA_VERSION));
                        read++;
                    } catch (PayloadException e) {
                        System.err.printf("skipping unreadable article at %s-%d@%d: %s%n", record.topic(),
                                record.partition(), record.offset(), e.getMessage());
                    }
                }
            }
            return read;
        }
    }
}
