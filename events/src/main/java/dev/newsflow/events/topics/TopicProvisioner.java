package dev.newsflow.events.topics;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the pipeline's topics at start-up when they are missing, with the settings from
 * {@link Topics}, so a fresh cluster needs no manual set-up and an existing one is left alone.
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);
    /** How long a topic just created may take to appear in the metadata a describe reads. */
    private static final Duration NEW_TOPIC_METADATA = Duration.ofSeconds(15);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private final Admin admin;

    public TopicProvisioner(Admin admin) {
        this.admin = admin;
    }

    /**
     * Creates each missing topic; existing topics keep their settings.
     *
     * @param replicationFactor replicas per partition, or -1 for the broker's default
     * @return the names of the topics this call created
     */
    public List<String> ensure(Collection<TopicSpec> specs, short replicationFactor) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = specs.stream()
                    .filter(spec -> !existing.contains(spec.name()))
                    .map(spec -> new NewTopic(spec.name(), java.util.Optional.of(spec.partitions()),
                            replicationFactor < 0 ? java.util.Optional.empty() : java.util.Optional.of(replicationFactor))
                            .configs(spec.configs()))
                    .toList();
            if (missing.isEmpty()) {
                return List.of();
            }
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get();
                    log.info("created topic {}", entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create topics: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /**
     * How many partitions a topic has on the cluster, which is not always its spec's count: an
     * existing topic keeps its own settings. A topic created a moment ago may take a little while to
     * show up in the metadata; until then the broker says it does not host it, so that is retried briefly.
     */
    public int partitions(TopicSpec spec) {
        long deadline = System.nanoTime() + NEW_TOPIC_METADATA.toNanos();
        try {
            while (true) {
                try {
                    return admin.describeTopics(List.of(spec.name())).allTopicNames().get().get(spec.name())
                            .partitions().size();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                        throw new IllegalStateException("could not describe " + spec.name() + ": "
                                + e.getCause().getMessage(), e.getCause());
                    }
                }
                Thread.sleep(RETRY_PAUSE.toMillis()); // a topic created a moment ago is not yet in the metadata
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing " + spec.name(), e);
        }
    }

    /** Creates every missing pipeline topic with the broker's default replication factor. */
    public List<String> ensureAll() {
        return ensure(Topics.all(), (short) -1);
    }
}
