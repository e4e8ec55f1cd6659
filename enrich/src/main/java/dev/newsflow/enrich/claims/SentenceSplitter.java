package dev.newsflow.enrich.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits article text into paragraphs (blank lines) and sentences.
 *
 * <p>Cleaned web articles carry headings and sub-headings as lines without final punctuation
 * ("Kim offered 100,000 “volunteer” soldiers"), and these carry claims too. So a single line break
 * also ends a sentence unless the next line starts in lower case (a wrapped line). Inside a line a
 * sentence ends at . ! or ? (plus closing quotes or brackets) followed by space, except after a known
 * abbreviation (abbreviations.txt) or a single initial.
 */
public final class SentenceSplitter {

    private final Set<String> abbreviations;

    public SentenceSplitter() {
        this.abbreviations = LexiconFile.words("abbreviations.txt").stream()
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int paragraph = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            // one paragraph: up to a blank line
            int pEnd = i;
            while (pEnd < n) {
                int nl = text.indexOf('\n', pEnd);
                if (nl < 0) {
                    pEnd = n;
                    break;
                }
                int k = nl + 1;
                while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
                    k++;
                }
                if (k >= n || text.charAt(k) == '\n') {
                    pEnd = nl;
                    break;
                }
                pEnd = k;
            }
            if (!text.substring(i, pEnd).isBlank()) {
                splitParagraph(text, i, pEnd, paragraph++, out);
            }
            i = pEnd + 1;
        }
        return out;
    }

    private void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                int k = i + 1;
                while (k < to && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (k >= to || !Character.isLowerCase(text.charAt(k))) {
                    emit(text, start, i, paragraph, out);
                    start = i + 1;
                }
            } else if (c == '.' || c == '!' || c == '?') {
                int e = i + 1;
                while (e < to && "\"”’')]…".indexOf(text.charAt(e)) >= 0) {
                    e++;
                }
                if (e < to && !Character.isWhitespace(text.charAt(e))) {
                    continue;
                }
                int k = e;
                while (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                    k++;
                }
                boolean nextStartsSentence = k >= to || text.charAt(k) == '\n'
                        || Character.isUpperCase(text.charAt(k)) || Character.isDigit(text.charAt(k))
                        || "\"“‘(«„".indexOf(text.charAt(k)) >= 0;
                if (nextStartsSentence && !(c == '.' && isAbbreviation(text, from, i))) {
                    emit(text, start, e, paragraph, out);
                    start = e;
                    i = e - 1;
                }
            }
        }
        emit(text, start, to, paragraph, out);
    }

    private boolean isAbbreviation(String text, int from, int dot) {
        int b = dot;
        while (b > from && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, dot).replaceAll("^[\\p{Punct}“‘(]+", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        return abbreviations.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void emit(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(text.substring(start, end), start, end, paragraph,
                    List.copyOf(Tokenizer.tokenize(text, start, end))));
        }
    }
}
