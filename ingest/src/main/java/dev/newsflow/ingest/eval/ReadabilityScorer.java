package dev.newsflow.ingest.eval;

import dev.newsflow.ingest.clean.Dates;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Scores cleaned pages against Mozilla Readability's test pages: title, byline and published
 * time against {@code expected-metadata.json}, body text against the text of {@code expected.html}.
 *
 * <p>Metadata fields count as matched when both sides are absent or when they agree:
 * <em>exactly</em> (same string after trimming) or <em>normalised</em> (same after Unicode NFKC,
 * case folding, and collapsing every run of non-word characters to one space; for times, the same
 * instant). Body text uses the benchmark's shingle precision/recall ({@link AebScorer}).
 */
public final class ReadabilityScorer {

    /** Match counts for one metadata field. */
    public record Field(int pages, int exact, int normalised) {

        public double exactRate() {
            return pages == 0 ? 0 : (double) exact / pages;
        }

        public double normalisedRate() {
            return pages == 0 ? 0 : (double) normalised / pages;
        }
    }

    /** Corpus figures. */
    public record Result(Field title, Field byline, Field published, AebScorer.Result body) {
    }

    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern HAS_OFFSET = Pattern.compile("(Z|[+-]\\d{2}:?\\d{2})$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final int[] title = new int[3];
    private final int[] byline = new int[3];
    private final int[] published = new int[3];
    private final AebScorer body = new AebScorer();

    /** Scores one page; expected values may be null (the page has none). */
    public void add(String id, String expectedTitle, String title, String expectedByline, String byline,
                    String expectedPublished, OffsetDateTime published, String expectedText, String text) {
        tally(this.title, expectedTitle, title);
        tally(this.byline, expectedByline, byline);
        String publishedIso = published == null ? null : published.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        this.published[0]++;
        if (blank(expectedPublished) && published == null) {
            this.published[1]++;
            this.published[2]++;
        } else if (!blank(expectedPublished) && published != null) {
            if (expectedPublished.strip().equals(publishedIso)) {
                this.published[1]++;
            }
            if (sameTime(expectedPublished.strip(), published)) {
                this.published[2]++;
            }
        }
        body.add(id, expectedText, text);
    }

    /** Figures over every page added. */
    public Result result() {
        return new Result(field(title), field(byline), field(published), body.result());
    }

    /** Per-page body scores. */
    public AebScorer bodyScorer() {
        return body;
    }

    /** Case- and punctuation-insensitive form used for the normalised match. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(n).replaceAll(" ").strip();
    }

    private static void tally(int[] counts, String expected, String actual) {
        counts[0]++;
        if (blank(expected) && blank(actual)) {
            counts[1]++;
            counts[2]++;
            return;
        }
        if (blank(expected) || blank(actual)) {
            return;
        }
        if (Objects.equals(expected.strip(), actual.strip())) {
            counts[1]++;
        }
        if (normalise(expected).equals(normalise(actual))) {
            counts[2]++;
        }
    }

    /** Same instant; a date-only or offset-less expectation is compared as written (date, local time). */
    static boolean sameTime(String expected, OffsetDateTime actual) {
        OffsetDateTime e = Dates.parse(expected);
        if (e == null) {
            return false;
        }
        if (DATE_ONLY.matcher(expected).matches()) {
            return e.toLocalDate().equals(actual.toLocalDate());
        }
        if (!HAS_OFFSET.matcher(expected).find()) {
            return e.toLocalDateTime().withNano(0).equals(actual.toLocalDateTime().withNano(0));
        }
        return e.toInstant().equals(actual.toInstant());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Field field(int[] c) {
        return new Field(c[0], c[1], c[2]);
    }
}
