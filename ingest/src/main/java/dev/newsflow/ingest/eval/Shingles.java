package dev.newsflow.ingest.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's text comparison: tokens are the runs of word characters
 * (Python's {@code \w+} with Unicode on: letters, numbers, underscore; case kept), and a text is
 * the multiset of its 4-token shingles. A text of fewer than four tokens is one shingle of all of
 * them, as in the benchmark's {@code evaluate.py}; an empty text has no shingles.
 */
public final class Shingles {

    /** Shingle length used by the benchmark. */
    public static final int N = 4;

    /** True positive, false positive and false negative shingle counts for one page. */
    public record Match(long tp, long fp, long fn) {

        /** Precision as the benchmark defines it (1 when both texts are empty). */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        /** Recall as the benchmark defines it (1 when both texts are empty). */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : (double) tp / (tp + fn);
        }
    }

    private Shingles() {
    }

    /** Word tokens of {@code text} in order (null is empty). */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWord(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Python's {@code str.isalnum() or '_'}: letters, decimal digits and other numeric characters. */
    static boolean isWord(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Multiset of the {@link #N}-token shingles of {@code text}. */
    public static Map<List<String>, Integer> of(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                out.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Multiset overlap of the shingles of {@code truth} and {@code predicted}. */
    public static Match match(String truth, String predicted) {
        Map<List<String>, Integer> t = of(truth);
        Map<List<String>, Integer> p = of(predicted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        return new Match(tp, fp, fn);
    }
}
