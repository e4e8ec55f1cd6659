package dev.newsflow.app.local;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.enrich.entities.CoreNlpEntityRecognizer;
import dev.newsflow.enrich.stream.EnrichTopology;
import dev.newsflow.enrich.stream.KafkaInputEnd;
import dev.newsflow.enrich.stream.WatermarkOptions;
import dev.newsflow.events.topics.TopicProvisioner;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.ingest.archive.HtmlArchive;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.page.PageCleaning;
import dev.newsflow.ingest.warc.WarcReplay;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.sink.figures.FigurePolicy;
import dev.newsflow.sink.stream.SinkTopology;
import dev.newsflow.streams.StreamsService;
import dev.newsflow.streams.StreamsSettings;

/**
 * The whole pipeline in one process against one Kafka: topics, enrich and sink as Streams apps,
 * and archive replay into ingest. The demo runs it on the embedded broker; the integration test
 * runs it on whatever Kafka the test fixture provides. Each stage is the same code its own
 * service runs.
 */
public final class LocalPipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPipeline.class);

    private final String bootstrapServers;
    private final Map<String, String> settings;
    private final Admin admin;
    private final List<StreamsService> services = new ArrayList<>();

    private LocalPipeline(String bootstrapServers, Map<String, String> settings) {
        this.bootstrapServers = bootstrapServers;
        this.settings = settings;
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
    }

    /**
     * Creates missing topics and starts enrich and sink; returns once both are processing.
     *
     * @param stateDir where the Streams apps keep local state
     * @param settings Kafka client and Streams settings that override the defaults
     */
    public static LocalPipeline start(String bootstrapServers, Path stateDir, Map<String, String> settings,
                                      Duration timeout) throws InterruptedException {
        return start(bootstrapServers, stateDir, settings, timeout, SinkTopology.DEFAULT_MAX_HOLD);
    }

    /** As {@link #start(String, Path, Map, Duration)}, with the sink's maximum hold (zero: decide on arrival). */
    public static LocalPipeline start(String bootstrapServers, Path stateDir, Map<String, String> settings,
                                      Duration timeout, Duration maxHold) throws InterruptedException {
        LocalPipeline pipeline = new LocalPipeline(bootstrapServers, settings);
        try {
            TopicProvisioner topics = new TopicProvisioner(pipeline.admin);
            topics.ensureAll();
            pipeline.startService("enrich", EnrichTopology.APPLICATION_ID, EnrichTopology.build(
                    new CoreNlpEntityRecognizer(), WatermarkOptions.of(topics.partitions(Topics.ARTICLES)),
                    new KafkaInputEnd(pipeline.admin, EnrichTopology.APPLICATION_ID)), stateDir);
            pipeline.startService("sink", SinkTopology.APPLICATION_ID,
                    SinkTopology.build(new FigurePolicy(SinkTopology.DEFAULT_TOLERANCE), maxHold), stateDir);
            for (StreamsService service : pipeline.services) {
                if (!service.awaitRunning(timeout)) {
                    throw new IllegalStateException(service.name() + " did not start within " + timeout.toSeconds()
                            + " s (state " + service.state() + ")");
                }
            }
            return pipeline;
        } catch (RuntimeException | InterruptedException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startService(String name, String applicationId, org.apache.kafka.streams.Topology topology,
                              Path stateDir) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("state.dir", stateDir.resolve(name).toString());
        overrides.putAll(settings);
        services.add(new StreamsService(name, topology,
                StreamsSettings.of(applicationId, bootstrapServers, overrides)).start());
    }

    /** Cleans and publishes every page of an archive (HTML pages or WARC files), in publication order. */
    public WarcReplay.Summary replay(Path archive) {
        try (ArticlePublisher publisher = ArticlePublisher.connect(bootstrapServers, producerSettings())) {
            return new WarcReplay(new PageCleaning(new ArticleCleaner()), publisher, Clock.systemUTC(),
                    HtmlArchive.DEFAULT_MAX_BYTES, WarcReplay.Progress.NONE).replay(List.of(archive));
        }
    }

    /**
     * Waits until enrich has processed every article and sink has decided every claim published so
     * far.
     */
    public void awaitCaughtUp(Duration timeout) throws InterruptedException {
        awaitCaughtUp(admin, timeout);
    }

    /**
     * Waits until enrich (wherever it runs) has processed every article and sink has decided every
     * claim: once enrich's partitions have been without input for the idle timeout, its idle
     * watermarks let the sink decide the claims it still holds, and then the claims topic stays
     * still and sink has read all of it.
     */
    public static void awaitCaughtUp(Admin admin, Duration timeout) throws InterruptedException {
        ConsumerLag lag = new ConsumerLag(admin);
        try {
            lag.awaitZero(EnrichTopology.APPLICATION_ID, Topics.ARTICLES.name(), timeout);
            Thread.sleep(WatermarkOptions.DEFAULT_IDLE_TIMEOUT.plusSeconds(1).toMillis());
            long claims;
            do {
                claims = lag.size(Topics.CLAIMS.name());
                lag.awaitZero(SinkTopology.APPLICATION_ID, Topics.CLAIMS.name(), timeout);
                Thread.sleep(1_000);
            } while (lag.size(Topics.CLAIMS.name()) != claims);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read consumer lag: " + e.getCause().getMessage(), e.getCause());
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    private Map<String, String> producerSettings() {
        Map<String, String> producer = new HashMap<>(settings);
        producer.keySet().removeIf(key -> key.startsWith("state.") || key.startsWith("processing.")
                || key.startsWith("num.stream") || key.startsWith("commit.interval") || key.equals("application.id"));
        return producer;
    }

    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        admin.close(Duration.ofSeconds(5));
        log.info("local pipeline stopped");
    }
}
