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

    // Blind first run (annotation written before running): P 0.955 R 0.913, actor 0.857, location 0.810,
    // status 0.667, source 0.714. After general rule fixes (see git log): the floors below.
    // Known misses: "Hundreds of Wagner mercenaries" (Wagner is no modifier or actor), Sudzha (not in the
    // gazetteer), "A further 1,000-1,500 soldiers" (actor only from discourse), "recruit"/"are in"/"are
    // working in" (no status verb), "the general staff"/"its commander" (sources without a capital).
    private static final double PRECISION_FLOOR = 1.0;
    private static final double RECALL_FLOOR = 0.95;
    private static final Map<String, Double> FIELD_FLOOR = Map.of(
            "actor", 0.90, "location", 0.95, "status", 0.85, "source", 0.90);
}
