package dev.newsflow.app;

import java.time.Duration;
import java.util.concurrent.Callable;

import dev.newsflow.app.config.KafkaOptions;
import dev.newsflow.sink.figures.FigurePolicy;
import dev.newsflow.sink.stream.SinkTopology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow sink}: figure tracking and alerts, against a cluster. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Run sink: newsflow.claims -> newsflow.alerts (Kafka Streams, exactly-once).")
final class SinkCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = {"--max-hold-ms", "--reorder-window-ms"}, paramLabel = "MS",
            defaultValue = "" + SinkTopology.DEFAULT_MAX_HOLD_MS,
            description = "Claims are decided in publication order as enrich's watermarks pass them; a claim held this"
                    + " long (wall clock) is decided anyway, so alerts stay prompt while enrich is stalled. 0 decides"
                    + " each claim on arrival and ignores watermarks (default: ${DEFAULT-VALUE}).")
    long maxHoldMs;

    @Option(names = "--tolerance", defaultValue = "0.05",
            description = "Relative difference still counted as the same figure (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Override
    public Integer call() throws InterruptedException {
        return ServiceRunner.run("sink", SinkTopology.APPLICATION_ID,
                admin -> SinkTopology.build(new FigurePolicy(tolerance), Duration.ofMillis(maxHoldMs)), kafka);
    }
}
