package dev.newsflow.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import dev.newsflow.app.local.LocalPipeline;
import dev.newsflow.app.output.AlertFeed;
import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.sink.stream.SinkTopology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow bench latency}: the whole pipeline on the embedded broker fed generated articles
 * at a steady rate; for every alert, the time from the article's send to the alert being readable
 * (committed) on {@code newsflow.alerts}. Prints p50, p90, p99 and max.
 */
@Command(name = "latency", mixinStandardHelpOptions = true,
        description = "Article-produced to alert-written latency at a steady article rate, on an embedded broker.")
public final class LatencyBenchCommand implements Callable<Integer> {

    @Option(names = "--rate", defaultValue = "50", description = "Articles per second (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seconds", defaultValue = "60", description = "How long to send (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup-seconds", defaultValue = "10",
            description = "Sent first and not measured (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--max-hold-ms", defaultValue = "" + SinkTopology.DEFAULT_MAX_HOLD_MS,
            description = "The sink's maximum hold; 0 decides claims on arrival, without watermarks"
                    + " (default: ${DEFAULT-VALUE}).")
    long maxHoldMs;

    @Override
    public Integer call() throws Exception {
        int warmup = rate * warmupSeconds;
        List<ArticleEvent> articles = SyntheticArticles.generate(warmup + rate * seconds,
                Duration.ofDays(10L * seconds), 42);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Path state = Files.createTempDirectory("newsflow-bench-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
             LocalPipeline pipeline = LocalPipeline.start(broker.bootstrapServers(), state, Map.of(),
                     Duration.ofMinutes(2), Duration.ofMillis(maxHoldMs));
             AlertFeed feed = new AlertFeed(broker.bootstrapServers());
             ArticlePublisher publisher = ArticlePublisher.connect(broker.bootstrapServers(),
                     Map.of("linger.ms", "0"))) {
            Thread reader = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    feed.poll(Duration.ofMillis(20), alert -> record(alert, sentAt, latencies));
                }
            }, "bench-alert-reader");
            reader.setDaemon(true);
            reader.start();
            long interval = 1_000_000_000L / rate;
            long next = System.nanoTime();
            for (int i = 0; i < articles.size(); i++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                ArticleEvent article = articles.get(i);
                if (i >= warmup) {
                    sentAt.put(article.id(), System.nanoTime());
                }
                publisher.publish(article);
                next += interval;
            }
            pipeline.awaitCaughtUp(Duration.ofMinutes(2));
            Thread.sleep(1_000);
            reader.interrupt();
            reader.join(5_000);
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.err.println("bench latency: no alerts measured");
            return 1;
        }
        System.out.printf("articles %d at %d/s after %d warm-up; alerts measured %d%n", rate * seconds, rate, warmup,
                sorted.size());
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", ms(sorted, 0.50), ms(sorted, 0.90),
                ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        return 0;
    }

    private static void record(AlertEvent alert, Map<String, Long> sentAt, List<Long> latencies) {
        long now = System.nanoTime();
        if (alert.origin() != null) {
            Long sent = sentAt.get(alert.origin().articleId());
            if (sent != null) {
                latencies.add(now - sent);
            }
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
