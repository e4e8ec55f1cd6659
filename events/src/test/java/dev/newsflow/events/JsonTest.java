package dev.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.PayloadException;

class JsonTest {

    private static final ArticleEvent ARTICLE = new ArticleEvent(1, "a1", "https://example.org/a", null, "Example",
            "Title", null, OffsetDateTime.parse("2024-10-24T10:15:00+02:00"), "en", "Body.",
            Instant.parse("2026-01-01T00:00:00Z"), "archive:a.html", null);

    @Test
    void roundTripKeepsTheOffsetOfThePublicationTime() {
        byte[] bytes = Json.write(ARTICLE);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"published\":\"2024-10-24T10:15:00+02:00\"");
        assertThat(Json.read(bytes, ArticleEvent.class, 1)).isEqualTo(ARTICLE);
    }

    @Test
    void nullFieldsAreOmitted() {
        assertThat(Json.writeString(ARTICLE)).doesNotContain("byline").doesNotContain("canonicalUrl");
    }

    @Test
    void unknownFieldsFromANewerWriterAreIgnored() {
        String json = "{\"schemaVersion\":1,\"id\":\"a1\",\"text\":\"x\",\"addedLater\":42}";
        assertThat(Json.read(json.getBytes(StandardCharsets.UTF_8), ArticleEvent.class, 1).id()).isEqualTo("a1");
    }

    @Test
    void garbageIsRejectedWithAReason() {
        assertThatThrownBy(() -> Json.read("not json".getBytes(StandardCharsets.UTF_8), ArticleEvent.class, 1))
                .isInstanceOf(PayloadException.class)
                .extracting(e -> ((PayloadException) e).reason()).isEqualTo("invalid-json");
    }

    @Test
    void aNewerSchemaVersionIsRefusedRatherThanMisread() {
        byte[] json = "{\"schemaVersion\":2,\"id\":\"a1\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Json.read(json, ArticleEvent.class, 1))
                .extracting(e -> ((PayloadException) e).reason()).isEqualTo("unsupported-schema-version");
    }

    @Test
    void emptyValueIsRejected() {
        assertThatThrownBy(() -> Json.read(new byte[0], ArticleEvent.class, 1))
                .extracting(e -> ((PayloadException) e).reason()).isEqualTo("empty-payload");
    }

    @Test
    void deadLetterKeepsTextAsTextAndBinaryAsBase64() {
        DeadLetter text = DeadLetter.of("enrich", "t", 0, 1, "k", "invalid-json", "bad",
                "oops".getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        DeadLetter binary = DeadLetter.of("enrich", "t", 0, 1, "k", "invalid-json", "bad",
                new byte[] {(byte) 0xff, (byte) 0xfe}, Instant.EPOCH);
        assertThat(text.payload()).isEqualTo("oops");
        assertThat(text.payloadBase64()).isNull();
        assertThat(binary.payload()).isNull();
        assertThat(binary.payloadBase64()).isEqualTo("//4=");
    }
}
