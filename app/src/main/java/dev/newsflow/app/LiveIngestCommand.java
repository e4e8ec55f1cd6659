package dev.newsflow.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.app.config.FetchOptions;
import dev.newsflow.app.config.KafkaOptions;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.FrontierEntry;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.topics.TopicProvisioner;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.fetch.ExchangeRecorder;
import dev.newsflow.ingest.fetch.HostPoliteness;
import dev.newsflow.ingest.fetch.PageFetcher;
import dev.newsflow.ingest.frontier.FrontierFetcher;
import dev.newsflow.ingest.frontier.FrontierPublisher;
import dev.newsflow.ingest.page.PageCleaning;
import dev.newsflow.ingest.source.DiscoveredUrl;
import dev.newsflow.ingest.source.Discovery;
import dev.newsflow.ingest.source.SourceScheduler;
import dev.newsflow.ingest.source.UrlList;
import dev.newsflow.ingest.warc.WarcRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow ingest live}: the long-running live ingestion service. Discovery polls feeds and
 * sitemaps (conditional GET) and sends article URLs to {@code newsflow.frontier}; the fetcher, a
 * member of a consumer group over the frontier, fetches them politely into {@code newsflow.pages}
 * and {@code newsflow.articles}. Run more instances with the same {@code --group-id} (and
 * {@code --no-discover}) to scale fetching out; Kafka spreads the hosts among them.
 */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = {"Live ingestion: poll feeds and sitemaps, fetch politely (robots.txt, per-host interval, "
                + "private-address guard), publish pages and articles; runs until SIGTERM/Ctrl-C."})
final class LiveIngestCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(LiveIngestCommand.class);

    @Mixin
    KafkaOptions kafka;

    @Mixin
    FetchOptions fetch;

    @Option(names = "--feed", paramLabel = "URL", description = "RSS/Atom feed to poll (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--sitemap", paramLabel = "URL", description = "Sitemap, news sitemap or sitemap index (repeatable).")
    List<String> sitemaps = new ArrayList<>();

    @Option(names = "--urls", paramLabel = "FILE", description = "File of URLs, one per line (repeatable).")
    List<Path> urlFiles = new ArrayList<>();

    @Option(names = "--url", paramLabel = "URL", description = "A single article URL (repeatable).")
    List<String> urls = new ArrayList<>();

    @Option(names = "--poll-interval", paramLabel = "DURATION", converter = FetchOptions.DurationConverter.class,
            description = "How often feeds and sitemaps are polled again (default 10m).")
    Duration pollInterval = Duration.ofMinutes(10);

    @Option(names = "--warc-out", paramLabel = "DIR", description = "Write every response to WARC files in DIR.")
    Path warcOut;

    @Option(names = "--fetchers", paramLabel = "N", description = "Hosts fetched in parallel (default 16).")
    int threads = 16;

    @Option(names = "--group-id", paramLabel = "ID", description = "Fetcher consumer group (default newsflow-fetch).")
    String groupId = "newsflow-fetch";

    @Option(names = "--no-discover", description = "Only fetch (another instance discovers).")
    boolean noDiscover;

    @Option(names = "--no-fetch", description = "Only discover; fetching is left to other instances.")
    boolean noFetch;

    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Set as a shutdown begins, so the fetch loop's end during it is not taken for a failure. */
    private volatile boolean stopping;
    private volatile Runnable shutdown = () -> { };

    /** Stops discovery and fetching, flushes and closes everything (also run on SIGTERM / Ctrl-C). */
    synchronized void stop() {
        shutdown.run();
    }

    /** Whether the service is up (for tests that run it in-process). */
    boolean running() {
        return stopped.getCount() > 0;
    }

    @Override
    public Integer call() throws InterruptedException {
        var env = Env.variables();
        String bootstrap = kafka.bootstrapServers(env);
        Map<String, String> settings = kafka.settings(env);
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            new TopicProvisioner(admin).ensureAll();
        }
        WarcRecorder recorder = warcOut == null ? null : new WarcRecorder(warcOut);
        PageFetcher fetcher = new PageFetcher(fetch.settings(), new HostPoliteness(),
                recorder == null ? ExchangeRecorder.NONE : recorder, Clock.systemUTC());
        Map<String, Object> pc = new HashMap<>(settings);
        pc.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        pc.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        pc.put(ProducerConfig.ACKS_CONFIG, "all");
        pc.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-discovery");
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(pc, new StringSerializer(), new ByteArraySerializer());
        FrontierPublisher frontier = new FrontierPublisher(producer);
        Discovery discovery = new Discovery(fetcher, new Discovery.Sink() {
            @Override
            public void url(FrontierEntry entry) {
                frontier.publish(entry);
            }

            @Override
            public void sourceFailed(String source, String reason, String error) {
                log.warn("{}: {} ({})", source, reason, error);
                producer.send(new ProducerRecord<>(Topics.DLQ.name(), source, Json.write(DeadLetter.of("ingest",
                        source, -1, -1, source, reason, error, null, java.time.Instant.now()))));
            }
        }, Clock.systemUTC());
        SourceScheduler scheduler = new SourceScheduler(discovery, 2);
        FrontierFetcher fetchLoop = noFetch ? null : new FrontierFetcher(bootstrap, settings,
                new FrontierFetcher.Options(groupId, threads, Duration.ofMillis(500)), fetcher,
                new PageCleaning(new ArticleCleaner()), Clock.systemUTC());

        CountDownLatch stopped = this.stopped;
        shutdown = () -> {
            if (stopped.getCount() == 0) {
                return;
            }
            stopping = true;
            log.info("live ingest: shutting down");
            scheduler.close();
            if (fetchLoop != null) {
                fetchLoop.close();
                System.err.println("ingest live: " + fetchLoop.stats());
            }
            producer.close(Duration.ofSeconds(30));
            fetcher.close();
            if (recorder != null) {
                recorder.close();
            }
            stopped.countDown();
        };
        Thread hook = new Thread(this::stop, "newsflow-live-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        if (fetchLoop != null) {
            fetchLoop.start();
        }
        if (!noDiscover) {
            List<DiscoveredUrl> listed = new ArrayList<>();
            for (Path file : urlFiles) {
                try {
                    discovery.addUrls(UrlList.read(file), "list:" + file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read URL list " + file, e);
                }
            }
            urls.forEach(u -> listed.add(new DiscoveredUrl(u, null)));
            discovery.addUrls(listed, "url");
            producer.flush();
            scheduler.schedule(feeds, sitemaps, pollInterval);
        }
        log.info("live ingest running: {} feeds, {} sitemaps, fetching {}", feeds.size(), sitemaps.size(),
                fetchLoop == null ? "off" : "on (group " + groupId + ")");
        while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
            // a loop that ends while a shutdown closes it has not failed: the shutdown may take longer than a second
            if (fetchLoop != null && fetchLoop.stopped() && !stopping && stopped.getCount() > 0) {
                log.error("live ingest: the fetch loop stopped on an error; exiting");
                stop();
                return 1;
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is what stopped us
        }
        return 0;
    }
}
