package dev.newsflow.app.local;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a consumer group is behind on one topic, from its committed offsets and the topic's
 * end offsets. The local pipeline uses it to know when a stage has processed everything it was
 * given, instead of guessing with a sleep.
 */
public final class ConsumerLag {

    private final Admin admin;

    public ConsumerLag(Admin admin) {
        this.admin = admin;
    }

    /** Records of {@code topic} that {@code groupId} has not committed yet (all of them if it never committed). */
    public long of(String groupId, String topic) throws ExecutionException, InterruptedException {
        var ends = ends(topic);
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
        }
        return lag;
    }

    /** How many records (and transaction markers) the topic holds, over all partitions. */
    public long size(String topic) throws ExecutionException, InterruptedException {
        return ends(topic).values().stream().mapToLong(end -> end.offset()).sum();
    }

    private Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends(String topic)
            throws ExecutionException, InterruptedException {
        var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions();
        Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get();
    }

    /** Waits until the group has committed everything in the topic. */
    public void awaitZero(String groupId, String topic, Duration timeout) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lag;
        while ((lag = of(groupId, topic)) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(groupId + " is still " + lag + " records behind on " + topic
                        + " after " + timeout.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }
}
