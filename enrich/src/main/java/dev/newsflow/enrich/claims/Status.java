package dev.newsflow.enrich.claims;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What the troops did or will do; part of the figure key downstream, so "offered 100,000" and
 * "deployed 10,000" are tracked as different figures. Serialised in lower case as in the gold annotation.
 */
public enum Status {
    OFFERED, PLANNED, DEPLOYED, ARRIVED, KILLED, WOUNDED, KILLED_OR_WOUNDED, OTHER;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Killed, wounded or both: a count of casualties rather than of troops sent. */
    public boolean isCasualty() {
        return this == KILLED || this == WOUNDED || this == KILLED_OR_WOUNDED;
    }

    @JsonCreator
    public static Status fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
