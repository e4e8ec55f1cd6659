package dev.newsflow.app;

import java.util.concurrent.Callable;

import dev.newsflow.app.config.KafkaOptions;
import dev.newsflow.sink.stream.SinkTopology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsflow sink}: figure tracking and alerts, against a cluster. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Run sink: newsflow.claims -> newsflow.alerts (Kafka Streams, exactly-once).")
final class SinkCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws InterruptedException {
        return ServiceRunner.run("sink", SinkTopology.APPLICATION_ID, SinkTopology.build(), kafka);
    }
}
