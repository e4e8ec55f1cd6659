package dev.newsflow.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
import dev.newsflow.enrich.entities.EntityMention;
import dev.newsflow.enrich.entities.EntityRecognizer;
import dev.newsflow.enrich.entities.EntityType;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.Fingerprints;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.EntityTrend;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.JsonSerde;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.streams.StreamsSettings;

class EnrichTopologyTest {

    private static final ClaimEvents CLAIM_EVENTS = new ClaimEvents(ClaimExtractor.withDefaultRules());
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-10-24T09:30:00+02:00");

    /** A tiny deterministic recogniser: fixed strings, linked or not. */
    private static final EntityRecognizer TINY = text -> {
        List<EntityMention> out = new ArrayList<>();
        String[][] known = {{"North Korea", "LOCATION", "KP", "North Korea"}, {"Pyongyang", "LOCATION", "KP", "North Korea"},
                {"NIS", "ORGANIZATION", null, null}};
        for (String[] k : known) {
            for (int i = text.indexOf(k[0]); i >= 0; i = text.indexOf(k[0], i + 1)) {
                out.add(new EntityMention(k[0], EntityType.valueOf(k[1]), i, i + k[0].length(), k[2], k[3]));
            }
        }
        out.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return out;
    };

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> articles;
    private TestOutputTopic<String, ClaimEvent> claims;
    private TestOutputTopic<String, DeadLetter> dlq;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, EntityTrend> trends;

    @BeforeEach
    void start(@TempDir Path stateDir) {
        driver = new TopologyTestDriver(EnrichTopology.build(CLAIM_EVENTS, TINY),
                StreamsSettings.of("enrich-test", "unused:9092", Map.of("state.dir", stateDir.toString())));
        articles = driver.createInputTopic(Topics.ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
        claims = driver.createOutputTopic(Topics.CLAIMS.name(), new StringDeserializer(),
                new JsonSerde<>(ClaimEvent.class, 1).deserializer());
        dlq = driver.createOutputTopic(Topics.DLQ.name(), new StringDeserializer(),
                new JsonSerde<>(DeadLetter.class, 1).deserializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED.name(), new StringDeserializer(),
                new JsonSerde<>(EnrichedArticle.class, 1).deserializer());
        trends = driver.createOutputTopic(Topics.ENTITY_TRENDS.name(), new StringDeserializer(),
                new JsonSerde<>(EntityTrend.class, 1).deserializer());
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
    void anArticlesFiguresAreReadAsOfTheYearItWasPublished() {
        String text = "In 2019, the United States had 5,000 troops stationed in Iraq.";
        publish("then", text, Instant.parse("2020-03-01T00:00:00Z"));
        publish("later", text, Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(claims.readValuesToList()).extracting(ClaimEvent::articleId, ClaimEvent::status)
                .containsExactly(tuple("then", "deployed"), tuple("later", "other"));
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

    @Test
    void eachArticleIsPublishedWithItsEntitiesAndClaimsKeyedByArticleId() throws IOException {
        ArticleEvent article = article("a3", seed("003_ce3c4f6a4555c1bb.txt"));
        articles.pipeInput(article.id(), Json.write(article), PUBLISHED.toInstant());

        var out = enriched.readRecordsToList();
        assertThat(out).hasSize(1);
        var record = out.get(0);
        assertThat(record.key()).isEqualTo("a3");
        assertThat(record.timestamp()).isEqualTo(PUBLISHED.toInstant().toEpochMilli());
        EnrichedArticle e = record.value();
        assertThat(e.schemaVersion()).isEqualTo(EnrichedArticle.SCHEMA_VERSION);
        assertThat(e.articleId()).isEqualTo("a3");
        assertThat(e.url()).isEqualTo("https://dw.example/a3");
        assertThat(e.outlet()).isEqualTo("DW");
        assertThat(e.published()).isEqualTo(PUBLISHED);
        assertThat(e.title()).isEqualTo("How North Korea is changing the war");
        assertThat(e.claims()).containsExactlyElementsOf(claims.readValuesToList());
        assertThat(e.entities()).first().satisfies(m -> {
            assertThat(m.inTitle()).isTrue();
            assertThat(m.text()).isEqualTo("North Korea");
            assertThat(e.title().substring(m.start(), m.end())).isEqualTo("North Korea");
        });
        assertThat(e.entities()).filteredOn(m -> !m.inTitle()).isNotEmpty().allSatisfy(m ->
                assertThat(article.text().substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(e.entities()).extracting(EnrichedArticle.Entity::canonicalId).contains("KP", (String) null);
    }

    @Test
    void entityMentionsAreCountedPerHourOfPublicationTimeKeyedByEntity() {
        Instant nine = Instant.parse("2024-10-24T09:00:00Z");
        publish("t1", "North Korea and Pyongyang.", nine.plusSeconds(60));          // KP twice
        publish("t2", "The NIS said North Korea moved.", nine.plusSeconds(1800));  // KP, text:nis
        publish("t3", "North Korea again.", nine.plusSeconds(3600 + 5));           // next hour
        publish("t4", "Late: Pyongyang.", nine.plusSeconds(120));                  // late, within grace

        Map<String, EntityTrend> latest = new java.util.LinkedHashMap<>();
        for (var r : trends.readRecordsToList()) {
            assertThat(r.key()).isEqualTo(r.value().entityId());
            latest.put(r.key() + "@" + r.value().windowStart(), r.value());
        }
        EntityTrend kpNine = latest.get("KP@" + nine);
        assertThat(kpNine.count()).isEqualTo(4);
        assertThat(kpNine.name()).isEqualTo("North Korea");
        assertThat(kpNine.type()).isEqualTo("LOCATION");
        assertThat(kpNine.windowEnd()).isEqualTo(nine.plusSeconds(3600));
        assertThat(latest.get("KP@" + nine.plusSeconds(3600)).count()).isEqualTo(1);
        EntityTrend nis = latest.get("text:nis@" + nine);
        assertThat(nis.count()).isEqualTo(1);
        assertThat(nis.name()).isEqualTo("NIS");
    }

    @Test
    void articlesLaterThanTheGracePeriodNoLongerChangeAnHour() {
        Instant nine = Instant.parse("2024-10-24T09:00:00Z");
        publish("t1", "North Korea.", nine.plusSeconds(60));
        publish("t2", "Pyongyang.", nine.plus(EnrichTopology.TREND_GRACE).plusSeconds(2 * 3600));
        trends.readRecordsToList();
        publish("t3", "North Korea, too late.", nine.plusSeconds(120));
        assertThat(trends.readValuesToList()).noneMatch(t -> t.windowStart().equals(nine));
    }

    private void publish(String id, String text, Instant published) {
        ArticleEvent a = new ArticleEvent(1, id, "https://x.example/" + id, null, "X", null, null,
                published.atOffset(java.time.ZoneOffset.UTC), "en", text, published, "test", null);
        articles.pipeInput(id, Json.write(a), published);
    }
}
