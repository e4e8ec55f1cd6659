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

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.newsflow.app.config.KafkaOptions;
import dev.newsflow.app.output.AlertFeed;
import dev.newsflow.enrich.claims.ClaimExtractor;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow reprocess}: re-runs the claim extraction and the figure decisions over every
 * article in {@code newsflow.articles}, in publication order, and reports how the alerts would
 * differ from those in {@code newsflow.alerts}: what to expect before rolling out a new extractor.
 * It writes nothing.
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = "Re-run claim extraction and figure decisions over newsflow.articles from the beginning and "
                + "report which alerts would be added or dropped (a dry run: nothing is written).")
final class ReprocessCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--tolerance", defaultValue = "" + SinkTopology.DEFAULT_TOLERANCE,
            description = "Relative difference still counted as the same figure (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Override
    public Integer call() {
        var env = Env.variables();
        String bootstrap = kafka.bootstrapServers(env);
        ClaimEvents claimEvents = new ClaimEvents(ClaimExtractor.withDefaultRules());
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
        return 0;
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
