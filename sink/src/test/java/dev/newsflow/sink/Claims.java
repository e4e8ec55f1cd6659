package dev.newsflow.sink;

import java.time.OffsetDateTime;

import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.FigureKey;
import dev.newsflow.events.Fingerprints;

/** Builds claim events for tests: only what a test varies is a parameter. */
public final class Claims {

    public static final OffsetDateTime T0 = OffsetDateTime.parse("2024-10-24T12:00:00Z");

    private final String id;
    private long count;
    private String theatre;
    private String status = "deployed";
    private String outlet = "a.example";
    private String story;
    private OffsetDateTime published = T0;
    private boolean vague;

    private Claims(String id, long count) {
        this.id = id;
        this.count = count;
        this.story = "Story " + id + " about North Korean troops in Russia and what officials said about them";
    }

    public static Claims claim(String id, long count) {
        return new Claims(id, count);
    }

    public Claims in(String theatre) {
        this.theatre = theatre;
        return this;
    }

    public Claims status(String status) {
        this.status = status;
        return this;
    }

    public Claims outlet(String outlet) {
        this.outlet = outlet;
        return this;
    }

    /** The article's text, from which its fingerprint is made; the same text means a syndicated copy. */
    public Claims story(String text) {
        this.story = text;
        return this;
    }

    public Claims daysLater(int days) {
        this.published = T0.plusDays(days);
        return this;
    }

    public Claims vague() {
        this.vague = true;
        return this;
    }

    public ClaimEvent build() {
        return new ClaimEvent(ClaimEvent.SCHEMA_VERSION, id, FigureKey.of("KP", theatre, status), "article-" + id,
                "https://" + outlet + "/a/" + id, outlet, published, String.format("%,d", count), count, null, null,
                "exact", "soldiers", "KP", "North Korea", theatre, theatre, status, "NIS",
                "About " + count + " soldiers.", 0, 20, false, vague, Fingerprints.minHash(story));
    }
}
