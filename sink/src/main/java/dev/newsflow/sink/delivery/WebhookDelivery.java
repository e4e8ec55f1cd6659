package dev.newsflow.sink.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.PayloadException;
import dev.newsflow.events.topics.Topics;

/**
 * Delivers {@code newsflow.alerts} to one webhook, at least once and in order per partition: an
 * alert's offset is committed only after it was delivered or dead-lettered, so a crash repeats
 * deliveries rather than losing them (the idempotency key lets the receiver drop repeats).
 * Alerts the webhook refuses for good go to {@code newsflow.dlq} with the reason.
 */
public final class WebhookDelivery implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

    private final Consumer<String, byte[]> consumer;
    private final Producer<String, byte[]> deadLetters;
    private final WebhookClient client;
    private final WebhookPayloads payloads;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private long delivered;
    private long failed;

    public WebhookDelivery(Consumer<String, byte[]> consumer, Producer<String, byte[]> deadLetters,
                           WebhookClient client, WebhookPayloads payloads, Clock clock) {
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.client = client;
        this.payloads = payloads;
        this.clock = clock;
    }

    /**
     * A delivery with its own consumer (group {@code groupId}, committed alerts only) and producer.
     *
     * @param settings extra Kafka client settings (security, timeouts)
     */
    public static WebhookDelivery connect(String bootstrapServers, String groupId, Map<String, String> settings,
                                          WebhookClient client, WebhookPayloads payloads) {
        Map<String, Object> consumerConfig = new java.util.HashMap<>(settings);
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerConfig.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
        Map<String, Object> producerConfig = new java.util.HashMap<>(settings);
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        return new WebhookDelivery(
                new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer()),
                new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer()),
                client, payloads, Clock.systemUTC());
    }

    /** Delivers until {@link #stop()} is called. */
    public void run() throws InterruptedException {
        subscribe();
        try {
            while (running.get()) {
                pollOnce(Duration.ofMillis(500));
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            if (running.get()) {
                throw e;
            }
        }
        log.info("webhook delivery stopped: {} delivered, {} dead-lettered", delivered, failed);
    }

    void subscribe() {
        consumer.subscribe(List.of(Topics.ALERTS.name()));
    }

    /** One poll: delivers what arrived, then commits. Returns the number of alerts handled. */
    int pollOnce(Duration timeout) throws InterruptedException {
        int handled = 0;
        for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
            handle(record);
            handled++;
        }
        if (handled > 0) {
            deadLetters.flush();
            consumer.commitSync();
        }
        return handled;
    }

    private void handle(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        AlertEvent alert;
        try {
            alert = Json.read(record.value(), AlertEvent.class, AlertEvent.SCHEMA_VERSION);
        } catch (PayloadException e) {
            deadLetter(record, e.reason(), e.getMessage());
            return;
        }
        WebhookClient.Result result = client.post(payloads.body(alert), alert.alertId());
        if (result.delivered()) {
            delivered++;
            log.info("delivered alert {} ({} {}) in {} attempt(s)", alert.alertId(), alert.kind(), alert.count(),
                    result.attempts());
        } else {
            deadLetter(record, result.reason(), result.error() + " after " + result.attempts() + " attempt(s)");
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason, String error) {
        failed++;
        log.warn("alert at {}-{}@{} goes to the dead-letter topic: {}: {}", record.topic(), record.partition(),
                record.offset(), reason, error);
        DeadLetter letter = DeadLetter.of("webhook", record.topic(), record.partition(), record.offset(), record.key(),
                reason, error, record.value(), clock.instant());
        deadLetters.send(new ProducerRecord<>(Topics.DLQ.name(), record.key(), Json.write(letter)));
    }

    /** Asks {@link #run()} to return after the alert in hand; safe from another thread. */
    public void stop() {
        running.set(false);
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
        deadLetters.close(Duration.ofSeconds(5));
    }
}
