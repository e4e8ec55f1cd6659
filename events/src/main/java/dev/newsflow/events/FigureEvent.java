package dev.newsflow.events;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The current figure for one figure key, on the compacted {@code newsflow.figures} topic: a table
 * a dashboard can load to show every known deployment without replaying alerts.
 *
 * @param figure      the latest figure
 * @param lastSeen    event time of the newest claim that stated or corroborated it
 * @param sourceCount independent outlets/sources that stated it (syndicated copies count once)
 * @param provenance  the claims that stated it, newest last (the first few and the latest kept)
 * @param lastAlertId the alert that set the figure
 */
@JsonInclude(JsonInclude.Include.ALWAYS) // a stable shape for dashboards: absent values are explicit nulls
public record FigureEvent(
        int schemaVersion,
        String figureKey,
        FigureSnapshot figure,
        String unit,
        String actorId,
        String actor,
        String location,
        String theatre,
        String status,
        boolean hedged,
        OffsetDateTime lastSeen,
        int sourceCount,
        List<Provenance> provenance,
        String lastAlertId) implements Payload {

    public static final int SCHEMA_VERSION = 1;
}
