package dev.newsflow.ingest.frontier;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import java.util.Collection;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.FrontierEntry;
import dev.newsflow.events.PageEvent;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.PayloadException;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.ingest.dedupe.SeenUrls;
import dev.newsflow.ingest.dedupe.UrlCanonicalizer;
import dev.newsflow.ingest.fetch.CharsetDetector;
import dev.newsflow.ingest.fetch.FetchException;
import dev.newsflow.ingest.fetch.FetchedPage;
import dev.newsflow.ingest.fetch.PageFetcher;
import dev.newsflow.ingest.page.PageCleaning;
import dev.newsflow.ingest.page.PageRejectedException;
import dev.newsflow.ingest.publish.ArticlePublisher;

/**
 * The fetch loop: a member of the {@code newsflow-fetch} consumer group over
 * {@code newsflow.frontier}. Each poll's records are grouped by host; hosts are fetched in
 * parallel, a host's URLs one after another (with {@link PageFetcher}'s per-host interval).
 * Every entry ends as exactly one of: skipped (already fetched, per {@link SeenUrls}), an article
 * on {@code newsflow.articles} (after its raw response went to {@code newsflow.pages}), a
 * duplicate (a redirect or canonical link leading to an article already fetched), or a dead letter
 * on {@code newsflow.dlq} with the reason.
 *
 * <p>Offsets are committed after the batch's records are acknowledged by Kafka (at-least-once).
 * A crash or a stop in the middle of a batch commits nothing; the redelivered entries that were
 * already done are skipped by the dedupe state, which was flushed with them.
 */
public final class FrontierFetcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FrontierFetcher.class);

    /**
     * @param groupId     consumer group of the fetchers (instances with one group share the frontier)
     * @param threads     hosts fetched in parallel per instance
     * @param pollTimeout longest wait for new frontier entries
     */
    public record Options(String groupId, int threads, Duration pollTimeout) {
        public static Options defaults() {
            return new Options("newsflow-fetch", 16, Duration.ofMillis(500));
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Producer<String, byte[]> producer;
    private final ArticlePublisher publisher;
    private final SeenUrls seen;
    private final PageFetcher fetcher;
    private final PageCleaning cleaning;
    private final Clock clock;
    private final ExecutorService pool;
    private final Options options;
    private final FetchStats stats = new FetchStats();
    private final java.util.Queue<Future<RecordMetadata>> sends = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile java.util.Set<TopicPartition> assignment = java.util.Set.of();
    private Thread thread;

    public FrontierFetcher(String bootstrapServers, Map<String, String> overrides, Options options, PageFetcher fetcher,
                           PageCleaning cleaning, Clock clock) {
        this.options = options;
        this.fetcher = fetcher;
        this.cleaning = cleaning;
        this.clock = clock;
        Map<String, Object> pc = new HashMap<>(overrides);
        pc.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        pc.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        pc.put(ProducerConfig.ACKS_CONFIG, "all");
        pc.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        pc.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        pc.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.PAGE_MAX_MESSAGE_BYTES);
        pc.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-fetch-producer");
        this.producer = new KafkaProducer<>(pc, new StringSerializer(), new ByteArraySerializer());
        this.publisher = new ArticlePublisher(producer);
        Map<String, Object> cc = new HashMap<>(overrides);
        cc.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        cc.put(ConsumerConfig.GROUP_ID_CONFIG, options.groupId());
        cc.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cc.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        cc.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        cc.putIfAbsent(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Duration.ofMinutes(15).toMillis());
        this.consumer = new KafkaConsumer<>(cc, new StringDeserializer(), new ByteArrayDeserializer());
        Map<String, String> seenConfig = new HashMap<>(overrides);
        this.seen = SeenUrls.load(bootstrapServers, seenConfig, producer, Duration.ofSeconds(60));
        this.pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), r -> {
            Thread t = new Thread(r, "newsflow-fetch-worker");
            t.setDaemon(true);
            return t;
        });
    }

    public FetchStats stats() {
        return stats;
    }

    /** The frontier partitions (and so the hosts) this instance owns right now. */
    public java.util.Set<TopicPartition> assignment() {
        return assignment;
    }

    /** Runs the loop on its own thread. */
    public FrontierFetcher start() {
        thread = new Thread(this::run, "newsflow-fetch-loop");
        thread.start();
        return this;
    }

    /** Runs the loop on the calling thread until {@link #close()}. */
    public void run() {
        try {
            consumer.subscribe(List.of(Topics.FRONTIER.name()), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    if (!partitions.isEmpty()) {
                        log.info("frontier partitions revoked: {}", partitions);
                    }
                    java.util.Set<TopicPartition> now = new java.util.HashSet<>(assignment);
                    now.removeAll(partitions);
                    assignment = java.util.Set.copyOf(now);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    if (!partitions.isEmpty()) {
                        log.info("frontier partitions assigned: {}", partitions);
                    }
                    java.util.Set<TopicPartition> now = new java.util.HashSet<>(assignment);
                    now.addAll(partitions);
                    assignment = java.util.Set.copyOf(now);
                }

                @Override
                public void onPartitionsLost(Collection<TopicPartition> partitions) {
                    onPartitionsRevoked(partitions);
                }
            });
            log.info("fetcher {} subscribed to {} ({} threads)", options.groupId(), Topics.FRONTIER.name(),
                    options.threads());
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(options.pollTimeout());
                seen.refresh();
                if (records.isEmpty()) {
                    continue;
                }
                boolean complete = processBatch(records);
                List<Future<RecordMetadata>> batch = new ArrayList<>(sends);
                sends.clear();
                publisher.flush(batch); // throws if Kafka refused a record: nothing is committed then
                if (complete) {
                    consumer.commitSync();
                }
                log.info("fetch batch of {}: {}", records.count(), stats);
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            producer.flush();
            sends.clear();
            consumer.close();
            done.countDown();
            log.info("fetcher stopped: {}", stats);
        }
    }

    /** Returns false when stopped before every record of the batch was handled. */
    private boolean processBatch(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        Map<String, List<ConsumerRecord<String, byte[]>>> byHost = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            byHost.computeIfAbsent(String.valueOf(record.key()), h -> new ArrayList<>()).add(record);
        }
        List<Future<Boolean>> tasks = new ArrayList<>();
        for (List<ConsumerRecord<String, byte[]>> hostRecords : byHost.values()) {
            tasks.add(pool.submit(() -> {
                for (ConsumerRecord<String, byte[]> record : hostRecords) {
                    if (!running) {
                        return false;
                    }
                    try {
                        process(record);
                    } catch (RuntimeException e) { // a bug or a poison record must not stall the partition
                        log.error("unexpected failure on {}", record.key(), e);
                        deadLetter(record, record.key(), "internal-error", e.toString());
                    }
                }
                return true;
            }));
        }
        boolean complete = true;
        for (Future<Boolean> task : tasks) {
            try {
                complete &= task.get();
            } catch (ExecutionException e) {
                log.error("fetch task failed", e.getCause());
                complete = false;
            }
        }
        return complete;
    }

    private void process(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        stats.countEntry();
        FrontierEntry entry;
        try {
            entry = Json.read(record.value(), FrontierEntry.class, FrontierEntry.SCHEMA_VERSION);
        } catch (PayloadException e) {
            deadLetter(record, record.key(), e.reason(), e.getMessage());
            return;
        }
        Optional<String> canonical = UrlCanonicalizer.canonicalize(entry.url());
        if (canonical.isEmpty()) {
            deadLetter(record, entry.url(), "invalid-url", "not an http(s) URL: " + entry.url());
            return;
        }
        if (!seen.shouldFetch(canonical.get(), entry.changeToken())) {
            stats.countSkipped();
            return;
        }
        FetchedPage page;
        try {
            page = fetcher.fetch(entry.url());
        } catch (FetchException e) {
            deadLetter(record, entry.url(), e.reason(), e.getMessage());
            if (e.permanent()) {
                sends.add(seen.markSeen(canonical.get(), entry.changeToken(), e.reason(), clock.instant()));
            }
            return;
        }
        stats.countFetched();
        CharsetDetector.Decision charset = CharsetDetector.detect(page.body(), page.contentType());
        sends.add(producer.send(new ProducerRecord<>(Topics.PAGES.name(), entry.url(), Json.write(PageEvent.of(
                entry.url(), page.finalUrl(), page.status(), headerSubset(page), charset.charset().name(), page.body(),
                page.fetchedAt(), entry.source())))));
        String finalId = UrlCanonicalizer.canonicalize(page.finalUrl()).orElse(canonical.get());
        if (isDuplicate(canonical.get(), finalId, entry)) {
            return; // a redirect to an article already fetched
        }
        try {
            ArticleEvent article = cleaning.clean(entry.url(), page.finalUrl(), page.contentType(), page.body(),
                    page.fetchedAt(), "http");
            String identity = UrlCanonicalizer.identity(page.finalUrl(), article.canonicalUrl()).orElse(finalId);
            if (!identity.equals(finalId) && isDuplicate(canonical.get(), identity, entry)) {
                return; // another URL of an article already fetched (its canonical link says so)
            }
            sends.add(publisher.publish(article));
            stats.countArticle();
            for (String id : new java.util.LinkedHashSet<>(List.of(canonical.get(), finalId, identity))) {
                sends.add(seen.markSeen(id, entry.changeToken(), "article", clock.instant()));
            }
        } catch (PageRejectedException e) {
            deadLetter(record, entry.url(), e.reason(), e.getMessage());
            sends.add(seen.markSeen(canonical.get(), entry.changeToken(), e.reason(), clock.instant()));
        }
    }

    /**
     * Whether the page turned out to be an article already fetched under another URL ({@code other}):
     * then nothing is published, and the URL asked for is remembered as a duplicate.
     */
    private boolean isDuplicate(String asked, String other, FrontierEntry entry) {
        if (other.equals(asked) || seen.shouldFetch(other, entry.changeToken())) {
            return false;
        }
        log.info("{} is {}, already fetched", entry.url(), other);
        stats.countDuplicate();
        sends.add(seen.markSeen(asked, entry.changeToken(), "duplicate", clock.instant()));
        return true;
    }

    private static Map<String, String> headerSubset(FetchedPage page) {
        Map<String, String> subset = new LinkedHashMap<>();
        for (String name : List.of("content-type", "content-language", "etag", "last-modified", "date")) {
            String value = page.header(name);
            if (value != null) {
                subset.put(name, value);
            }
        }
        return subset;
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String key, String reason, String error) {
        stats.countFailure(reason);
        log.warn("{}: {} ({})", key, reason, error);
        sends.add(publisher.deadLetter(DeadLetter.of("ingest", record.topic(), record.partition(), record.offset(),
                key, reason, error, record.value(), clock.instant())));
    }

    /** Whether the loop has ended (after {@link #close()} or a fatal error). */
    public boolean stopped() {
        return done.getCount() == 0;
    }

    /** Waits for the loop to end (after {@link #close()} or a fatal error). */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Stops after the URLs in flight, flushes, and closes the Kafka clients. */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            if (thread != null) {
                thread.join(Duration.ofMinutes(2).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        seen.close();
        publisher.close();
    }
}
