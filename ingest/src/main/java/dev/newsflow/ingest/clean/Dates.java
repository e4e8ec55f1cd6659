package dev.newsflow.ingest.clean;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Lenient parsing of the date strings found in page metadata.
 *
 * <p>Pages write ISO-8601 in several dialects ({@code +0200} without colon, a space instead of
 * {@code T}, no offset, date only) and sometimes RFC 1123. A value without an offset is read as
 * UTC and a bare date as midnight UTC: a guess, but a stable one, so replays stay deterministic.
 */
public final class Dates {

    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2})");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile(" (?=[+-]\\d{2}:?\\d{2}$|Z$)");

    private Dates() {
    }

    /** Returns the parsed time, or {@code null} if the value is blank or not a date we know. */
    public static OffsetDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // not RFC 1123; try the ISO dialects
        }
        s = SPACE_BEFORE_TIME.matcher(s).replaceFirst("$1T$2");
        s = SPACE_BEFORE_OFFSET.matcher(s).replaceFirst("");
        if (s.contains("T")) {
            s = OFFSET_WITHOUT_COLON.matcher(s).replaceFirst("$1:$2");
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // no offset
        }
        try {
            return LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // no time
        }
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }
}
