package dev.newsflow.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.newsflow.broker.junit.KafkaBackend;
import dev.newsflow.events.topics.Topics;

/**
 * Test helpers for a broker shared by every test class of the JVM: where topics end now, what was
 * written after that, and a consumer group that starts at the frontier's current end.
 */
public final class TopicProbe {

    private TopicProbe() {
    }

    public static KafkaConsumer<String, byte[]> consumer(KafkaBackend kafka) {
        return new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers()), new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Where each partition of the topic ends now; records written later start there. */
    public static Map<TopicPartition, Long> endOffsets(KafkaBackend kafka, String topic) {
        try (var consumer = consumer(kafka)) {
            return consumer.endOffsets(consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList());
        }
    }

    /** The records written after {@code from}: waits for {@code expected}, then briefly for any extra. */
    public static List<ConsumerRecord<String, byte[]>> readNew(KafkaBackend kafka, Map<TopicPartition, Long> from, int expected) {
        try (var consumer = consumer(kafka)) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            return records;
        }
    }

    /** Commits {@code group}'s offsets at the frontier's current end, so it reads only entries written from now on. */
    public static void startGroupAtFrontierEnd(KafkaBackend kafka, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        endOffsets(kafka, Topics.FRONTIER.name()).forEach((tp, end) -> offsets.put(tp, new OffsetAndMetadata(end)));
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.alterConsumerGroupOffsets(group, offsets).all().get();
        }
    }
}
