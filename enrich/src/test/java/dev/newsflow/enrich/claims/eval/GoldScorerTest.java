package dev.newsflow.enrich.claims.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.claims.TroopClaim;

class GoldScorerTest {

    private static final String ROW = "{\"file\": \"a.txt\", \"sentence\": \"%s\", \"count\": %d, \"count_low\": null, "
            + "\"count_high\": null, \"qualifier\": \"exact\", \"unit\": \"troops\", \"actor\": \"%s\", "
            + "\"location\": null, \"status\": \"deployed\", \"source\": null}\n";

    private static GoldFile gold(String... rows) {
        return GoldFile.parse(String.join("", rows));
    }

    private static TroopClaim found(String sentence, long count, String actor) {
        return gold(String.format(ROW, sentence, count, actor)).claims().get(0).asFound();
    }

    @Test
    void aSentenceThePageRepeatsNeedsAClaimForEachOfItsGoldRows() {
        String repeated = String.format(ROW, "Rwanda sent 800 troops.", 800, "Rwanda");
        GoldFile twice = gold(repeated, repeated);
        TroopClaim claim = found("Rwanda sent 800 troops.", 800, "Rwanda");
        GoldScorer once = GoldScorer.score(twice, Map.of("a.txt", List.of(claim)));
        assertEquals(1, once.matched().size());
        assertEquals(1, once.missed().size());
        assertEquals(0, once.spurious().size());
        GoldScorer both = GoldScorer.score(twice, Map.of("a.txt", List.of(claim,
                found("Rwanda sent 800 troops.", 800, "Rwanda"))));
        assertEquals(2, both.matched().size());
        assertEquals(0, both.spurious().size());
    }

    @Test
    void aClaimOfTheGoldSentenceIsMatchedBeforeOneOfAnotherSentence() {
        GoldFile g = gold(String.format(ROW, "Headline: 500 troops", 500, "Chad"),
                String.format(ROW, "Chad sent 500 troops to Niger.", 500, "Chad"));
        TroopClaim body = found("Chad sent 500 troops to Niger.", 500, "Niger");
        GoldScorer s = GoldScorer.score(g, Map.of("a.txt", List.of(body)));
        assertEquals("Chad sent 500 troops to Niger.", s.matched().get(0).gold().sentence());
        assertEquals(1, s.missed().size());
        assertEquals(0.0, s.fieldAccuracy("actor"));
    }

    @Test
    void twoNamesOfOneSideAgree() {
        GoldFile g = gold(String.format(ROW, "s", 3000, "North Korea"));
        GoldScorer s = GoldScorer.score(g, Map.of("a.txt", List.of(found("s", 3000, "the DPRK"))));
        assertEquals(1.0, s.fieldAccuracy("actor"));
    }
}
