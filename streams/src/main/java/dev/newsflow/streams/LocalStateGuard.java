package dev.newsflow.streams;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicListing;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a Streams app from resuming on local state whose changelogs are gone. Kafka Streams 4.3
 * trusts the changelog offset kept with a local store: when the changelog topic was deleted and
 * created again (an application reset, {@code newsflow reprocess --apply}), the new topic is
 * empty, restoration counts as done at once, and the old local state is used as if it were
 * current. Kafka's reset tool leaves it to each instance to call {@link KafkaStreams#cleanUp()}.
 *
 * <p>So each app records, in its state directory, the topic ids of its changelogs once it runs,
 * and before starting compares them with the cluster's: a changelog that is missing or has
 * another id (created again) means the local state belongs to a reset application, and the
 * state directory is wiped; the stores are then restored from the changelogs as they are. Local
 * state with no record (written before this check existed, or by a start that never got to
 * run) is wiped too: restoring is always correct, only slower. It works on every machine an
 * instance ran on, whoever reset the app and however.
 */
final class LocalStateGuard {

    private static final Logger log = LoggerFactory.getLogger(LocalStateGuard.class);
    static final String RECORD = "newsflow-changelogs.properties";
    private static final long TIMEOUT_S = 30;

    private final String name;
    private final String applicationId;
    private final Path appStateDir;
    private final Map<String, Object> adminConfig;

    LocalStateGuard(String name, Properties settings) {
        StreamsConfig config = new StreamsConfig(settings);
        this.name = name;
        this.applicationId = config.getString(StreamsConfig.APPLICATION_ID_CONFIG);
        this.appStateDir = Path.of(config.getString(StreamsConfig.STATE_DIR_CONFIG), applicationId);
        this.adminConfig = config.getAdminConfigs(applicationId + "-state-guard");
    }

    /** Before {@code streams} starts: wipes its local state if that state's changelogs were deleted. */
    void cleanIfStale(KafkaStreams streams) {
        String reason = staleReason();
        if (reason != null) {
            log.info("{}: wiping local state in {}: {}; the stores are restored from the changelogs", name,
                    appStateDir, reason);
            streams.cleanUp();
        }
    }

    /** Why the local state must not be used, or null if it may (or there is none). */
    String staleReason() {
        if (!hasLocalState()) {
            return null;
        }
        Map<String, String> recorded = recorded();
        if (recorded.isEmpty()) {
            return "no record of the changelogs it was written against";
        }
        try {
            Map<String, String> current = changelogs();
            return recorded.entrySet().stream()
                    .filter(e -> !e.getValue().equals(current.get(e.getKey())))
                    .map(e -> "changelog " + e.getKey() + (current.containsKey(e.getKey())
                            ? " was created again" : " was deleted"))
                    .findFirst().orElse(null);
        } catch (ExecutionException | TimeoutException e) {
            return "cannot list its changelogs (" + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while listing its changelogs";
        }
    }

    /** Once the app runs (its changelogs exist): records their topic ids for the next start. */
    void record() {
        try {
            Map<String, String> current = changelogs();
            Properties props = new Properties();
            props.putAll(current);
            Files.createDirectories(appStateDir);
            Path tmp = appStateDir.resolve(RECORD + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(out, "topic ids of " + applicationId + "'s changelogs this local state belongs to");
            }
            Files.move(tmp, appStateDir.resolve(RECORD), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (ExecutionException | TimeoutException | IOException e) {
            log.warn("{}: cannot record the changelogs of its local state; it is wiped at the next start", name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean hasLocalState() {
        if (!Files.isDirectory(appStateDir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(appStateDir)) {
            return entries.anyMatch(Files::isDirectory); // task directories (0_1, …)
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read state directory " + appStateDir, e);
        }
    }

    private Map<String, String> recorded() {
        Path file = appStateDir.resolve(RECORD);
        Map<String, String> recorded = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            Properties props = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                log.warn("{}: unreadable {}", name, file, e);
                return recorded;
            }
            props.stringPropertyNames().forEach(topic -> recorded.put(topic, props.getProperty(topic)));
        }
        return recorded;
    }

    /** The app's changelog topics in the cluster, by name, with their topic ids. */
    private Map<String, String> changelogs() throws ExecutionException, InterruptedException, TimeoutException {
        try (Admin admin = Admin.create(adminConfig)) {
            Map<String, String> changelogs = new TreeMap<>();
            for (TopicListing topic : admin.listTopics().listings().get(TIMEOUT_S, TimeUnit.SECONDS)) {
                if (topic.name().startsWith(applicationId + "-") && topic.name().endsWith("-changelog")) {
                    changelogs.put(topic.name(), topic.topicId().toString());
                }
            }
            return changelogs;
        }
    }
}
