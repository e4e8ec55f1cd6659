package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.claims.eval.GoldFile;
import dev.newsflow.enrich.claims.eval.GoldScorer;

/**
 * Scores the extractor on one hand-annotated set of texts ({@code <dir>/*.txt} against a gold jsonl) and
 * holds the floors the grammar reaches, so a change that loses claims or fields fails. The report is
 * printed. Texts are read as body (null title), as {@code newsflow extract} reads .txt files.
 */
abstract class GoldSetTest {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.withDefaultRules();

    private final GoldFile gold;
    private final GoldScorer score;

    GoldSetTest(String goldResource, String textDir) {
        gold = TestTexts.gold(goldResource);
        Map<String, List<TroopClaim>> extracted = new LinkedHashMap<>();
        for (String file : gold.files()) {
            extracted.put(file, EXTRACTOR.extract(null, TestTexts.text(textDir + file)));
        }
        score = GoldScorer.score(gold, extracted);
        System.out.println(getClass().getSimpleName() + ":\n" + score.report(true));
    }

    abstract double precisionFloor();

    abstract double recallFloor();

    /** Floors for fields below 1.0; the rest must be exact. */
    abstract Map<String, Double> fieldFloors();

    @Test
    void precisionAndRecall() {
        assertThat(score.precision()).as(score.report(true)).isGreaterThanOrEqualTo(precisionFloor());
        assertThat(score.recall()).as(score.report(true)).isGreaterThanOrEqualTo(recallFloor());
    }

    @Test
    void fieldAccuracy() {
        for (String f : GoldScorer.FIELDS.keySet()) {
            assertThat(score.fieldAccuracy(f)).as(f + "\n" + score.report(true))
                    .isGreaterThanOrEqualTo(fieldFloors().getOrDefault(f, 1.0));
        }
    }

    @Test
    void noDecoyBecomesAClaim() {
        for (GoldFile.NonClaim decoy : gold.nonClaims()) {
            assertThat(score.spurious()).as(decoy.reason() + ": " + decoy.text())
                    .noneMatch(x -> x.file().equals(decoy.file())
                            && x.claim().sentence().contains(decoy.text())
                            && decoy.text().contains(x.claim().countText()));
        }
    }
}
