package dev.newsflow.events;

import java.time.Instant;

/**
 * Mentions of one entity in one hour of publication time, on {@code newsflow.entity-trends}, keyed by
 * {@link #entityId()}. The count is updated as articles arrive: each record carries the window's count
 * so far, and the last record for an (entity, window start) pair is its count. Articles published more
 * than the grace period after a window's end no longer change it.
 *
 * @param entityId    canonical id (e.g. {@code KP}, {@code org:NATO}), or {@code text:<lower-cased mention>}
 *                    for an entity the recogniser did not link
 * @param name        display name (canonical name, else the mention as first seen in the window)
 * @param type        PERSON, ORGANIZATION, LOCATION or MISC (as first seen in the window)
 * @param windowStart start of the hour (inclusive)
 * @param windowEnd   end of the hour (exclusive)
 * @param count       mentions in articles published in the window
 */
public record EntityTrend(
        int schemaVersion,
        String entityId,
        String name,
        String type,
        Instant windowStart,
        Instant windowEnd,
        long count) implements Payload {

    public static final int SCHEMA_VERSION = 1;
}
