package dev.newsflow.enrich.entities.conll;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level precision, recall and F1 as in the CoNLL-2003 shared task (conlleval): an entity
 * counts as found only when its span and type both match the gold one exactly. Tags may be IOB1
 * (CoNLL-2003's own: {@code B-} only between two adjacent entities of one type), IOB2 or bare
 * types ({@code PER}); {@code O} is outside. Accumulates over sentences; not thread-safe.
 */
public final class NerScorer {

    /** The CoNLL-2003 types, in report order. */
    public static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");

    /** Tokens {@code [start, end)} of one entity. */
    public record Chunk(int start, int end, String type) {
    }

    /** Counts of one type (or all), with the measures derived from them. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private int tokens;

    public NerScorer() {
        TYPES.forEach(t -> counts.put(t, new int[3]));
    }

    /** Scores one sentence: gold and predicted tags, one per token. */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " tags, predicted " + predicted.size());
        }
        tokens += gold.size();
        Set<Chunk> g = new HashSet<>(chunks(gold));
        Set<Chunk> p = new HashSet<>(chunks(predicted));
        for (Chunk c : p) {
            counts.computeIfAbsent(c.type(), k -> new int[3])[g.contains(c) ? 0 : 1]++;
        }
        for (Chunk c : g) {
            if (!p.contains(c)) {
                counts.computeIfAbsent(c.type(), k -> new int[3])[2]++;
            }
        }
    }

    /** The entities in a tag sequence. */
    public static List<Chunk> chunks(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = typeOf(tag);
            boolean begins = t != null && (!t.equals(type) || tag.startsWith("B-"));
            if (type != null && (t == null || begins)) {
                out.add(new Chunk(start, i, type));
                type = null;
            }
            if (begins) {
                start = i;
                type = t;
            }
        }
        return out;
    }

    private static String typeOf(String tag) {
        if (tag.equals("O") || tag.isEmpty()) {
            return null;
        }
        int dash = tag.indexOf('-');
        return dash == 1 ? tag.substring(2) : tag;
    }

    public Counts counts(String type) {
        int[] c = counts.getOrDefault(type, new int[3]);
        return new Counts(c[0], c[1], c[2]);
    }

    public Counts overall() {
        Counts all = new Counts(0, 0, 0);
        for (String t : counts.keySet()) {
            all = all.plus(counts(t));
        }
        return all;
    }

    /** Overall over some types only (e.g. PER, LOC, ORG without MISC). */
    public Counts overall(List<String> types) {
        Counts all = new Counts(0, 0, 0);
        for (String t : types) {
            all = all.plus(counts(t));
        }
        return all;
    }

    public int tokens() {
        return tokens;
    }

    /** A plain-text table: one row per type, then PER+LOC+ORG and all. */
    public String report() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s %7s %7s %7s %6s %6s %6s%n",
                "type", "P", "R", "F1", "tp", "fp", "fn"));
        for (String t : counts.keySet()) {
            row(sb, t, counts(t));
        }
        row(sb, "PER+LOC+ORG", overall(List.of("PER", "LOC", "ORG")));
        row(sb, "all", overall());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Counts c) {
        sb.append(String.format(Locale.ROOT, "%-12s %7.4f %7.4f %7.4f %6d %6d %6d%n", name, c.precision(),
                c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives()));
    }
}
