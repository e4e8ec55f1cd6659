package dev.newsflow.enrich.claims;

/**
 * A cardinal figure found in a sentence, with its qualifier, before deciding whether it counts troops.
 *
 * @param qualifierStart token index where the qualifier starts ("up to"), or {@code start} if none
 * @param start          token index of the first token of the figure
 * @param end            token index after the last token of the figure
 * @param text           the figure as written
 * @param count          the value as written (the lower bound of a range)
 * @param low            lower bound, for at_least / more_than / range
 * @param high           upper bound, for up_to / range
 * @param kind           what the figure is, as far as the figure itself tells
 */
public record NumberMention(int qualifierStart, int start, int end, String text, long count,
                            Long low, Long high, Qualifier qualifier, boolean vague, Kind kind) {

    /**
     * What the figure's own tokens show it to be. Only CARDINAL can count troops: money, years,
     * compound modifiers ("62-year-old"), ordinals ("1st"), selections ("one of the officers"), the terms of a
     * ratio ("one in three men"), codes (a date "25/1/2024", a designation "unit 06705") and words that digits
     * in brackets restate (the "two" of "two (2) terrorists", which are counted once, by the digits) cannot.
     */
    public enum Kind { CARDINAL, MONEY, YEAR, COMPOUND_MODIFIER, ORDINAL, SELECTION, RATIO, CODE, RESTATED }
}
