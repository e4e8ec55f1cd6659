package dev.newsflow.app;

import java.util.concurrent.Callable;

import dev.newsflow.app.config.KafkaOptions;
import dev.newsflow.enrich.entities.CoreNlpEntityRecognizer;
import dev.newsflow.enrich.stream.EnrichTopology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsflow enrich}: the claim-extraction Streams app, against a cluster. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run enrich: newsflow.articles -> newsflow.enriched, newsflow.claims, newsflow.entity-trends (Kafka Streams, exactly-once).")
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws InterruptedException {
        return ServiceRunner.run("enrich", EnrichTopology.APPLICATION_ID,
                EnrichTopology.build(new CoreNlpEntityRecognizer()), kafka);
    }
}
