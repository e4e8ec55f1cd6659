package dev.newsflow.enrich.claims;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a figure bounds the real number: the newsroom treats "up to 12,000" and "12,000" differently.
 * Serialised in lower case ({@code up_to}) as in the gold annotation.
 */
public enum Qualifier {
    EXACT, APPROX, UP_TO, AT_LEAST, MORE_THAN, RANGE;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Qualifier fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
