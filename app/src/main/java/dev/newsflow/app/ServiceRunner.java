package dev.newsflow.app;

import java.time.Duration;
import java.util.function.Function;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.app.config.KafkaOptions;
import dev.newsflow.events.topics.TopicProvisioner;
import dev.newsflow.streams.StreamsService;
import dev.newsflow.streams.StreamsSettings;

/** Runs one Streams service against a cluster until the process is told to stop (SIGTERM, Ctrl-C). */
final class ServiceRunner {

    private static final Logger log = LoggerFactory.getLogger(ServiceRunner.class);

    private ServiceRunner() {
    }

    /**
     * @param topology builds the service's topology once the topics exist; it may keep the admin
     *                 client, which stays open while the service runs
     */
    static int run(String name, String applicationId, Function<Admin, Topology> topology, KafkaOptions kafka)
            throws InterruptedException {
        var env = Env.variables();
        String bootstrap = kafka.bootstrapServers(env);
        var settings = kafka.settings(env);
        try (Admin admin = Admin.create(java.util.Map.of("bootstrap.servers", bootstrap))) {
            new TopicProvisioner(admin).ensureAll();
            return run(name, applicationId, topology.apply(admin), bootstrap, settings);
        }
    }

    private static int run(String name, String applicationId, Topology built, String bootstrap,
                           java.util.Map<String, String> settings) throws InterruptedException {
        StreamsService service = new StreamsService(name, built, StreamsSettings.of(applicationId, bootstrap, settings));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("{}: shutting down", name);
            service.close();
        }, name + "-shutdown"));
        service.start();
        if (!service.awaitRunning(Duration.ofMinutes(2))) {
            log.warn("{}: not running after 2 minutes (state {}); still trying", name, service.state());
        }
        // runs until SIGTERM (the hook closes the service and the JVM exits) or a fatal error
        service.awaitFailure();
        log.error("{}: failed; exiting so a supervisor can restart it", name);
        service.close();
        return 1;
    }
}
