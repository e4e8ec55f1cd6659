package dev.newsflow.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import dev.newsflow.events.serde.Json;

/**
 * The contract of {@code newsflow.claims}, which carries two kinds of record: claims (no type
 * header) and enrich's watermarks (header {@code newsflow.type: watermark}, value a
 * {@link Watermark}). The header is the discriminator, so a reader can skip watermarks without
 * parsing them; every reader of the topic goes through {@link #read} or {@link #isWatermark}.
 */
public final class ClaimsTopic {

    /** Names the kind of a record that is not a claim. */
    public static final String TYPE_HEADER = "newsflow.type";
    /** {@link #TYPE_HEADER} value of a watermark record. */
    public static final String WATERMARK = "watermark";

    private ClaimsTopic() {
    }

    /** The headers a watermark record is written with. */
    public static Headers watermarkHeaders() {
        return new RecordHeaders().add(TYPE_HEADER, WATERMARK.getBytes(StandardCharsets.UTF_8));
    }

    public static boolean isWatermark(Headers headers) {
        Header type = headers == null ? null : headers.lastHeader(TYPE_HEADER);
        return type != null && type.value() != null
                && WATERMARK.equals(new String(type.value(), StandardCharsets.UTF_8));
    }

    /**
     * Reads one record of the topic as a claim or a watermark.
     *
     * @throws dev.newsflow.events.serde.PayloadException when the value is not a readable record of its kind
     */
    public static ClaimsRecord read(Headers headers, byte[] value) {
        return isWatermark(headers)
                ? Json.read(value, Watermark.class, Watermark.SCHEMA_VERSION)
                : Json.read(value, ClaimEvent.class, ClaimEvent.SCHEMA_VERSION);
    }
}
