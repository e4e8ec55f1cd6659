package dev.newsflow.enrich.stream;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends each record to every partition of its topic (multicast, Kafka Streams 3.4+): a watermark
 * must reach every sink task, since claims from one articles partition land in all of them.
 */
final class AllPartitions<K, V> implements StreamPartitioner<K, V> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, K key, V value, int numPartitions) {
        return Optional.of(IntStream.range(0, numPartitions).boxed().collect(Collectors.toUnmodifiableSet()));
    }
}
