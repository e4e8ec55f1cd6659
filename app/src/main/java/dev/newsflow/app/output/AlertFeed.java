package dev.newsflow.app.output;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.PayloadException;
import dev.newsflow.events.topics.Topics;

/**
 * Reads {@code newsflow.alerts} from the beginning, committed transactions only, for the demo's
 * console output and for tests. A record it cannot read is reported and skipped: a console must
 * not stop on one bad alert.
 */
public final class AlertFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AlertFeed.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();

    public AlertFeed(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-alert-feed"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.partitionsFor(Topics.ALERTS.name())
                .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Hands each alert that arrives within {@code timeout} to {@code sink}. */
    public void poll(Duration timeout, Consumer<AlertEvent> sink) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
            try {
                sink.accept(Json.read(record.value(), AlertEvent.class, AlertEvent.SCHEMA_VERSION));
            } catch (PayloadException e) {
                log.warn("skipping unreadable alert at {}-{}@{}: {}", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
            }
        }
    }

    /** True once every committed alert written so far has been read. */
    public boolean atEnd() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition) < ends.get(partition)) {
                return false;
            }
        }
        return true;
    }

    /** Reads until {@link #atEnd()}: every alert committed so far. */
    public List<AlertEvent> readToEnd(Duration timeout) {
        List<AlertEvent> alerts = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!atEnd()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("alerts not read to the end within " + timeout.toSeconds() + " s");
            }
            poll(Duration.ofMillis(100), alerts::add);
        }
        return alerts;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
