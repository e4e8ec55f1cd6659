package dev.newsflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class KafkaOptionsTest {

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        KafkaOptions kafka;
    }

    private static KafkaOptions parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.kafka;
    }

    @Test
    void defaultsToLocalhostWithoutAnyConfiguration() {
        assertThat(parse().bootstrapServers(Map.of())).isEqualTo("localhost:9092");
    }

    @Test
    void theStandardEnvironmentVariableNamesTheCluster() {
        assertThat(parse().bootstrapServers(Map.of("KAFKA_BOOTSTRAP_SERVERS", "k1:9092"))).isEqualTo("k1:9092");
    }

    @Test
    void flagsBeatEnvironmentWhichBeatsTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, "security.protocol=SASL_SSL\nlinger.ms=1\nacks=1\n");
        Map<String, String> env = Map.of("NEWSFLOW_KAFKA_LINGER_MS", "7", "NEWSFLOW_KAFKA_ACKS", "all", "HOME", "/root");

        Map<String, String> settings = parse("--config", file.toString(), "-X", "acks=0").settings(env);

        assertThat(settings).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("linger.ms", "7")
                .containsEntry("acks", "0")
                .doesNotContainKey("home");
    }

    @Test
    void theBootstrapFlagWinsOverEverything() {
        assertThat(parse("--bootstrap-servers", "flag:1", "-X", "bootstrap.servers=x:2")
                .bootstrapServers(Map.of("KAFKA_BOOTSTRAP_SERVERS", "env:3"))).isEqualTo("flag:1");
        assertThat(parse("-X", "bootstrap.servers=x:2").bootstrapServers(Map.of("KAFKA_BOOTSTRAP_SERVERS", "env:3")))
                .isEqualTo("x:2");
    }
}
