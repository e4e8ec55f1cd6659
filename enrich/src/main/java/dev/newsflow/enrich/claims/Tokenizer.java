package dev.newsflow.enrich.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word, number and punctuation tokens with offsets.
 *
 * <p>Numbers keep their thousands separators ("12,000", "100 000", "1.5") so that a figure is one
 * token; a name with digits ("M23", "F-35") is one word; hyphens and possessive "'s" are tokens of their own so that "62-year-old" and "Russia's"
 * can be recognised by the lexicons. The same tokenizer reads the lexicon phrases, so both sides agree.
 */
public final class Tokenizer {

    /** Scale words, which a hyphen may join to the next figure of a range: "50 thousand-60 thousand". */
    private static final String SCALE = "(?:hundred|thousand|million|billion|lakh|crore)s?";

    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d,])"                    // 6,50,000: lakh grouping (South Asia)
            + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)"               // 12,000
            + "|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d])"        // 100 000
            + "|\\d{1,3}(?:, 000)+(?![\\d,])"                          // 10, 000: a typo, "000" counts no one
            + "|[1-9]\\d{0,2}(?:\\.\\d{3})+(?![\\d.])"                   // 15.000, 1.200.000: European grouping
            + "|\\d+(?:\\.\\d+)?"                                     // 15, 1.5
            + "|[’']s\\b"                                             // possessive
            // M23, G7, F-35, Su-34: a name, not a figure; but "50 thousand-60 thousand" is a range (and
            // "28-thousand-500" one figure, read by NumberParser)
            + "|(?!(?i:" + SCALE + "-\\d+\\s+" + SCALE + "))\\p{L}+-?\\d[\\p{L}\\d]*"
            + "|\\p{L}[\\p{L}\\p{M}]*(?:\\.(?=\\p{L}\\.))?"            // words (U.S. stays U. S.)
            + "|\\S");

    /** The hyphen (U+2010) and non-breaking hyphen (U+2011) some outlets print: read as "-". */
    private static final String HYPHENS = "\u2010\u2011";

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokens {@code [start, end)} as written, with a space where the text had whitespace. */
    public static String join(List<Token> tokens, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < end; k++) {
            if (k > start && !tokens.get(k).joined()) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }

    /** Tokens of {@code text[from, to)}, offsets into {@code text}. */
    public static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        int prevEnd = -1;
        while (m.find()) {
            String token = m.group().length() == 1 && HYPHENS.indexOf(m.group().charAt(0)) >= 0
                    ? "-" : m.group(); // "nine‑month" (U+2011) is "nine-month"
            out.add(new Token(token, m.start(), m.end(), m.start() == prevEnd));
            prevEnd = m.end();
        }
        return out;
    }
}
