package dev.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.newsflow.events.schema.JsonSchemas;
import dev.newsflow.events.topics.Topics;

/**
 * The shipped schemas equal what the payload records generate. After changing a payload, run
 * {@code NEWSFLOW_WRITE_SCHEMAS=1 ./mvnw -pl events test -Dtest=JsonSchemasTest} to rewrite them.
 */
class JsonSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path SHIPPED = Path.of("src", "main", "resources", "schemas");

    @Test
    void everyTopicHasAShippedSchemaEqualToTheGeneratedOne() throws IOException {
        boolean write = "1".equals(System.getenv("NEWSFLOW_WRITE_SCHEMAS"));
        assertThat(JsonSchemas.PAYLOADS.keySet()).containsAll(
                Topics.all().stream().map(t -> t.name()).toList());
        Map<Class<? extends Payload>, String> shipped = new LinkedHashMap<>(JsonSchemas.IN_BAND);
        JsonSchemas.PAYLOADS.forEach((topic, payload) -> shipped.put(payload, topic));
        for (var entry : shipped.entrySet()) {
            JsonNode generated = JsonSchemas.schema(entry.getValue(), entry.getKey());
            String file = JsonSchemas.fileName(entry.getKey());
            if (write) {
                Files.writeString(SHIPPED.resolve(file), MAPPER.writeValueAsString(generated) + "\n");
            }
            assertThat(MAPPER.readTree(Files.readString(SHIPPED.resolve(file), StandardCharsets.UTF_8)))
                    .as(file + " matches " + entry.getKey().getSimpleName()).isEqualTo(generated);
            if (!write) {
                try (InputStream in = JsonSchemas.class.getResourceAsStream("/schemas/" + file)) {
                    assertThat(in).as("schemas/" + file + " is on the class path").isNotNull();
                }
            }
        }
    }

    @Test
    void anAlertHasEveryFieldAnEditorsToolNeeds() {
        JsonNode properties = JsonSchemas.schema("newsflow.alerts", AlertEvent.class).get("properties");
        assertThat(properties.has("kind")).isTrue();
        assertThat(properties.get("kind").get("enum").toString()).contains("NEW_FIGURE", "REVISION");
        assertThat(properties.get("firstSeen").get("format").asText()).isEqualTo("date-time");
        assertThat(properties.get("provenance").get("items").get("properties").has("sentence")).isTrue();
    }
}
