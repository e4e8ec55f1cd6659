package dev.newsflow.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real, production Kafka broker ({@link KafkaRaftServer}, combined broker + controller in
 * KRaft mode) running inside this JVM on free loopback ports, so that the demo and the tests use
 * the same broker code a cluster runs, without Docker or an install.
 *
 * <p>Storage is formatted exactly as {@code kafka-storage.sh format} does it, in a temporary
 * directory that {@link #close()} removes. Broker fatal errors call Kafka's {@link Exit}; this class
 * turns those into exceptions so that a broker fault fails the caller instead of killing the JVM.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final Path logDir;
    private final int brokerPort;
    private final KafkaRaftServer server;
    private boolean closed;

    private EmbeddedKafkaBroker(Path logDir, int brokerPort, KafkaRaftServer server) {
        this.logDir = logDir;
        this.brokerPort = brokerPort;
        this.server = server;
    }

    /** Starts a broker with the default single-node settings. */
    public static EmbeddedKafkaBroker start() {
        return start(Map.of());
    }

    /**
     * Formats fresh storage and starts a broker.
     *
     * @param overrides broker settings that replace the single-node defaults
     */
    public static EmbeddedKafkaBroker start(Map<String, String> overrides) {
        trapExit();
        long started = System.nanoTime();
        Path logDir;
        try {
            logDir = Files.createTempDirectory("newsflow-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a log directory for the embedded broker", e);
        }
        int brokerPort = freePort();
        int controllerPort = freePort();
        Properties props = singleNodeProperties(logDir, brokerPort, controllerPort);
        overrides.forEach(props::setProperty);
        try {
            format(props, logDir);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
            server.startup();
            log.info("embedded Kafka broker on localhost:{} started in {} ms (logs in {})", brokerPort,
                    (System.nanoTime() - started) / 1_000_000, logDir);
            return new EmbeddedKafkaBroker(logDir, brokerPort, server);
        } catch (RuntimeException e) {
            deleteQuietly(logDir);
            throw new IllegalStateException("embedded Kafka broker failed to start: " + e.getMessage(), e);
        }
    }

    /** The address clients connect to, e.g. {@code localhost:41234}. */
    public String bootstrapServers() {
        return "localhost:" + brokerPort;
    }

    /** Shuts the broker down cleanly and deletes its storage. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            deleteQuietly(logDir);
        }
        log.info("embedded Kafka broker on localhost:{} stopped", brokerPort);
    }

    static Properties singleNodeProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", logDir.resolve("data").toString());
        p.setProperty("num.partitions", "1");
        p.setProperty("default.replication.factor", "1");
        // one broker: internal topics (offsets, transactions for exactly-once Streams) have one replica
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "5");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // the cleaner's 128 MB default dedupe buffer would sit on the heap of every test JVM
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        p.setProperty("auto.create.topics.enable", "false");
        return p;
    }

    private static void format(Properties props, Path logDir) {
        Path config = logDir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            props.store(out, "newsflow embedded broker");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config, e);
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int rc;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {
                "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()}, out);
        }
        if (rc != 0) {
            throw new IllegalStateException("kafka-storage format failed (" + rc + "): "
                    + captured.toString(StandardCharsets.UTF_8));
        }
    }

    /** Kafka calls Exit on fatal errors; in-process that must not end the JVM. */
    private static void trapExit() {
        Exit.setExitProcedure((status, message) -> {
            throw new BrokerFatalException("Kafka requested exit(" + status + "): " + message);
        });
        Exit.setHaltProcedure((status, message) -> {
            throw new BrokerFatalException("Kafka requested halt(" + status + "): " + message);
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }
}
