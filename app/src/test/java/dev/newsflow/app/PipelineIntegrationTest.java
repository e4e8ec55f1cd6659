package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.app.local.LocalPipeline;
import dev.newsflow.app.output.AlertFeed;
import dev.newsflow.broker.junit.KafkaBackend;
import dev.newsflow.broker.junit.KafkaExtension;
import dev.newsflow.events.AlertEvent;
import dev.newsflow.ingest.warc.WarcReplay;

/**
 * The whole pipeline on a real broker: the sample archive goes in through ingest, through
 * enrich and sink, and exactly the seed alerts come out of {@code newsflow.alerts}.
 */
@ExtendWith(KafkaExtension.class)
class PipelineIntegrationTest {

    private static final Path SAMPLE_ARCHIVE = Path.of("..", "samples", "archive");
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Test
    void theSampleArchiveRaisesExactlyTheSeedAlerts(KafkaBackend kafka, @TempDir Path stateDir) throws Exception {
        List<AlertEvent> alerts;
        try (LocalPipeline pipeline = LocalPipeline.start(kafka.bootstrapServers(), stateDir, Map.of(), TIMEOUT);
             AlertFeed feed = new AlertFeed(kafka.bootstrapServers())) {
            WarcReplay.Summary summary = pipeline.replay(SAMPLE_ARCHIVE);
            assertThat(summary.pages()).isEqualTo(5);
            assertThat(summary.articles()).isEqualTo(5);
            assertThat(summary.failures()).isEmpty();

            pipeline.awaitCaughtUp(TIMEOUT);
            alerts = feed.readToEnd(TIMEOUT);
        }

        assertThat(alerts)
                .extracting(AlertEvent::count, AlertEvent::qualifier, AlertEvent::actorId, AlertEvent::location,
                        AlertEvent::status)
                .containsExactlyInAnyOrder(
                        tuple(100_000L, "approx", "KP", null, "planned"),
                        tuple(12_000L, "up_to", "KP", "Ukraine", "planned"),
                        tuple(1_500L, "exact", "KP", "Vladivostok", "arrived"),
                        tuple(3_000L, "approx", "KP", "Vladivostok", "arrived"),
                        tuple(10_000L, "exact", "KP", "Russia", "deployed"),
                        tuple(8_000L, "exact", "KP", "Kursk", "deployed"));
        assertThat(alerts).allSatisfy(alert -> {
            assertThat(alert.origin().outlet()).isNotBlank();
            assertThat(alert.firstSeen()).isNotNull();
            assertThat(alert.origin().sentence()).contains(String.format("%,d", alert.count()));
        });
        assertThat(alerts).filteredOn(alert -> alert.count() == 3_000L).singleElement()
                .satisfies(revision -> {
                    assertThat(revision.kind()).isEqualTo(AlertEvent.Kind.REVISION);
                    assertThat(revision.previous().count()).isEqualTo(1_500L);
                });
        assertThat(alerts).filteredOn(alert -> alert.kind() == AlertEvent.Kind.NEW_FIGURE).hasSize(5);
    }
}
