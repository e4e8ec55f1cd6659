package dev.newsflow.ingest.frontier;

import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import dev.newsflow.events.FrontierEntry;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.topics.Topics;

/**
 * Writes discovered URLs to {@code newsflow.frontier}, keyed by host: Kafka's partitioner then
 * sends every URL of a host to one partition, so the one fetcher owning it can space its requests
 * to that host without asking anybody.
 */
public final class FrontierPublisher {

    private final Producer<String, byte[]> producer;

    public FrontierPublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    public Future<RecordMetadata> publish(FrontierEntry entry) {
        return producer.send(new ProducerRecord<>(Topics.FRONTIER.name(), entry.host(), Json.write(entry)));
    }

    public void flush() {
        producer.flush();
    }
}
