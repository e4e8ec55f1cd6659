package dev.newsflow.events;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What an editor is alerted to, on {@code newsflow.alerts}, keyed by figure key: a figure that is
 * new for its key, or one that revises the key's latest figure. Self-contained: it carries the
 * figure, what it replaces and where it was read.
 *
 * @param alertId       deterministic (figure key + count + claim id): receivers drop duplicates by it
 * @param kind          {@link Kind#NEW_FIGURE} or {@link Kind#REVISION}
 * @param firstSeen     event time of the claim that raised the alert (its article's publication time)
 * @param previous      the key's figure before this one, for revisions
 * @param change        count minus the previous count, for revisions
 * @param changePercent the change relative to the previous count, for revisions
 * @param provenance    the claim(s) that raised it
 */
@JsonInclude(JsonInclude.Include.ALWAYS) // a stable shape for dashboards: absent values are explicit nulls
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
        boolean hedged,
        OffsetDateTime firstSeen,
        FigureSnapshot previous,
        Long change,
        Double changePercent,
        List<Provenance> provenance) implements Payload {

    public static final int SCHEMA_VERSION = 1;

    /** Why the alert fired. */
    public enum Kind {
        /** Nothing was known for the figure key. */
        NEW_FIGURE,
        /** The figure changes the key's latest known figure. */
        REVISION
    }

    /** The provenance entry of the claim that raised the alert. */
    public Provenance origin() {
        return provenance == null || provenance.isEmpty() ? null : provenance.get(0);
    }
}
