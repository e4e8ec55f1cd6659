package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the hand-written development set (dev/*.txt, gold/dev-claims.jsonl). The
 * annotation was written before the extractor was run on these texts; the floors below are what the
 * grammar reaches, so a change that loses claims or fields fails here. The report is printed.
 */
class DevSetTest {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultRules();
    private static GoldFile gold;
    private static GoldScorer score;

    @BeforeAll
    static void score() {
        gold = GoldFile.load("/gold/dev-claims.jsonl");
        Map<String, List<TroopClaim>> extracted = new LinkedHashMap<>();
        for (String file : gold.files()) {
            extracted.put(file, EXTRACTOR.extract(null, GoldFile.resourceText("/dev/" + file)));
        }
        score = GoldScorer.score(gold, extracted);
        System.out.println("dev set: " + score.report());
    }

    @Test
    void precisionAndRecall() {
        assertThat(score.precision()).as(score.report()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(score.recall()).as(score.report()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    @Test
    void fieldAccuracy() {
        for (String f : GoldScorer.FIELDS.keySet()) {
            assertThat(score.fieldAccuracy(f)).as(f + "\n" + score.report())
                    .isGreaterThanOrEqualTo(FIELD_FLOOR.getOrDefault(f, 1.0));
        }
    }

    @Test
    void noDecoyBecomesAClaim() {
        for (GoldFile.NonClaim decoy : gold.nonClaims) {
            assertThat(score.spurious).as(decoy.reason() + ": " + decoy.text())
                    .noneMatch(c -> score.spuriousFile.get(c).equals(decoy.file())
                            && c.sentence().contains(decoy.text()) && decoy.text().contains(c.countText()));
        }
    }

    // The set was written in two batches, each annotated before the extractor saw it.
    // Batch 1 (d01-d05, 23 claims), blind: P 0.955 R 0.913; actor 0.857, location 0.810, status 0.667,
    //   source 0.714. Batch 2 (d06-d08, 12 claims), blind after the batch-1 fixes: P 0.889 R 0.667;
    //   actor 1.0, location 0.875, status 0.625, source 0.375.
    // Now, after general fixes (git log): P 1.000 (33/33), R 0.943 (33/35); actor 0.909, location 0.970,
    //   status 0.939, source 0.939, the rest 1.0. The floors hold that.
    // Known misses: "Hundreds of Wagner mercenaries" (Wagner is no modifier or actor), "bringing the total
    // deployed to roughly 14,000" (no unit, no anaphor), Sudzha (not in the gazetteer), actors only given
    // by discourse ("A further 1,000-1,500 soldiers", "2,000 wounded soldiers … flown back to Pyongyang",
    // "Ukraine's foreign legion"), "recruit"/"are working in" (no status cue), "the general staff"/"its
    // commander" (sources without a capital).
    private static final double PRECISION_FLOOR = 1.0;
    private static final double RECALL_FLOOR = 0.94;
    private static final Map<String, Double> FIELD_FLOOR = Map.of(
            "actor", 0.90, "location", 0.96, "status", 0.93, "source", 0.93);
}
