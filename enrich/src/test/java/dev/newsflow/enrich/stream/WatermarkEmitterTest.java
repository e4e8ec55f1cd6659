package dev.newsflow.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.enrich.claims.ClaimExtractor;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.ClaimsRecord;
import dev.newsflow.events.ClaimsTopic;
import dev.newsflow.events.Watermark;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.streams.StreamsSettings;

/** What enrich writes to {@code newsflow.claims} besides claims: its progress in publication time. */
class WatermarkEmitterTest {

    private static final Duration TICK = Duration.ofMillis(200);
    private static final WatermarkOptions OPTIONS = new WatermarkOptions(6, TICK, Duration.ofSeconds(1));
    private static final Instant T1 = Instant.parse("2024-10-24T07:30:00Z");

    private boolean readToEnd = true;
    private long askedNextOffset = -2;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> articles;
    private TestOutputTopic<String, byte[]> claimsTopic;

    @BeforeEach
    void start(@TempDir Path stateDir) {
        driver = new TopologyTestDriver(
                EnrichTopology.build(new ClaimEvents(ClaimExtractor.withDefaultRules()), text -> List.of(), OPTIONS,
                        (partition, nextOffset) -> {
                            askedNextOffset = nextOffset;
                            return readToEnd;
                        }),
                StreamsSettings.of("enrich-watermark-test", "unused:9092", Map.of("state.dir", stateDir.toString())));
        articles = driver.createInputTopic(Topics.ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
        claimsTopic = driver.createOutputTopic(Topics.CLAIMS.name(), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aWatermarkFollowsTheClaimsItCoversAndNamesTheArticlesPartition() throws IOException {
        publish("a3", T1);
        ticks(1);

        List<ClaimsRecord> out = readAll();
        assertThat(out).hasSize(4);
        assertThat(out.subList(0, 3)).allMatch(ClaimEvent.class::isInstance);
        assertThat(out.get(3)).isEqualTo(new Watermark(1, 0, 6, T1.toEpochMilli(), false));
    }

    @Test
    void aWatermarkIsSentOnlyWhenTheEventTimeMoved() throws IOException {
        publish("a3", T1);
        ticks(1);
        readAll();
        ticks(2);
        assertThat(readAll()).as("nothing new, not idle yet").isEmpty();

        publish("a4", T1.plusSeconds(3600));
        ticks(1);
        assertThat(readAll()).last().isEqualTo(new Watermark(1, 0, 6, T1.plusSeconds(3600).toEpochMilli(), false));
    }

    @Test
    void aPartitionWithoutInputForTheIdleTimeoutSaysItIsIdleOnceAndNewInputEndsThat() throws IOException {
        publish("a3", T1);
        ticks(1);
        readAll();
        ticks(6);
        assertThat(readAll()).containsExactly(new Watermark(1, 0, 6, T1.toEpochMilli(), true));

        publish("a3", T1);
        ticks(1);
        assertThat(readAll()).last().isEqualTo(new Watermark(1, 0, 6, T1.toEpochMilli(), false));
    }

    @Test
    void aPartitionThatNeverHadInputBecomesIdleWithNoEventTime() {
        ticks(6);
        assertThat(readAll()).containsExactly(new Watermark(1, 0, 6, -1, true));
    }

    @Test
    void aQuietPartitionWithUnreadInputIsNotIdle() throws IOException {
        publish("a3", T1);
        publish("a4", T1);
        ticks(1);
        readAll();
        readToEnd = false;
        ticks(6);
        assertThat(readAll()).isEmpty();
        assertThat(askedNextOffset).as("the offset after the last article processed").isEqualTo(2);

        readToEnd = true;
        ticks(1);
        assertThat(readAll()).containsExactly(new Watermark(1, 0, 6, T1.toEpochMilli(), true));
    }

    private void publish(String id, Instant published) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/seeds/003_ce3c4f6a4555c1bb.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ArticleEvent article = new ArticleEvent(1, id, "https://dw.example/" + id, null, "DW", null, null,
                published.atOffset(ZoneOffset.UTC), "en", text, published, "test", null);
        articles.pipeInput(id, Json.write(article), published);
    }

    private void ticks(int count) {
        for (int i = 0; i < count; i++) {
            driver.advanceWallClockTime(TICK);
        }
    }

    private List<ClaimsRecord> readAll() {
        return claimsTopic.readRecordsToList().stream().map(WatermarkEmitterTest::read).toList();
    }

    private static ClaimsRecord read(TestRecord<String, byte[]> record) {
        ClaimsRecord value = ClaimsTopic.read(record.headers(), record.value());
        if (value instanceof Watermark) {
            assertThat(record.key()).isNull();
        }
        return value;
    }
}
