package dev.newsflow.app.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import picocli.CommandLine.Option;

/**
 * How a service finds and talks to Kafka, from (lowest to highest precedence) a properties
 * file, {@code NEWSFLOW_KAFKA_*} environment variables, and {@code -X key=value} flags. Any Kafka
 * client setting passes through (SASL, TLS, timeouts), so nothing in newsflow hides the cluster.
 */
public final class KafkaOptions {

    static final String ENV_PREFIX = "NEWSFLOW_KAFKA_";

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,…]",
            description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS, else localhost:9092).")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with Kafka client and Streams settings.")
    Path configFile;

    @Option(names = "-X", paramLabel = "KEY=VALUE",
            description = "One Kafka client or Streams setting; repeatable; wins over file and env.")
    Map<String, String> settings = new LinkedHashMap<>();

    /** The bootstrap servers after flags, file, env and default are weighed. */
    public String bootstrapServers(Map<String, String> env) {
        if (bootstrapServers != null) {
            return bootstrapServers;
        }
        String fromSettings = settings(env).get("bootstrap.servers");
        if (fromSettings != null) {
            return fromSettings;
        }
        String fromEnv = env.get("KAFKA_BOOTSTRAP_SERVERS");
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : "localhost:9092";
    }

    /** Every client setting from the file, the environment and the flags, later sources winning. */
    public Map<String, String> settings(Map<String, String> env) {
        Map<String, String> merged = new LinkedHashMap<>();
        if (configFile != null) {
            merged.putAll(readProperties(configFile));
        }
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                merged.put(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        merged.putAll(settings);
        return merged;
    }

    private static Map<String, String> readProperties(Path file) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config file " + file, e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(name -> map.put(name, props.getProperty(name)));
        return map;
    }
}
