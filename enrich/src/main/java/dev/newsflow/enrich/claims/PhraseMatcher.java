package dev.newsflow.enrich.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-match look-up of multi-word phrases over tokens, the one matching primitive the grammar uses.
 *
 * <p>Phrases are tokenized with {@link Tokenizer} and compared on {@link Token#norm()}. A phrase
 * written in capitals only ("US", "DPRK") is matched case-sensitively so that "us" is not the US, and so is
 * one added with {@link #addExact} (a town's name only as written: "Bannu", not "bannu").
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

    /** A phrase found at tokens {@code [start, end)}. */
    public record Match<V>(int start, int end, V value) {
    }

    private record Entry<V>(String[] norms, String[] exact, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();

    public PhraseMatcher<V> add(String phrase, V value) {
        return add(phrase, value, phrase.chars().anyMatch(Character::isLetter)
                && phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT)));
    }

    /** Adds a phrase matched only as written, letter case included. */
    public PhraseMatcher<V> addExact(String phrase, V value) {
        return add(phrase, value, true);
    }

    private PhraseMatcher<V> add(String phrase, V value, boolean caseSensitive) {
        List<Token> toks = Tokenizer.tokenize(phrase.strip());
        if (toks.isEmpty()) {
            return this;
        }
        String[] norms = toks.stream().map(Token::norm).toArray(String[]::new);
        String[] exact = caseSensitive ? toks.stream().map(Token::text).toArray(String[]::new) : null;
        byFirst.computeIfAbsent(norms[0], k -> new ArrayList<>()).add(new Entry<>(norms, exact, value));
        return this;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> matchAt(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        List<Entry<V>> entries = byFirst.get(tokens.get(i).norm());
        if (entries == null) {
            return null;
        }
        Match<V> best = null;
        for (Entry<V> e : entries) {
            int n = e.norms.length;
            if (i + n > tokens.size() || (best != null && n <= best.end - best.start)) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                Token t = tokens.get(i + k);
                ok = t.norm().equals(e.norms[k]) && (e.exact == null || t.text().equals(e.exact[k]));
            }
            if (ok) {
                best = new Match<>(i, i + n, e.value);
            }
        }
        return best;
    }

    /** Non-overlapping longest matches, left to right. */
    public List<Match<V>> findAll(List<Token> tokens) {
        List<Match<V>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Match<V> m = matchAt(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** A phrase ending exactly at token {@code end} (exclusive), or null; the longest wins. */
    public Match<V> matchEndingAt(List<Token> tokens, int end) {
        Match<V> best = null;
        for (int start = Math.max(0, end - 6); start < end; start++) {
            Match<V> m = matchAt(tokens, start);
            if (m != null && m.end == end && (best == null || m.start < best.start)) {
                best = m;
            }
        }
        return best;
    }

    static PhraseMatcher<Boolean> ofWords(String resource) {
        PhraseMatcher<Boolean> m = new PhraseMatcher<>();
        LexiconFile.words(resource).forEach(w -> m.add(w, Boolean.TRUE));
        return m;
    }
}
