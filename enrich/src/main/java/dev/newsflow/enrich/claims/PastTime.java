package dev.newsflow.enrich.claims;

import java.util.List;
import java.util.Set;

/**
 * Tells a figure of a time that has passed ("In 1990 the United States still had more than 200,000 soldiers
 * stationed in Germany", "At the height of the war there were about 118,000 Soviet troops in Afghanistan") from
 * one of the article's present: a past deployment that has ended is no deployment now (status other).
 *
 * <p>A sentence is set in the past when it names a past moment (past-time.txt: "at the height of", "at one
 * time", "as late as", "ten years ago") or a year well before the article's own, in a time phrase ("in 1986",
 * "during 1996", "by May 1952", a heading's "December 1968:"; not "since 1999", which lasts until now). An
 * article without a date says when it was written by the latest year it names, outside deadlines ("by 2035").
 * Any word of the present or the future ("currently", "is", "has", "will") between the figures on either side of
 * a figure keeps that figure in the present. (A figure right after "a peak of" is a past size whatever the rest of
 * the sentence says: figure-context.rules' PAST_PEAK.)
 */
final class PastTime {

    /** Years at least this far before the article's latest are past. */
    private static final int PAST_YEARS = 2;
    /** No year is known. */
    static final int UNKNOWN = Integer.MIN_VALUE;

    /** Words before a year that make it a time phrase: "in", "during", "by", "late", "summer". */
    private static final Set<String> YEAR_PREPOSITIONS = LexiconFile.wordClass("past-time.year-prepositions");
    /** Words before a year that make it a deadline, not the article's present: "by 2035", "until 2030". */
    private static final Set<String> DEADLINES = LexiconFile.wordClass("past-time.deadlines");
    /** Most words from a deadline's preposition to its year: "by the end of 2030". */
    private static final int DEADLINE_REACH = 4;
    /** Words of the present or future that keep a sentence out of the past: "currently", "has", "will". */
    private static final Set<String> PRESENT = LexiconFile.wordClass("past-time.present");
    /** Words between a time phrase's preposition and its year: a month, a day, a comma. */
    private static final Set<String> MONTHS = LexiconFile.words("calendar.tsv", "month");

    private final PhraseMatcher<Boolean> moments = PhraseMatcher.ofWords("past-time.txt");

    /** The latest year the sentences name outside a deadline, or {@link #UNKNOWN}: the article's present. */
    int referenceYear(List<Sentence> sentences) {
        int latest = UNKNOWN;
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).isYear() && !decade(tokens, k) && !deadline(tokens, k)) {
                    latest = Math.max(latest, Integer.parseInt(tokens.get(k).text()));
                }
            }
        }
        return latest;
    }

    /** Whether the year at {@code k} names a decade, no moment: "the early 2030s". */
    private static boolean decade(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k + 1).joined() && tokens.get(k + 1).norm().equals("s");
    }

    /** Whether the year at {@code k} closes a deadline: "by 2035", "by the end of 2030", "until March 2027". */
    private static boolean deadline(List<Token> tokens, int k) {
        for (int p = k - 1; p >= Math.max(0, k - DEADLINE_REACH); p--) {
            if (DEADLINES.contains(tokens.get(p).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a deadline later than the article's present closes the clause after the figure: "to prepare 100,000
     * reservists by 2027", "rising to 10,000 by 2030", "to grow the force to 69,000 by the early 2030s". The figure
     * is a size still to be reached.
     *
     * @param from the token after the figure
     * @param to   the end of the figure's clause
     */
    boolean futureDeadline(List<Token> tokens, int from, int to, int referenceYear) {
        if (referenceYear == UNKNOWN) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isYear() && deadline(tokens, k)) {
                return Integer.parseInt(t.text()) > referenceYear; // "by 2027", "by the early 2030s"
            }
            if (t.isDigits() && !t.isYear()) {
                return false; // "from around 5,000 now to 7,500 by 2026": the deadline is the next figure's
            }
        }
        return false;
    }

    /**
     * Whether the sentence counts the troops of the figure at {@code [from, to)} at a time that has passed: a past
     * moment anywhere in it, and no word of the present or future between the figures on either side of this one
     * (or a semicolon): "In 1999 the force was 33,000, in 2002 16,000 and by June 2004 the force will be 7,000" sets
     * the first in the past and the last in the future. (Ending the span at "and" or "but" too lost more lines than it
     * mended.)
     *
     * @param referenceYear the article's present, or {@link #UNKNOWN}
     */
    boolean past(List<Token> tokens, int from, int to, int referenceYear) {
        int start = from;
        while (start > 0 && !figureOrClauseEnd(tokens.get(start - 1))) {
            start--;
        }
        int end = to;
        while (end < tokens.size() && !figureOrClauseEnd(tokens.get(end))) {
            end++;
        }
        boolean pastMoment = false;
        for (int k = 0; k < tokens.size(); k++) {
            if (k >= start && k < end && PRESENT.contains(tokens.get(k).norm())) {
                return false;
            }
            pastMoment |= moments.matchAt(tokens, k) != null || pastYear(tokens, k, referenceYear);
        }
        return pastMoment;
    }

    /** Another figure (digits that are no year) or a semicolon: where the words about one figure end. */
    private static boolean figureOrClauseEnd(Token t) {
        return t.isDigits() && !t.isYear() || t.norm().equals(";");
    }

    /** Whether token {@code k} is a year in a time phrase, {@link #PAST_YEARS} or more before the present. */
    private static boolean pastYear(List<Token> tokens, int k, int referenceYear) {
        if (referenceYear == UNKNOWN || !tokens.get(k).isYear()
                || Integer.parseInt(tokens.get(k).text()) > referenceYear - PAST_YEARS) {
            return false;
        }
        int p = k - 1;
        while (p >= 0 && (MONTHS.contains(tokens.get(p).norm()) || tokens.get(p).norm().equals(",")
                || tokens.get(p).isDigits() && tokens.get(p).text().length() <= 2)) {
            p--;
        }
        // "December 1968: US Troop Numbers in Vietnam Reach Approximately 540,000": a dated heading
        boolean heading = p < 0 && k + 1 < tokens.size() && tokens.get(k + 1).norm().equals(":");
        return heading || p >= 0 && YEAR_PREPOSITIONS.contains(tokens.get(p).norm());
    }
}
