package dev.newsflow.broker.junit;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.broker.EmbeddedKafkaBroker;

/**
 * Chooses the Kafka a test run uses: an external cluster when {@code KAFKA_BOOTSTRAP_SERVERS} is
 * set, Testcontainers' Kafka when Docker answers, otherwise the in-JVM broker. Set
 * {@code NEWSFLOW_TEST_KAFKA} to {@code embedded}, {@code testcontainers} or {@code external} to
 * force one.
 */
public final class KafkaBackends {

    private static final Logger log = LoggerFactory.getLogger(KafkaBackends.class);

    private KafkaBackends() {
    }

    public static KafkaBackend start() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        String forced = System.getenv().getOrDefault("NEWSFLOW_TEST_KAFKA", "").toLowerCase(Locale.ROOT);
        KafkaBackend backend = switch (forced) {
            case "external" -> external(required(external));
            case "testcontainers" -> ContainerBackend.start();
            case "embedded" -> embedded();
            case "" -> external != null && !external.isBlank() ? external(external)
                    : ContainerBackend.dockerAvailable() ? ContainerBackend.start() : embedded();
            default -> throw new IllegalArgumentException(
                    "NEWSFLOW_TEST_KAFKA must be embedded, testcontainers or external, not " + forced);
        };
        log.info("tests use {} Kafka at {}", backend.kind(), backend.bootstrapServers());
        return backend;
    }

    private static String required(String external) {
        if (external == null || external.isBlank()) {
            throw new IllegalStateException("NEWSFLOW_TEST_KAFKA=external needs KAFKA_BOOTSTRAP_SERVERS");
        }
        return external;
    }

    private static KafkaBackend external(String bootstrap) {
        return new KafkaBackend() {
            @Override
            public String bootstrapServers() {
                return bootstrap;
            }

            @Override
            public String kind() {
                return "external";
            }

            @Override
            public void close() {
            }
        };
    }

    private static KafkaBackend embedded() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        return new KafkaBackend() {
            @Override
            public String bootstrapServers() {
                return broker.bootstrapServers();
            }

            @Override
            public String kind() {
                return "embedded";
            }

            @Override
            public void close() {
                broker.close();
            }
        };
    }
}
