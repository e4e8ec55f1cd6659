package dev.newsflow.streams;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Resets a stopped Kafka Streams application so that it processes its input again, as Kafka's
 * {@code kafka-streams-application-reset} tool does: the group's offsets on its input topic are
 * moved (to the earliest or the latest offsets) and its internal topics (changelogs, repartition
 * topics) are deleted, so its state starts empty. Local state directories are not touched: see
 * {@link LocalStateGuard}.
 *
 * <p>Written against {@link Admin} rather than calling the tool's class
 * ({@code org.apache.kafka.tools.StreamsResetter} in kafka-tools 4.3.1): that class is marked as
 * not public API, takes its admin client's settings (SASL, TLS) only from a file, prints to
 * standard output, calls {@code System.exit} on a bad argument, and brings Kafka Connect's runtime
 * along as a dependency. The rules here are the tool's: the same internal-topic names, and no
 * change while the group has members.
 */
public final class StreamsAppReset {

    private static final long TIMEOUT_S = 60;

    /** Where the group's offsets on its input topic are moved to. */
    public enum Position {
        /** The first offset still in each partition: everything is read again. */
        EARLIEST,
        /** The end of each partition: only what is written from now on is read. */
        LATEST
    }

    /**
     * What a reset did.
     *
     * @param offsets       the group's new offset for each partition of the input topic
     * @param deletedTopics the internal topics deleted
     */
    public record Outcome(String applicationId, Map<TopicPartition, Long> offsets, List<String> deletedTopics) {
    }

    private final Admin admin;

    public StreamsAppReset(Admin admin) {
        this.admin = admin;
    }

    /**
     * The members still in each application's group (client id and host), for the groups that
     * have any. A group that does not exist has none.
     *
     * @throws IllegalStateException if a group uses the streams rebalance protocol, which this
     *                               reset does not handle
     */
    public Map<String, List<String>> activeMembers(Collection<String> applicationIds)
            throws ExecutionException, InterruptedException, TimeoutException {
        for (GroupListing group : admin.listGroups().all().get(TIMEOUT_S, TimeUnit.SECONDS)) {
            if (applicationIds.contains(group.groupId())
                    && group.type().filter(type -> type == GroupType.STREAMS).isPresent()) {
                throw new IllegalStateException(group.groupId() + " uses the streams rebalance protocol "
                        + "(group.protocol=streams); reset it with kafka-streams-groups.sh instead");
            }
        }
        Map<String, List<String>> active = new TreeMap<>();
        var described = admin.describeConsumerGroups(applicationIds).describedGroups();
        for (String applicationId : applicationIds) {
            ConsumerGroupDescription group;
            try {
                group = described.get(applicationId).get(TIMEOUT_S, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof GroupIdNotFoundException) {
                    continue;
                }
                throw e;
            }
            List<String> members = new ArrayList<>();
            for (MemberDescription member : group.members()) {
                members.add(member.clientId() + " on " + member.host());
            }
            if (!members.isEmpty()) {
                active.put(applicationId, members);
            }
        }
        return active;
    }

    /**
     * Moves the application's offsets on {@code inputTopic} to {@code position} and deletes its
     * internal topics, after dropping the group's offsets on them. Only for a stopped application:
     * check {@link #activeMembers} first.
     */
    public Outcome reset(String applicationId, String inputTopic, Position position)
            throws ExecutionException, InterruptedException, TimeoutException {
        var partitions = admin.describeTopics(List.of(inputTopic)).allTopicNames().get(TIMEOUT_S, TimeUnit.SECONDS)
                .get(inputTopic).partitions().stream()
                .map(p -> new TopicPartition(inputTopic, p.partition())).toList();
        OffsetSpec spec = position == Position.EARLIEST ? OffsetSpec.earliest() : OffsetSpec.latest();
        var found = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec)))
                .all().get(TIMEOUT_S, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new TreeMap<>(
                java.util.Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        found.forEach((partition, info) -> offsets.put(partition, info.offset()));
        Map<TopicPartition, OffsetAndMetadata> commits = new LinkedHashMap<>();
        offsets.forEach((partition, offset) -> commits.put(partition, new OffsetAndMetadata(offset)));
        admin.alterConsumerGroupOffsets(applicationId, commits).all().get(TIMEOUT_S, TimeUnit.SECONDS);

        List<String> internal = admin.listTopics().names().get(TIMEOUT_S, TimeUnit.SECONDS).stream()
                .filter(topic -> !topic.equals(inputTopic) && isInternalTopic(applicationId, topic))
                .sorted().toList();
        Set<TopicPartition> internalOffsets = admin.listConsumerGroupOffsets(applicationId)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_S, TimeUnit.SECONDS).keySet().stream()
                .filter(partition -> internal.contains(partition.topic())).collect(Collectors.toSet());
        if (!internalOffsets.isEmpty()) {
            admin.deleteConsumerGroupOffsets(applicationId, internalOffsets).all().get(TIMEOUT_S, TimeUnit.SECONDS);
        }
        if (!internal.isEmpty()) {
            admin.deleteTopics(internal).all().get(TIMEOUT_S, TimeUnit.SECONDS);
            awaitGone(internal);
        }
        return new Outcome(applicationId, offsets, internal);
    }

    /**
     * Waits until the brokers no longer list the deleted topics: the controller has accepted the
     * deletion when {@code deleteTopics} returns, but a broker's metadata follows a moment later, and
     * an application started meanwhile would take the old topics for its own and not create them.
     */
    private void awaitGone(List<String> deleted) throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (true) {
            Set<String> listed = admin.listTopics().names().get(TIMEOUT_S, TimeUnit.SECONDS);
            List<String> left = deleted.stream().filter(listed::contains).toList();
            if (left.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("deleted topics still listed after " + TIMEOUT_S + " s: " + left);
            }
            Thread.sleep(100);
        }
    }

    /** A topic Kafka Streams created for the application: the names the reset tool recognises. */
    static boolean isInternalTopic(String applicationId, String topic) {
        return topic.startsWith(applicationId + "-")
                && (topic.endsWith("-changelog") || topic.endsWith("-repartition")
                || topic.endsWith("-subscription-registration-topic") || topic.endsWith("-subscription-response-topic")
                || topic.matches(".+-KTABLE-FK-JOIN-SUBSCRIPTION-(REGISTRATION|RESPONSE)-\\d+-topic"));
    }
}
