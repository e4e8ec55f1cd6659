package dev.newsflow.app;

import java.time.Duration;
import java.util.concurrent.Callable;

import dev.newsflow.app.config.ClaimOptions;
import dev.newsflow.app.config.KafkaOptions;
import dev.newsflow.enrich.entities.CoreNlpEntityRecognizer;
import dev.newsflow.enrich.stream.ClaimEvents;
import dev.newsflow.enrich.stream.EnrichTopology;
import dev.newsflow.enrich.stream.KafkaInputEnd;
import dev.newsflow.enrich.stream.WatermarkOptions;
import dev.newsflow.events.topics.TopicProvisioner;
import dev.newsflow.events.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow enrich}: the claim-extraction Streams app, against a cluster. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run enrich: newsflow.articles -> newsflow.enriched, newsflow.claims, newsflow.entity-trends (Kafka Streams, exactly-once).")
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ClaimOptions claims;

    @Option(names = "--watermark-interval-ms", paramLabel = "MS",
            defaultValue = "" + WatermarkOptions.DEFAULT_INTERVAL_MS,
            description = "How often each task tells the sink how far it has got in publication time, if it moved"
                    + " (default: ${DEFAULT-VALUE}).")
    long watermarkIntervalMs;

    @Option(names = "--idle-timeout-ms", paramLabel = "MS",
            defaultValue = "" + WatermarkOptions.DEFAULT_IDLE_TIMEOUT_MS,
            description = "An articles partition without input this long and read to its end is reported idle,"
                    + " so it does not hold the sink's decisions back (default: ${DEFAULT-VALUE}).")
    long idleTimeoutMs;

    @Override
    public Integer call() throws InterruptedException {
        return ServiceRunner.run("enrich", EnrichTopology.APPLICATION_ID,
                admin -> EnrichTopology.build(new ClaimEvents(claims.extractor()), new CoreNlpEntityRecognizer(),
                        new WatermarkOptions(new TopicProvisioner(admin).partitions(Topics.ARTICLES),
                                Duration.ofMillis(watermarkIntervalMs), Duration.ofMillis(idleTimeoutMs)),
                        new KafkaInputEnd(admin, EnrichTopology.APPLICATION_ID)),
                kafka);
    }
}
