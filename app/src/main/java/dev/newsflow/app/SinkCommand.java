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

    @Option(names = "--reorder-window-ms", defaultValue = "0", paramLabel = "MS",
            description = "Hold each claim this long so claims are decided in publication order; 0 decides on arrival."
                    + " Longer than enrich's restart time makes replays give the same alerts (default: ${DEFAULT-VALUE}).")
    long reorderWindowMs;

    @Option(names = "--tolerance", defaultValue = "0.05",
            description = "Relative difference still counted as the same figure (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Override
    public Integer call() throws InterruptedException {
        return ServiceRunner.run("sink", SinkTopology.APPLICATION_ID,
                SinkTopology.build(new FigurePolicy(tolerance), Duration.ofMillis(reorderWindowMs)), kafka);
    }
}
