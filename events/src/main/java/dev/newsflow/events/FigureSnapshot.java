package dev.newsflow.events;

import java.time.OffsetDateTime;

/** A figure as it stood: the count with its bounds and qualifier, and when it first appeared. */
public record FigureSnapshot(long count, Long countLow, Long countHigh, String qualifier, OffsetDateTime firstSeen) {

    public static FigureSnapshot of(ClaimEvent claim) {
        return new FigureSnapshot(claim.count(), claim.countLow(), claim.countHigh(), claim.qualifier(),
                claim.published());
    }
}
