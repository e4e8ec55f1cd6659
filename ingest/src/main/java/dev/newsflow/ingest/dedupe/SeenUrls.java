package dev.newsflow.ingest.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.events.SeenUrl;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.PayloadException;
import dev.newsflow.events.topics.Topics;

/**
 * The fetchers' memory of which article URLs they have fetched, kept in the compacted topic
 * {@code newsflow.seen} (key: canonical URL, value: {@link SeenUrl}).
 *
 * <p>Why a compacted topic read in full by every fetcher (the pattern of a Streams
 * {@code GlobalKTable}) rather than a local store: the state must survive a restart, a lost disk
 * and a rebalance. The frontier is partitioned by host but this topic by URL, and after a rebalance
 * a fetcher takes over hosts it has never seen; reading the whole topic gives every instance the
 * whole answer with no co-partitioning rules. Compaction keeps one record per URL, so the topic
 * stays the size of the set (a URL and a timestamp per article: tens of MB for a million articles).
 *
 * <p>Writes go through the fetcher's producer and are applied to the local view at once, so a URL
 * found twice in one batch is fetched once; {@link #refresh()} picks up other instances' writes.
 * Not thread-safe for {@link #refresh()}; {@link #shouldFetch} and {@link #markSeen} may be called
 * from fetch threads.
 */
public final class SeenUrls implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SeenUrls.class);

    private final Consumer<String, byte[]> consumer;
    private final Producer<String, byte[]> producer;
    private final ConcurrentMap<String, SeenUrl> seen = new ConcurrentHashMap<>();

    SeenUrls(Consumer<String, byte[]> consumer, Producer<String, byte[]> producer) {
        this.consumer = consumer;
        this.producer = producer;
    }

    /**
     * Reads {@code newsflow.seen} from the beginning to its current end, then keeps the consumer for
     * {@link #refresh()}. The consumer belongs to no group: every instance reads every partition.
     */
    public static SeenUrls load(String bootstrapServers, Map<String, String> overrides,
                                Producer<String, byte[]> producer, Duration timeout) {
        Map<String, Object> config = new HashMap<>(overrides);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-seen-" + Long.toHexString(System.nanoTime()));
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer());
        SeenUrls urls = new SeenUrls(consumer, producer);
        urls.bootstrap(timeout);
        return urls;
    }

    private void bootstrap(Duration timeout) {
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.SEEN.name(), timeout).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(end) && System.nanoTime() < deadline) {
            apply(consumer.poll(Duration.ofMillis(200)));
        }
        if (!reached(end)) {
            throw new IllegalStateException("could not read " + Topics.SEEN.name() + " to its end within " + timeout);
        }
        log.info("dedupe state: {} URLs already fetched (from {})", seen.size(), Topics.SEEN.name());
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Applies records other instances wrote since the last call; returns how many. */
    public int refresh() {
        return apply(consumer.poll(Duration.ZERO));
    }

    private int apply(Iterable<ConsumerRecord<String, byte[]>> records) {
        int n = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            n++;
            if (record.value() == null) {
                seen.remove(record.key()); // a tombstone: forget the URL, fetch it again
                continue;
            }
            try {
                seen.put(record.key(), Json.read(record.value(), SeenUrl.class, SeenUrl.SCHEMA_VERSION));
            } catch (PayloadException e) {
                log.warn("ignoring unreadable {} record {}: {}", Topics.SEEN.name(), record.key(), e.getMessage());
            }
        }
        return n;
    }

    /**
     * Whether {@code canonicalUrl} should be fetched: never seen, or its source now reports a
     * different version ({@code changeToken}) than the one fetched.
     */
    public boolean shouldFetch(String canonicalUrl, String changeToken) {
        SeenUrl previous = seen.get(canonicalUrl);
        return previous == null || isNewer(changeToken, previous.changeToken());
    }

    /**
     * Whether a source's version token says "changed since": later, when both are timestamps
     * (a sitemap's lastmod older than the feed's date is not a change), else merely different.
     */
    static boolean isNewer(String token, String previous) {
        if (token == null) {
            return false;
        }
        if (previous == null) {
            return true;
        }
        try {
            return Instant.parse(token).isAfter(Instant.parse(previous));
        } catch (java.time.format.DateTimeParseException e) {
            return !Objects.equals(token, previous);
        }
    }

    /** Remembers a fetch, locally at once and in Kafka. */
    public Future<RecordMetadata> markSeen(String canonicalUrl, String changeToken, String outcome, Instant at) {
        SeenUrl value = SeenUrl.of(canonicalUrl, changeToken, outcome, at);
        seen.put(canonicalUrl, value);
        return producer.send(new ProducerRecord<>(Topics.SEEN.name(), canonicalUrl, Json.write(value)));
    }

    public int size() {
        return seen.size();
    }

    @Override
    public void close() {
        consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
    }
}
