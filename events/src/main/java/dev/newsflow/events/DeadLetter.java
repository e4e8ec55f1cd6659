package dev.newsflow.events;

import java.time.Instant;

/**
 * A record a stage could not process, on {@code newsflow.dlq}, with where it came from and why,
 * so that bad input is never dropped silently and can be replayed once the cause is fixed.
 *
 * @param stage         the service that gave up: ingest, enrich or sink
 * @param sourceTopic   topic the record was read from, or the input path for ingest
 * @param partition     source partition, -1 when not from a topic
 * @param offset        source offset, -1 when not from a topic
 * @param key           source record key
 * @param reason        short stable code, e.g. {@code invalid-json}, {@code unreadable-html}
 * @param error         human-readable explanation
 * @param payload       the original value as text when it is valid UTF-8
 * @param payloadBase64 the original value in base64 when it is not
 * @param failedAt      when the stage gave up
 */
public record DeadLetter(
        int schemaVersion,
        String stage,
        String sourceTopic,
        int partition,
        long offset,
        String key,
        String reason,
        String error,
        String payload,
        String payloadBase64,
        Instant failedAt) implements Payload {

    public static final int SCHEMA_VERSION = 1;

    /** Builds a dead letter, keeping the original bytes as text when they decode as UTF-8, else base64. */
    public static DeadLetter of(String stage, String sourceTopic, int partition, long offset, String key,
                                String reason, String error, byte[] original, Instant failedAt) {
        String text = null;
        String base64 = null;
        if (original != null) {
            text = Utf8.decodeStrict(original);
            if (text == null) {
                base64 = java.util.Base64.getEncoder().encodeToString(original);
            }
        }
        return new DeadLetter(SCHEMA_VERSION, stage, sourceTopic, partition, offset, key, reason, error,
                text, base64, failedAt);
    }
}
