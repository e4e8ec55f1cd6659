package dev.newsflow.events;

import java.time.OffsetDateTime;

/**
 * What an editor is alerted to, on {@code newsflow.alerts}: a figure that is new for its key, or
 * one that revises the key's latest figure. Carries the claim that raised it so the alert can be
 * read on its own.
 *
 * @param alertId       deterministic (figure key + count + claim id), so a receiver can drop duplicates
 * @param kind          {@link Kind#NEW_FIGURE} or {@link Kind#REVISION}
 * @param previousCount the key's figure before this one, for revisions
 * @param firstSeen     event time of the claim that raised the alert (its article's publication time)
 */
public record AlertEvent(
        int schemaVersion,
        String alertId,
        Kind kind,
        String figureKey,
        long count,
        Long countLow,
        Long countHigh,
        String qualifier,
        String unit,
        String actorId,
        String actor,
        String location,
        String theatre,
        String status,
        Long previousCount,
        OffsetDateTime firstSeen,
        String source,
        String outlet,
        String articleUrl,
        String articleId,
        String claimId,
        String sentence,
        boolean hedged) implements Payload {

    public static final int SCHEMA_VERSION = 1;

    /** Why the alert fired. */
    public enum Kind {
        /** Nothing was known for the figure key. */
        NEW_FIGURE,
        /** The figure changes the key's latest known figure. */
        REVISION
    }
}
