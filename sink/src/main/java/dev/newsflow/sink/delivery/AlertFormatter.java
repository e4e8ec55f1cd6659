package dev.newsflow.sink.delivery;

import java.text.NumberFormat;
import java.util.Locale;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.Provenance;

/**
 * Renders an alert as one line an editor can read at a glance: what changed, the figure with
 * its qualifier, whose troops, where, in what state, who says so, the outlet, the date and the
 * sentence it came from.
 */
public final class AlertFormatter {

    private static final String NONE = "–";

    private AlertFormatter() {
    }

    public static String line(AlertEvent alert) {
        String kind = alert.kind() == AlertEvent.Kind.REVISION && alert.previous() != null
                ? "REVISED " + number(alert.previous().count()) + " → " + number(alert.count())
                : "NEW";
        Provenance origin = alert.origin();
        return String.join(" | ",
                "[" + kind + "] " + figure(alert) + " " + orNone(alert.unit()),
                "actor " + orNone(alert.actor()),
                "location " + orNone(alert.location()),
                orNone(alert.status()) + (alert.hedged() ? " (hedged)" : ""),
                "source " + orNone(origin == null ? null : origin.source()),
                orNone(origin == null ? null : origin.outlet()),
                alert.firstSeen() == null ? NONE : alert.firstSeen().toLocalDate().toString(),
                "“" + orNone(origin == null ? null : origin.sentence()) + "”");
    }

    /** The figure with its qualifier in words: "about 3,000", "up to 12,000", "1,000–3,000". */
    static String figure(AlertEvent alert) {
        String q = alert.qualifier() == null ? "exact" : alert.qualifier();
        return switch (q) {
            case "approx" -> "about " + number(alert.count());
            case "up_to" -> "up to " + number(alert.count());
            case "at_least" -> "at least " + number(alert.count());
            case "more_than" -> "more than " + number(alert.count());
            case "range" -> number(alert.countLow()) + "–" + number(alert.countHigh());
            default -> number(alert.count());
        };
    }

    private static String number(Long value) {
        return value == null ? "?" : number(value.longValue());
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? NONE : s;
    }
}
