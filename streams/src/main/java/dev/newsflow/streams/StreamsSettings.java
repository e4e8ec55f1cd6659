package dev.newsflow.streams;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams settings the pipeline's apps start from: exactly-once processing, a short
 * commit interval (alerts should not wait), and Kafka's defaults for the rest. Anything a user
 * passes (flags, env, properties file) overrides these.
 */
public final class StreamsSettings {

    private StreamsSettings() {
    }

    /**
     * @param applicationId the Streams application id; also its consumer group and state prefix
     * @param overrides     user settings (any Streams, consumer or producer config); win over defaults
     */
    public static Properties of(String applicationId, String bootstrapServers, Map<String, String> overrides) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        props.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE);
        props.put("processing.exception.handler.global.enabled", "true");
        // With transactions v2, a restarted instance's first produce can meet CONCURRENT_TRANSACTIONS while
        // the broker aborts its predecessor's transaction; with pipelined requests the next batch is then
        // refused as out of order and the producer was seen retrying forever (SIGKILL tests, Kafka 4.3.1).
        // One request in flight keeps the sequence intact; enrich and sink are bound by NLP, not produce.
        props.put(StreamsConfig.producerPrefix("max.in.flight.requests.per.connection"), "1");
        props.putAll(overrides);
        return props;
    }
}
