package dev.newsflow.broker.junit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Kafka in a container via Testcontainers. Testcontainers is optional on the classpath: this
 * class is only touched after checking it is there, so modules without it still use the fixture.
 */
final class ContainerBackend implements KafkaBackend {

    static final String IMAGE = "apache/kafka:4.1.1";

    private final KafkaContainer container;

    private ContainerBackend(KafkaContainer container) {
        this.container = container;
    }

    static boolean dockerAvailable() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, ContainerBackend.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static KafkaBackend start() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        container.start();
        return new ContainerBackend(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String kind() {
        return "testcontainers";
    }

    @Override
    public void close() {
        container.stop();
    }
}
