package dev.newsflow.sink.figures;

import java.time.OffsetDateTime;

import dev.newsflow.events.Payload;

/**
 * What the sink remembers about one figure key: its latest figure and how often outlets have
 * repeated it. Kept in a state store (backed by a changelog topic), so a restart resumes with the
 * same knowledge and raises no alert twice.
 *
 * @param count        the latest figure
 * @param firstSeen    event time the latest figure first appeared
 * @param lastClaimId  the claim that set or last repeated it
 * @param repeats      claims that repeated the latest figure after it first appeared
 */
public record FigureState(
        int schemaVersion,
        String figureKey,
        long count,
        Long countLow,
        Long countHigh,
        String qualifier,
        OffsetDateTime firstSeen,
        String lastClaimId,
        int repeats) implements Payload {

    public static final int SCHEMA_VERSION = 1;
}
