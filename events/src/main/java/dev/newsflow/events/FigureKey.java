package dev.newsflow.events;

import java.util.Locale;

/**
 * The identity of a figure: whose troops, where, and in what state. Claims with the same key
 * speak about the same deployment, so the sink compares a new claim with the key's latest figure.
 * Written as {@code actor|theatre|statusClass}, e.g. {@code KP|RU/Kursk|present}.
 *
 * <p>Statuses fold into classes because outlets describe one fact with different verbs: an
 * offer and a plan are both a pledge; "deployed" and "arrived" both mean present.
 */
public final class FigureKey {

    static final String UNKNOWN = "?";
    static final String ANYWHERE = "*";

    private FigureKey() {
    }

    /** Builds the key; a missing actor is {@code ?} and a missing theatre {@code *}. */
    public static String of(String actorId, String theatre, String status) {
        return (isBlank(actorId) ? UNKNOWN : actorId) + "|"
                + (isBlank(theatre) ? ANYWHERE : theatre) + "|"
                + statusClass(status);
    }

    /**
     * The class a status belongs to: pledged (offered, planned), present (deployed, arrived),
     * killed, wounded, casualties (killed_or_wounded), or other.
     */
    public static String statusClass(String status) {
        if (status == null) {
            return "other";
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "offered", "planned" -> "pledged";
            case "deployed", "arrived" -> "present";
            case "killed" -> "killed";
            case "wounded" -> "wounded";
            case "killed_or_wounded" -> "casualties";
            default -> "other";
        };
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
