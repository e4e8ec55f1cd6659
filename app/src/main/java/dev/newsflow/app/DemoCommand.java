package dev.newsflow.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.newsflow.app.local.LocalPipeline;
import dev.newsflow.app.output.AlertFeed;
import dev.newsflow.sink.delivery.AlertFormatter;
import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.serde.Json;
import dev.newsflow.ingest.warc.WarcReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow demo}: the whole pipeline on an embedded broker, fed the sample archive,
 * printing each alert as it fires. Alerts go to standard output (one line, or one JSON object,
 * each); progress goes to standard error, so the output pipes cleanly.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start an embedded Kafka and all services, replay the sample archive, print the alerts.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print each alert as one JSON object per line.")
    boolean json;

    @Option(names = "--follow", description = "Keep everything running after the replay (Ctrl-C stops).")
    boolean follow;

    @Option(names = "--archive", paramLabel = "DIR", description = "Archive to replay (default: the bundled samples).")
    Path archive;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up if the pipeline has not caught up after this long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        Path source = archive != null ? archive : Env.sampleArchive();
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Consumer<AlertEvent> print = alert -> out.println(json ? Json.writeString(alert) : AlertFormatter.line(alert));
        Path stateDir = Files.createTempDirectory("newsflow-demo-state-");
        System.err.println("newsflow demo: starting an embedded Kafka broker …");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
             LocalPipeline pipeline = startPipeline(broker, stateDir, timeout);
             AlertFeed feed = new AlertFeed(broker.bootstrapServers())) {
            WarcReplay.Summary summary = pipeline.replay(source);
            System.err.printf("newsflow demo: replayed %s: %d pages, %d articles, failures %s%n",
                    source, summary.pages(), summary.articles(), summary.failures());
            pipeline.awaitCaughtUp(timeout);
            // alerts of different figure keys sit in different partitions: print them in event time
            feed.readToEnd(timeout).stream()
                    .sorted(Comparator.comparing(AlertEvent::firstSeen, Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(print);
            if (follow) {
                followUntilInterrupted(feed, print);
            }
            return 0;
        } finally {
            deleteRecursively(stateDir);
        }
    }

    private static LocalPipeline startPipeline(EmbeddedKafkaBroker broker, Path stateDir, Duration timeout)
            throws InterruptedException {
        System.err.println("newsflow demo: broker at " + broker.bootstrapServers() + "; starting enrich and sink …");
        return LocalPipeline.start(broker.bootstrapServers(), stateDir, java.util.Map.of(), timeout);
    }

    private static void followUntilInterrupted(AlertFeed feed, Consumer<AlertEvent> print) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                main.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        System.err.println("newsflow demo: following new alerts; Ctrl-C stops");
        while (stop.getCount() > 0) {
            feed.poll(Duration.ofMillis(500), print);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
