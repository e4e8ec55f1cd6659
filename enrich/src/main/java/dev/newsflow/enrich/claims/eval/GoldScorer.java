package dev.newsflow.enrich.claims.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.newsflow.enrich.claims.TroopClaim;

/**
 * Scores extracted claims against a gold file. An extracted claim matches a gold claim of the same file
 * with the same count; where a file has that count more than once, a claim from the gold claim's own
 * sentence is taken first. Fields are then compared one by one over the matched pairs.
 *
 * <p>Only files the caller extracted are scored: a gold file with no entry in the extracted map is
 * reported in {@link #unreadFiles()}, not counted as misses.
 */
public final class GoldScorer {

    /** The compared fields by gold name, as read from an extracted claim. */
    public static final Map<String, Function<TroopClaim, Object>> FIELDS;
    /** The compared fields by gold name, as read from a gold claim. */
    public static final Map<String, Function<GoldFile.Claim, Object>> GOLD_FIELDS;

    static {
        Map<String, Function<TroopClaim, Object>> found = new LinkedHashMap<>();
        Map<String, Function<GoldFile.Claim, Object>> gold = new LinkedHashMap<>();
        found.put("count_low", TroopClaim::countLow);
        found.put("count_high", TroopClaim::countHigh);
        found.put("qualifier", c -> c.qualifier().label());
        found.put("unit", TroopClaim::unit);
        found.put("actor", TroopClaim::actor);
        found.put("location", TroopClaim::location);
        found.put("status", c -> c.status().label());
        found.put("source", TroopClaim::source);
        gold.put("count_low", GoldFile.Claim::countLow);
        gold.put("count_high", GoldFile.Claim::countHigh);
        gold.put("qualifier", GoldFile.Claim::qualifier);
        gold.put("unit", GoldFile.Claim::unit);
        gold.put("actor", GoldFile.Claim::actor);
        gold.put("location", GoldFile.Claim::location);
        gold.put("status", GoldFile.Claim::status);
        gold.put("source", GoldFile.Claim::source);
        FIELDS = Collections.unmodifiableMap(found);
        GOLD_FIELDS = Collections.unmodifiableMap(gold);
    }

    /** A gold claim and the extracted claim matched to it. */
    public record Pair(GoldFile.Claim gold, TroopClaim found) {
        /** Fields where the extracted claim differs from gold: name -> [gold, found]. */
        public Map<String, Object[]> differences() {
            Map<String, Object[]> out = new LinkedHashMap<>();
            for (String f : FIELDS.keySet()) {
                Object g = GOLD_FIELDS.get(f).apply(gold);
                Object x = FIELDS.get(f).apply(found);
                boolean agree = f.equals("actor") ? ActorNames.same((String) g, (String) x) : same(g, x);
                if (!agree) { // sides by canonical actor, other text up to case and spacing
                    out.put(f, new Object[] {g, x});
                }
            }
            return out;
        }
    }

    /**
     * Gold and found values agree: equal, or for text ("al-Shabaab", "Al-Shabaab") equal up to case and
     * spacing, which name the same side or place.
     */
    static boolean same(Object gold, Object found) {
        if (gold instanceof String g && found instanceof String f) {
            return spaced(g).equalsIgnoreCase(spaced(f));
        }
        return Objects.equals(gold, found);
    }

    /** Text with its spacing evened out: trimmed, runs of white space as one space. */
    static String spaced(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** An extracted claim no gold claim accounts for. */
    public record Spurious(String file, TroopClaim claim) {
    }

    private final List<Pair> matched = new ArrayList<>();
    private final List<GoldFile.Claim> missed = new ArrayList<>();
    private final List<Spurious> spurious = new ArrayList<>();
    private final List<String> unreadFiles = new ArrayList<>();

    private GoldScorer() {
    }

    /**
     * @param extracted claims per file base name; every file the caller read, with or without claims
     */
    public static GoldScorer score(GoldFile gold, Map<String, List<TroopClaim>> extracted) {
        GoldScorer s = new GoldScorer();
        for (String file : gold.files()) {
            if (!extracted.containsKey(file)) {
                s.unreadFiles.add(file);
            }
        }
        for (Map.Entry<String, List<TroopClaim>> e : extracted.entrySet()) {
            String file = e.getKey();
            List<TroopClaim> left = new ArrayList<>(e.getValue());
            List<GoldFile.Claim> golds = gold.claims().stream().filter(g -> g.file().equals(file)).toList();
            // by identity: a sentence the page repeats gives equal gold rows, each needing its own claim
            Map<GoldFile.Claim, TroopClaim> hits = new IdentityHashMap<>();
            // first pass: same count in the same sentence; second: same count anywhere in the file
            for (boolean sameSentence : new boolean[] {true, false}) {
                for (GoldFile.Claim g : golds) {
                    if (hits.containsKey(g)) {
                        continue;
                    }
                    left.stream()
                            .filter(c -> c.count() == g.count() && (!sameSentence || c.sentence().equals(g.sentence())))
                            .findFirst()
                            .ifPresent(c -> {
                                left.remove(c);
                                hits.put(g, c);
                            });
                }
            }
            for (GoldFile.Claim g : golds) {
                if (hits.containsKey(g)) {
                    s.matched.add(new Pair(g, hits.get(g)));
                } else {
                    s.missed.add(g);
                }
            }
            left.forEach(c -> s.spurious.add(new Spurious(file, c)));
        }
        return s;
    }

    public List<Pair> matched() {
        return Collections.unmodifiableList(matched);
    }

    public List<GoldFile.Claim> missed() {
        return Collections.unmodifiableList(missed);
    }

    public List<Spurious> spurious() {
        return Collections.unmodifiableList(spurious);
    }

    /** Gold files the caller did not extract (absent from the directory, say). */
    public List<String> unreadFiles() {
        return Collections.unmodifiableList(unreadFiles);
    }

    public double precision() {
        int found = matched.size() + spurious.size();
        return found == 0 ? 1.0 : (double) matched.size() / found;
    }

    public double recall() {
        int gold = matched.size() + missed.size();
        return gold == 0 ? 1.0 : (double) matched.size() / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Share of matched claims with the field right (1.0 when nothing matched). */
    public double fieldAccuracy(String field) {
        if (!FIELDS.containsKey(field)) {
            throw new IllegalArgumentException("unknown field " + field);
        }
        if (matched.isEmpty()) {
            return 1.0;
        }
        return (double) matched.stream().filter(p -> !p.differences().containsKey(field)).count() / matched.size();
    }

    /** The scores; with {@code verbose}, every field difference, miss and false positive. */
    public String report(boolean verbose) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("precision %.3f (%d/%d)%n", precision(), matched.size(),
                matched.size() + spurious.size()));
        sb.append(String.format("recall    %.3f (%d/%d)%n", recall(), matched.size(), matched.size() + missed.size()));
        sb.append(String.format("f1        %.3f%n", f1()));
        sb.append("field accuracy over matched claims:\n");
        for (String f : FIELDS.keySet()) {
            sb.append(String.format("  %-10s %.3f%n", f, fieldAccuracy(f)));
        }
        if (!unreadFiles.isEmpty()) {
            sb.append("gold files not read: ").append(String.join(", ", unreadFiles)).append('\n');
        }
        if (verbose) {
            for (Pair p : matched) {
                p.differences().forEach((f, v) -> sb.append(String.format("differs %s %d %s: gold=%s found=%s%n",
                        p.gold().file(), p.gold().count(), f, v[0], v[1])));
            }
            missed.forEach(g -> sb.append("missed ").append(g.file()).append(' ').append(g.count()).append(": ")
                    .append(g.sentence()).append('\n'));
            spurious.forEach(x -> sb.append("false positive ").append(x.file()).append(' ')
                    .append(x.claim().countText()).append(": ").append(x.claim().sentence()).append('\n'));
        }
        return sb.toString();
    }
}
