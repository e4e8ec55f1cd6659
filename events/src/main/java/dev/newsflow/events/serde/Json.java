package dev.newsflow.events.serde;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.newsflow.events.Payload;

/**
 * The one JSON configuration every topic uses: ISO-8601 times that keep their offset, unknown
 * fields ignored (so an older reader survives a newer writer that added fields), nulls omitted.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {
    }

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static String writeString(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads one payload and checks its schema version.
     *
     * @throws PayloadException with a short reason when the bytes are not a readable payload of this type
     */
    public static <T extends Payload> T read(byte[] bytes, Class<T> type, int maxSchemaVersion) {
        if (bytes == null || bytes.length == 0) {
            throw new PayloadException("empty-payload", "record has no value");
        }
        T value;
        try {
            value = MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new PayloadException("invalid-json",
                    "not a " + type.getSimpleName() + ": " + firstLine(e.getMessage()), e);
        }
        if (value == null) {
            throw new PayloadException("empty-payload", "record value is JSON null");
        }
        if (value.schemaVersion() < 1 || value.schemaVersion() > maxSchemaVersion) {
            throw new PayloadException("unsupported-schema-version", type.getSimpleName() + " schemaVersion "
                    + value.schemaVersion() + " (this reader knows 1.." + maxSchemaVersion + ")");
        }
        return value;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
