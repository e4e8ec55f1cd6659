package dev.newsflow.enrich.stream;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.events.topics.Topics;

/**
 * {@link InputEnd} from the cluster: a partition is read to its end when the next offset enrich
 * would process (after its last record, else its group's committed offset, else the partition's
 * first) is the partition's last stable offset. Asked only for a partition that has been without
 * input for the idle timeout, so it costs one or two admin requests per quiet partition and
 * interval. Any failure counts as "not read to the end": the partition then holds the sink back
 * rather than risk an early decision.
 */
public final class KafkaInputEnd implements InputEnd {

    private static final Logger log = LoggerFactory.getLogger(KafkaInputEnd.class);
    private static final long TIMEOUT_MS = 2_000;

    private final Admin admin;
    private final String groupId;

    /** @param groupId enrich's application id, whose committed offsets say where a task resumes */
    public KafkaInputEnd(Admin admin, String groupId) {
        this.admin = admin;
        this.groupId = groupId;
    }

    @Override
    public boolean reached(int partition, long nextOffset) {
        TopicPartition articles = new TopicPartition(Topics.ARTICLES.name(), partition);
        try {
            long end = offset(articles, OffsetSpec.latest());
            long next = nextOffset >= 0 ? nextOffset : committedOrFirst(articles);
            log.debug("{}: next offset {}, end {}", articles, next, end);
            return next >= end;
        } catch (ExecutionException | TimeoutException e) {
            log.debug("cannot tell whether {} is read to its end: {}", articles, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private long committedOrFirst(TopicPartition articles)
            throws ExecutionException, InterruptedException, TimeoutException {
        OffsetAndMetadata committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata()
                .get(TIMEOUT_MS, TimeUnit.MILLISECONDS).get(articles);
        return committed != null ? committed.offset() : offset(articles, OffsetSpec.earliest());
    }

    private long offset(TopicPartition articles, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        return admin.listOffsets(Map.of(articles, spec), new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .partitionResult(articles).get(TIMEOUT_MS, TimeUnit.MILLISECONDS).offset();
    }
}
