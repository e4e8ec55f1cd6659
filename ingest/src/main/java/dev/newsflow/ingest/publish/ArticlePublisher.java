package dev.newsflow.ingest.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.topics.Topics;

/**
 * Writes cleaned articles to {@code newsflow.articles} and unreadable pages to {@code newsflow.dlq}.
 * The producer is idempotent with {@code acks=all}, so a retry never duplicates an article; the
 * record timestamp is the publication time, so downstream windows and replays work in event time.
 * One request in flight per broker, as for the Streams producers: with more, a producer that met a
 * slow broker at start-up was seen to reset its sequence numbers and retry one partition in an
 * {@code OUT_OF_ORDER_SEQUENCE_NUMBER} loop for minutes, holding that partition's articles back while
 * the others moved on, which turns a replay's claims into late claims.
 */
public final class ArticlePublisher implements AutoCloseable {

    private final Producer<String, byte[]> producer;

    public ArticlePublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    /** A publisher with its own producer; {@code overrides} are any producer settings. */
    public static ArticlePublisher connect(String bootstrapServers, Map<String, String> overrides) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
        config.putAll(overrides);
        return new ArticlePublisher(new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()));
    }

    public Future<RecordMetadata> publish(ArticleEvent article) {
        Instant eventTime = article.published() != null ? article.published().toInstant() : article.fetchedAt();
        return producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), null,
                eventTime == null ? null : eventTime.toEpochMilli(), article.id(), Json.write(article)));
    }

    public Future<RecordMetadata> deadLetter(DeadLetter letter) {
        return producer.send(new ProducerRecord<>(Topics.DLQ.name(), letter.key(), Json.write(letter)));
    }

    /** Blocks until everything sent so far is acknowledged; throws if any send failed. */
    public void flush(Iterable<Future<RecordMetadata>> sends) {
        producer.flush();
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not accept a record: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while flushing", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
