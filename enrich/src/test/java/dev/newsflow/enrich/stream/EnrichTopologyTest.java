package dev.newsflow.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.enrich.claims.ClaimExtractor;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.Fingerprints;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.JsonSerde;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.streams.StreamsSettings;

class EnrichTopologyTest {

    private static final ClaimEvents CLAIM_EVENTS = new ClaimEvents(ClaimExtractor.withDefaultRules());
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-10-24T09:30:00+02:00");

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> articles;
    private TestOutputTopic<String, ClaimEvent> claims;
    private TestOutputTopic<String, DeadLetter> dlq;

    @BeforeEach
    void start(@TempDir Path stateDir) {
        driver = new TopologyTestDriver(EnrichTopology.build(CLAIM_EVENTS),
                StreamsSettings.of("enrich-test", "unused:9092", Map.of("state.dir", stateDir.toString())));
        articles = driver.createInputTopic(Topics.ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
        claims = driver.createOutputTopic(Topics.CLAIMS.name(), new StringDeserializer(),
                new JsonSerde<>(ClaimEvent.class, 1).deserializer());
        dlq = driver.createOutputTopic(Topics.DLQ.name(), new StringDeserializer(),
                new JsonSerde<>(DeadLetter.class, 1).deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static ArticleEvent article(String id, String text) {
        return new ArticleEvent(1, id, "https://dw.example/" + id, null, "DW", "How North Korea is changing the war",
                null, PUBLISHED, "en", text, Instant.parse("2026-01-01T00:00:00Z"), "test",
                Fingerprints.minHash(text));
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = EnrichTopologyTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void eachClaimIsPublishedKeyedByItsFigureKeyWithTheArticleTimeAndProvenance() throws IOException {
        ArticleEvent article = article("a3", seed("003_ce3c4f6a4555c1bb.txt"));
        articles.pipeInput(article.id(), Json.write(article), PUBLISHED.toInstant());

        var out = claims.readRecordsToList();
        assertThat(out).extracting(r -> r.value().count()).containsExactly(12_000L, 1_500L, 3_000L);
        assertThat(out).extracting(r -> r.key()).containsExactly(
                "KP|UA|pledged", "KP|RU/Far East|present", "KP|RU/Far East|present");
        assertThat(out).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(record.value().figureKey());
            assertThat(record.timestamp()).isEqualTo(PUBLISHED.toInstant().toEpochMilli());
            assertThat(record.value().articleId()).isEqualTo("a3");
            assertThat(record.value().outlet()).isEqualTo("DW");
            assertThat(record.value().published()).isEqualTo(PUBLISHED);
        });
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void claimIdsAreStableAcrossReplays() throws IOException {
        ArticleEvent article = article("a4", seed("004_9f1657411fcad977.txt"));
        articles.pipeInput(article.id(), Json.write(article));
        articles.pipeInput(article.id(), Json.write(article));
        var out = claims.readValuesToList();
        int perRun = out.size() / 2;
        assertThat(out).extracting(ClaimEvent::count).contains(10_000L, 8_000L);
        assertThat(out.subList(0, perRun)).extracting(ClaimEvent::claimId).doesNotHaveDuplicates()
                .containsExactlyElementsOf(out.subList(perRun, out.size()).stream().map(ClaimEvent::claimId).toList());
    }

    @Test
    void anArticleWithoutFiguresPublishesNothing() {
        articles.pipeInput("a0", Json.write(article("a0", "The summit ended without a statement.")));
        assertThat(claims.isEmpty()).isTrue();
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void poisonArticlesGoToTheDeadLetterTopicAndTheStreamGoesOn() throws IOException {
        articles.pipeInput("bad", "<html>not json</html>".getBytes(StandardCharsets.UTF_8));
        articles.pipeInput("newer", "{\"schemaVersion\": 9, \"id\": \"newer\"}".getBytes(StandardCharsets.UTF_8));
        ArticleEvent good = article("a3", seed("003_ce3c4f6a4555c1bb.txt"));
        articles.pipeInput(good.id(), Json.write(good));

        assertThat(dlq.readValuesToList()).extracting(DeadLetter::key, DeadLetter::reason, DeadLetter::stage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bad", "invalid-json", "enrich"),
                        org.assertj.core.groups.Tuple.tuple("newer", "unsupported-schema-version", "enrich"));
        assertThat(claims.readValuesToList()).hasSize(3);
    }
}
