package dev.newsflow.sink.stream;

import static dev.newsflow.sink.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.FigureEvent;
import dev.newsflow.sink.figures.FigurePolicy;
import dev.newsflow.events.topics.Topics;

class SinkTopologyTest {

    private SinkDriver sink;
    private TestOutputTopic<String, AlertEvent> alerts;
    private TestOutputTopic<String, DeadLetter> dlq;
    private TestOutputTopic<String, FigureEvent> figures;

    @BeforeEach
    void start(@TempDir Path stateDir) {
        sink = new SinkDriver(SinkTopology.build(), stateDir);
        alerts = sink.alerts;
        figures = sink.figures;
        dlq = sink.dlq;
    }

    @AfterEach
    void stop() {
        sink.close();
    }

    private void send(ClaimEvent claim) {
        sink.send(claim);
    }

    @Test
    void newFiguresAndRevisionsAlertAndRepeatsDoNot() {
        send(claim("c1", 1500).in("RU/Far East").status("arrived").outlet("dw.com").build());
        send(claim("c2", 1500).in("RU/Far East").status("deployed").outlet("other.example").build());
        send(claim("c3", 3000).in("RU/Far East").status("arrived").outlet("dw.com").daysLater(1).build());
        send(claim("c4", 8000).in("RU/Kursk").status("deployed").outlet("stern.de").build());

        var out = alerts.readKeyValuesToList();
        assertThat(out).extracting(kv -> kv.value.count()).containsExactly(1500L, 3000L, 8000L);
        assertThat(out).extracting(kv -> kv.value.kind()).containsExactly(
                AlertEvent.Kind.NEW_FIGURE, AlertEvent.Kind.REVISION, AlertEvent.Kind.NEW_FIGURE);
        assertThat(out.get(1).key).isEqualTo("KP|RU/Far East|present");
        assertThat(out.get(1).value.previous().count()).isEqualTo(1500L);
        assertThat(dlq.isEmpty()).isTrue();

        var current = figures.readKeyValuesToMap();
        assertThat(current.get("KP|RU/Far East|present").figure().count()).isEqualTo(3000);
        assertThat(current.get("KP|RU/Kursk|present").sourceCount()).isEqualTo(1);
    }

    @Test
    void decidedOnArrivalAClaimOlderThanTheCurrentFigureIsLate() {
        send(claim("c2", 3000).in("RU").daysLater(1).build());
        send(claim("c1", 1500).in("RU").build());
        assertThat(alerts.readValuesToList()).extracting(AlertEvent::count).containsExactly(3000L);
    }

    @Test
    void withoutWatermarksTheMaximumHoldDecidesClaimsInPublicationOrder(@TempDir Path stateDir) {
        try (SinkDriver windowed = windowedDriver(stateDir)) {
            var out = windowed.alerts;
            windowed.send(claim("c2", 3000).in("RU").daysLater(1).build());
            windowed.send(claim("c1", 1500).in("RU").build());
            assertThat(out.isEmpty()).as("nothing is decided before the maximum hold").isTrue();

            windowed.driver.advanceWallClockTime(Duration.ofSeconds(2));

            var decided = out.readValuesToList();
            assertThat(decided).extracting(AlertEvent::count).containsExactly(1500L, 3000L);
            assertThat(decided).extracting(AlertEvent::kind)
                    .containsExactly(AlertEvent.Kind.NEW_FIGURE, AlertEvent.Kind.REVISION);
        }
    }

    @Test
    void heldClaimsOfOneArticleKeepTheirSentenceOrder(@TempDir Path stateDir) {
        try (SinkDriver windowed = windowedDriver(stateDir)) {
            var out = windowed.alerts;
            // one article: "1,500 have disembarked … increased this number to 3,000"; claim ids sort the other way
            ClaimEvent first = sameArticle(claim("zz-first", 1500).in("RU/Far East").build(), 100);
            ClaimEvent second = sameArticle(claim("aa-second", 3000).in("RU/Far East").build(), 200);
            List.of(first, second).forEach(windowed::send);
            windowed.driver.advanceWallClockTime(Duration.ofSeconds(2));

            assertThat(out.readValuesToList()).extracting(AlertEvent::count, AlertEvent::kind).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1500L, AlertEvent.Kind.NEW_FIGURE),
                    org.assertj.core.groups.Tuple.tuple(3000L, AlertEvent.Kind.REVISION));
        }
    }

    /** A sink whose claims wait for watermarks one second (wall clock) at most; these tests send none. */
    private static SinkDriver windowedDriver(Path stateDir) {
        return new SinkDriver(SinkTopology.build(new FigurePolicy(0.05), Duration.ofSeconds(1)), stateDir);
    }

    private static ClaimEvent sameArticle(ClaimEvent c, int sentenceStart) {
        return new ClaimEvent(c.schemaVersion(), c.claimId(), c.figureKey(), "article-1", c.articleUrl(), c.outlet(),
                c.published(), c.countText(), c.count(), c.countLow(), c.countHigh(), c.qualifier(), c.unit(),
                c.actorId(), c.actor(), c.location(), c.theatre(), c.status(), c.source(), c.sentence(), sentenceStart,
                sentenceStart + 50, c.hedged(), c.vague(), c.articleFingerprint());
    }

    @Test
    void decidingOnArrivalSkipsWatermarks() {
        sink.send(new dev.newsflow.events.Watermark(1, 0, 6, 0, false));
        send(claim("c1", 10_000).in("RU").build());
        assertThat(dlq.isEmpty()).isTrue();
        assertThat(alerts.readValuesToList()).extracting(AlertEvent::count).containsExactly(10_000L);
    }

    @Test
    void theStoreRemembersFiguresAcrossRecords() {
        send(claim("c1", 10_000).in("RU").build());
        alerts.readValuesToList();
        send(claim("c1", 10_000).in("RU").build());
        assertThat(alerts.isEmpty()).isTrue();
        assertThat(sink.driver.<String, Object>getKeyValueStore(FigureTracker.FIGURES).get("KP|RU|present")).isNotNull();
    }

    @Test
    void aPoisonClaimGoesToTheDeadLetterTopicAndProcessingContinues() {
        sink.claims.pipeInput("KP|RU|present", "{\"count\": \"lots\"".getBytes(StandardCharsets.UTF_8));
        send(claim("c1", 10_000).in("RU").build());

        var letters = dlq.readValuesToList();
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).stage()).isEqualTo("sink");
        assertThat(letters.get(0).reason()).isEqualTo("invalid-json");
        assertThat(letters.get(0).sourceTopic()).isEqualTo(Topics.CLAIMS.name());
        assertThat(alerts.readValuesToList()).extracting(AlertEvent::count).containsExactly(10_000L);
    }
}
