package dev.newsflow.sink;

import java.time.OffsetDateTime;

import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.FigureKey;

/** Builds claim events for tests: only what a test varies is a parameter. */
public final class Claims {

    private Claims() {
    }

    public static ClaimEvent claim(String id, long count, String theatre, String status, String outlet) {
        return claim(id, count, theatre, status, outlet, false);
    }

    public static ClaimEvent claim(String id, long count, String theatre, String status, String outlet,
                                   boolean vague) {
        return new ClaimEvent(ClaimEvent.SCHEMA_VERSION, id, FigureKey.of("KP", theatre, status), "article-" + id,
                "https://" + outlet + "/a/" + id, outlet, OffsetDateTime.parse("2024-10-24T12:00:00Z"),
                String.format("%,d", count), count, null, null, "exact", "soldiers", "KP", "North Korea",
                theatre, theatre, status, "NIS", "About " + count + " soldiers.", 0, 20, false, vague);
    }
}
