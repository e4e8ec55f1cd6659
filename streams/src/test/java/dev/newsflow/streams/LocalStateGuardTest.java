package dev.newsflow.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.broker.junit.KafkaBackend;
import dev.newsflow.broker.junit.KafkaExtension;

/**
 * {@link LocalStateGuard} on a real broker: local state is trusted only while the changelogs it
 * was recorded against are the same topics (same topic ids), so a changelog deleted by a reset,
 * or deleted and created again by another instance, makes it stale.
 */
@ExtendWith(KafkaExtension.class)
class LocalStateGuardTest {

    @Test
    void localStateIsStaleOnceItsChangelogIsDeletedOrCreatedAgain(KafkaBackend kafka, @TempDir Path stateDir)
            throws Exception {
        String app = "guard-test-" + UUID.randomUUID();
        String changelog = app + "-counts-changelog";
        LocalStateGuard guard = new LocalStateGuard("test", StreamsSettings.of(app, kafka.bootstrapServers(),
                Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString())));
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
            create(admin, changelog);
            assertThat(guard.staleReason()).as("no local state yet").isNull();

            Files.createDirectories(stateDir.resolve(app).resolve("0_0"));
            assertThat(guard.staleReason()).contains("no record");

            guard.record();
            assertThat(stateDir.resolve(app).resolve(LocalStateGuard.RECORD)).isRegularFile();
            assertThat(guard.staleReason()).isNull();

            admin.deleteTopics(List.of(changelog)).all().get();
            awaitListed(admin, changelog, false);
            assertThat(guard.staleReason()).isEqualTo("changelog " + changelog + " was deleted");

            create(admin, changelog);
            assertThat(guard.staleReason()).isEqualTo("changelog " + changelog + " was created again");

            guard.record();
            assertThat(guard.staleReason()).isNull();
        }
    }

    private static void create(Admin admin, String topic) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()))).all().get();
        awaitListed(admin, topic, true);
    }

    /** Topic changes reach the broker's metadata a moment after the controller accepted them. */
    private static void awaitListed(Admin admin, String topic, boolean listed) throws Exception {
        for (int i = 0; i < 300 && admin.listTopics().names().get().contains(topic) != listed; i++) {
            Thread.sleep(100);
        }
        assertThat(admin.listTopics().names().get().contains(topic)).as(topic + " listed").isEqualTo(listed);
    }
}
