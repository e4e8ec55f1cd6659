package dev.newsflow.enrich.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores extracted claims against a gold file: a gold claim matches an extracted claim of the same file
 * with the same count in the same sentence; fields are then compared one by one.
 */
final class GoldScorer {

    /** The fields compared, by gold name. */
    static final Map<String, Function<TroopClaim, Object>> FIELDS = new LinkedHashMap<>();
    static final Map<String, Function<GoldFile.Claim, Object>> GOLD_FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("count_low", TroopClaim::countLow);
        FIELDS.put("count_high", TroopClaim::countHigh);
        FIELDS.put("qualifier", c -> c.qualifier().label());
        FIELDS.put("unit", TroopClaim::unit);
        FIELDS.put("actor", TroopClaim::actor);
        FIELDS.put("location", TroopClaim::location);
        FIELDS.put("status", c -> c.status().label());
        FIELDS.put("source", TroopClaim::source);
        GOLD_FIELDS.put("count_low", GoldFile.Claim::countLow);
        GOLD_FIELDS.put("count_high", GoldFile.Claim::countHigh);
        GOLD_FIELDS.put("qualifier", GoldFile.Claim::qualifier);
        GOLD_FIELDS.put("unit", GoldFile.Claim::unit);
        GOLD_FIELDS.put("actor", GoldFile.Claim::actor);
        GOLD_FIELDS.put("location", GoldFile.Claim::location);
        GOLD_FIELDS.put("status", GoldFile.Claim::status);
        GOLD_FIELDS.put("source", GoldFile.Claim::source);
    }

    record Pair(GoldFile.Claim gold, TroopClaim found) {
        /** Fields where the extracted claim differs from gold: name -> [gold, found]. */
        Map<String, Object[]> differences() {
            Map<String, Object[]> out = new LinkedHashMap<>();
            for (String f : FIELDS.keySet()) {
                Object g = GOLD_FIELDS.get(f).apply(gold);
                Object x = found == null ? null : FIELDS.get(f).apply(found);
                if (!Objects.equals(g, x)) {
                    out.put(f, new Object[] {g, x});
                }
            }
            return out;
        }
    }

    final List<Pair> matched = new ArrayList<>();
    final List<GoldFile.Claim> missed = new ArrayList<>();
    final List<TroopClaim> spurious = new ArrayList<>();
    final Map<TroopClaim, String> spuriousFile = new LinkedHashMap<>();

    static GoldScorer score(GoldFile gold, Map<String, List<TroopClaim>> extracted) {
        GoldScorer s = new GoldScorer();
        for (Map.Entry<String, List<TroopClaim>> e : extracted.entrySet()) {
            List<TroopClaim> left = new ArrayList<>(e.getValue());
            for (GoldFile.Claim g : gold.claims) {
                if (!g.file().equals(e.getKey())) {
                    continue;
                }
                TroopClaim hit = left.stream()
                        .filter(c -> c.count() == g.count() && c.sentence().equals(g.sentence()))
                        .findFirst().orElse(null);
                if (hit == null) {
                    s.missed.add(g);
                } else {
                    left.remove(hit);
                    s.matched.add(new Pair(g, hit));
                }
            }
            left.forEach(c -> {
                s.spurious.add(c);
                s.spuriousFile.put(c, e.getKey());
            });
        }
        return s;
    }

    double precision() {
        int found = matched.size() + spurious.size();
        return found == 0 ? 1.0 : (double) matched.size() / found;
    }

    double recall() {
        int gold = matched.size() + missed.size();
        return gold == 0 ? 1.0 : (double) matched.size() / gold;
    }

    /** Share of matched claims with the field right. */
    double fieldAccuracy(String field) {
        if (matched.isEmpty()) {
            return 1.0;
        }
        return (double) matched.stream().filter(p -> !p.differences().containsKey(field)).count() / matched.size();
    }

    String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("precision %.3f (%d/%d)  recall %.3f (%d/%d)%n", precision(), matched.size(),
                matched.size() + spurious.size(), recall(), matched.size(), matched.size() + missed.size()));
        for (String f : FIELDS.keySet()) {
            sb.append(String.format("  %-10s %.3f%n", f, fieldAccuracy(f)));
        }
        for (Pair p : matched) {
            p.differences().forEach((f, v) -> sb.append(String.format("  differs %s %d %s: gold=%s found=%s%n",
                    p.gold().file(), p.gold().count(), f, v[0], v[1])));
        }
        missed.forEach(g -> sb.append("  missed ").append(g.file()).append(' ').append(g.count()).append(": ")
                .append(g.sentence()).append('\n'));
        spurious.forEach(c -> sb.append("  spurious ").append(spuriousFile.get(c)).append(' ').append(c.countText())
                .append(": ").append(c.sentence()).append('\n'));
        return sb.toString();
    }
}
