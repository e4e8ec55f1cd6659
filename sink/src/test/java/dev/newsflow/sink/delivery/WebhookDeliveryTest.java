package dev.newsflow.sink.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsflow.broker.junit.KafkaBackend;
import dev.newsflow.broker.junit.KafkaExtension;
import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.Provenance;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.topics.TopicProvisioner;
import dev.newsflow.events.topics.Topics;

/** Alerts from a real broker to a real HTTP receiver; refusals and poison records to the DLQ. */
@ExtendWith(KafkaExtension.class)
class WebhookDeliveryTest {

    private static AlertEvent alert(String id, long count) {
        OffsetDateTime seen = OffsetDateTime.parse("2024-11-01T10:00:00Z");
        return new AlertEvent(1, id, AlertEvent.Kind.NEW_FIGURE, "KP|RU|present", count, null, null, "exact",
                "soldiers", "KP", "North Korea", "Russia", "RU", "deployed", false, seen, null, null, null,
                List.of(new Provenance("c-" + id, "a-" + id, "https://example.org/" + id, "Example", seen,
                        count + " soldiers were sent.", "NIS")));
    }

    @Test
    void deliversEachAlertOnceAndDeadLettersWhatTheWebhookRefuses(KafkaBackend kafka) throws Exception {
        String bootstrap = kafka.bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            new TopicProvisioner(admin).ensureAll();
        }
        Map<TopicPartition, Long> dlqStart = endOffsets(bootstrap, Topics.DLQ.name());
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ALERTS.name(), "KP|RU|present", Json.write(alert("ok-1", 10_000))));
            producer.send(new ProducerRecord<>(Topics.ALERTS.name(), "KP|RU|present", Json.write(alert("refused", 9_999))));
            producer.send(new ProducerRecord<>(Topics.ALERTS.name(), "KP|RU|present",
                    "not an alert".getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(Topics.ALERTS.name(), "KP|RU|present", Json.write(alert("ok-2", 12_000))));
        }

        try (var receiver = new WebhookReceiver(r -> r.body().contains("9,999")
                ? WebhookReceiver.Answer.of(410) : WebhookReceiver.Answer.of(200));
             var delivery = WebhookDelivery.connect(bootstrap, "webhook-test-" + System.nanoTime(), Map.of(),
                     new WebhookClient(receiver.url(), 3, Duration.ofMillis(10), Duration.ofMillis(50),
                             Duration.ofSeconds(5), d -> { }), WebhookPayloads.SLACK)) {
            delivery.subscribe();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int handled = 0;
            while (handled < 4 && System.nanoTime() < deadline) {
                handled += delivery.pollOnce(Duration.ofMillis(200));
            }

            assertThat(receiver.requests()).extracting(WebhookReceiver.Request::idempotencyKey)
                    .containsExactly("ok-1", "refused", "ok-2");
            assertThat(receiver.requests().get(0).body()).startsWith("{\"text\":\"[NEW] 10,000 soldiers");
        }

        List<DeadLetter> letters = readFrom(bootstrap, dlqStart, 2);
        assertThat(letters).extracting(DeadLetter::stage).containsOnly("webhook");
        assertThat(letters).extracting(DeadLetter::reason).containsExactly("webhook-http-410", "invalid-json");
        assertThat(letters.get(0).payload()).contains("\"alertId\":\"refused\"");
    }

    private static Map<TopicPartition, Long> endOffsets(String bootstrap, String topic) {
        try (var consumer = consumer(bootstrap)) {
            return consumer.endOffsets(consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList());
        }
    }

    private static List<DeadLetter> readFrom(String bootstrap, Map<TopicPartition, Long> start, int expected) {
        try (var consumer = consumer(bootstrap)) {
            consumer.assign(start.keySet());
            start.forEach(consumer::seek);
            List<DeadLetter> letters = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (letters.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200))
                        .forEach(r -> letters.add(Json.read(r.value(), DeadLetter.class, 1)));
            }
            return letters;
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
