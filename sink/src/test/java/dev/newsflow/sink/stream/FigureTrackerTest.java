package dev.newsflow.sink.stream;

import static dev.newsflow.sink.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.ClaimsTopic;
import dev.newsflow.events.Watermark;
import dev.newsflow.sink.Claims;
import dev.newsflow.sink.figures.FigurePolicy;

/** The sink decides claims in publication order as enrich's watermarks (two articles partitions here) allow. */
class FigureTrackerTest {

    private static final Duration MAX_HOLD = Duration.ofMinutes(1);
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long T0 = Claims.T0.toInstant().toEpochMilli();

    private SinkDriver sink;
    private TestOutputTopic<String, AlertEvent> alerts;

    @BeforeEach
    void start(@TempDir Path stateDir) {
        sink = new SinkDriver(SinkTopology.build(new FigurePolicy(0.05), MAX_HOLD), stateDir);
        alerts = sink.alerts;
    }

    @AfterEach
    void stop() {
        sink.close();
    }

    @Test
    void claimsWaitUntilEveryPartitionIsPastThemAndAreThenDecidedOldestFirst() {
        send(claim("c2", 3000).in("RU").daysLater(1).build());
        send(claim("c1", 1500).in("RU").build());
        watermark(0, T0 + 2 * DAY, false);
        assertThat(alerts.isEmpty()).as("partition 1 not heard from yet").isTrue();

        watermark(1, T0 + DAY / 2, false);
        assertThat(alerts.readValuesToList()).extracting(AlertEvent::count, AlertEvent::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1500L, AlertEvent.Kind.NEW_FIGURE));

        watermark(1, T0 + 2 * DAY, false);
        assertThat(alerts.readValuesToList()).extracting(AlertEvent::count, AlertEvent::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3000L, AlertEvent.Kind.REVISION));
    }

    @Test
    void aClaimAtTheWatermarkWaitsSinceAnotherArticleOfThatTimeMayFollow() {
        send(claim("c1", 1500).in("RU").build());
        watermark(0, T0, false);
        watermark(1, T0, false);
        assertThat(alerts.isEmpty()).isTrue();
        watermark(1, T0 + 1, false);
        watermark(0, T0 + 1, false);
        assertThat(alerts.readValuesToList()).extracting(AlertEvent::count).containsExactly(1500L);
    }

    @Test
    void idlePartitionsHoldNothingBackBeyondTheirBound() {
        send(claim("c1", 1500).in("RU").build());
        send(claim("c2", 3000).in("RU").daysLater(3).build());
        watermark(0, T0 + 4 * DAY, false);
        watermark(1, T0, true);
        assertThat(alerts.readValuesToList()).extracting(AlertEvent::count).containsExactly(1500L);

        watermark(1, T0 + 3 * DAY, true);
        assertThat(alerts.readValuesToList()).as("read to the end at its time").extracting(AlertEvent::count)
                .containsExactly(3000L);
    }

    @Test
    void aClaimOlderThanTheLowWatermarkOnArrivalIsDecidedAtOnce() {
        watermark(0, T0 + 5 * DAY, false);
        watermark(1, T0 + 5 * DAY, false);
        send(claim("c1", 1500).in("RU").build());
        assertThat(alerts.readValuesToList()).extracting(AlertEvent::count).containsExactly(1500L);
    }

    @Test
    void withoutWatermarksClaimsAreDecidedInOrderAfterTheMaximumHold() {
        send(claim("c2", 3000).in("RU").daysLater(1).build());
        send(claim("c1", 1500).in("RU").build());
        sink.driver.advanceWallClockTime(MAX_HOLD.minusSeconds(1));
        assertThat(alerts.isEmpty()).isTrue();

        sink.driver.advanceWallClockTime(Duration.ofSeconds(2));
        assertThat(alerts.readValuesToList()).extracting(AlertEvent::count).containsExactly(1500L, 3000L);
    }

    @Test
    void watermarksAreNotDeadLetteredButAnUnreadableOneIs() {
        watermark(0, T0, false);
        sink.claims.pipeInput(new TestRecord<>(null, "{oops".getBytes(StandardCharsets.UTF_8),
                ClaimsTopic.watermarkHeaders(), Instant.ofEpochMilli(T0)));
        assertThat(sink.dlq.readValuesToList()).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo("invalid-json");
            assertThat(letter.error()).contains("Watermark");
        });
        assertThat(sink.driver.<String, Watermark>getKeyValueStore(FigureTracker.WATERMARKS).get("0"))
                .isEqualTo(new Watermark(1, 0, 2, T0, false));
    }

    private void send(ClaimEvent claim) {
        sink.send(claim);
    }

    private void watermark(int partition, long time, boolean idle) {
        sink.send(new Watermark(Watermark.SCHEMA_VERSION, partition, 2, time, idle));
    }
}
