package dev.newsflow.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsflow.broker.junit.KafkaBackend;
import dev.newsflow.broker.junit.KafkaExtension;

@ExtendWith(KafkaExtension.class)
class EmbeddedKafkaBrokerTest {

    @Test
    void aRecordProducedTransactionallyIsReadBackCommitted(KafkaBackend kafka) throws Exception {
        String topic = "broker-test-" + System.nanoTime();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            assertThat(admin.listTopics().names().get()).contains(topic);
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "broker-test"),
                new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "hello"));
            producer.commitTransaction();
        }
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "broker-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(topic));
            ConsumerRecord<String, String> record = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (record == null && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    record = records.iterator().next();
                }
            }
            assertThat(record).isNotNull();
            assertThat(record.value()).isEqualTo("hello");
        }
    }

    @Test
    void singleNodeSettingsGiveInternalTopicsOneReplica() {
        var props = EmbeddedKafkaBroker.singleNodeProperties(java.nio.file.Path.of("/tmp/x"), 1, 2);
        assertThat(props.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
        assertThat(props.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(props.getProperty("controller.quorum.voters")).isEqualTo("1@localhost:2");
        assertThat(props.getProperty("listeners")).contains("PLAINTEXT://localhost:1");
    }
}
