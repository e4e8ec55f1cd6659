package dev.newsflow.broker.junit;

/**
 * A running Kafka that a test can talk to: where it is and what kind it is. The same tests run
 * against each kind (embedded broker, Testcontainers, external cluster).
 */
public interface KafkaBackend extends AutoCloseable {

    /** The bootstrap address to hand to clients. */
    String bootstrapServers();

    /** embedded, testcontainers or external; for logs and skipped-test messages. */
    String kind();

    @Override
    void close();
}
