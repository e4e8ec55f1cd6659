package dev.newsflow.enrich.claims;

import java.util.Locale;

/**
 * One token of a sentence with its character offsets into the analysed text.
 *
 * <p>Every rule in this package matches token sequences rather than raw characters, so that the
 * lexicons can be phrase lists (and later TokensRegex rules over CoreNLP tokens) instead of regexes.
 *
 * @param text      the token as written
 * @param start     offset of the first character
 * @param end       offset after the last character
 * @param joined    true when no whitespace separates this token from the previous one ("62-year")
 */
public record Token(String text, int start, int end, boolean joined) {

    /** Lower-cased form with curly quotes and apostrophes folded, used for all lexicon look-ups. */
    public String norm() {
        return normalise(text);
    }

    /** Starts with an ASCII digit, as the tokenizer's numbers do (a full-width "１" is no figure). */
    public boolean isDigits() {
        return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
    }

    /** A bare four-digit year, 1900–2099 ("in 2008"): a date, not a count. */
    public boolean isYear() {
        return text.length() == 4 && (text.startsWith("19") || text.startsWith("20"))
                && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.charAt(0));
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** A quotation mark of any style. */
    public boolean isQuote() {
        return text.length() == 1 && "\"“”‘’'«»„".indexOf(text.charAt(0)) >= 0;
    }

    /** The last word of a phrase, normalised: the head of "North Korean troops" is "troops". */
    static String lastWord(String phrase) {
        return normalise(phrase.substring(phrase.lastIndexOf(' ') + 1));
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'')
                .replace('“', '"').replace('”', '"').replace('„', '"');
    }
}
