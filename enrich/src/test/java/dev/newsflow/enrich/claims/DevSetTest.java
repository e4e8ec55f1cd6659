package dev.newsflow.enrich.claims;

import java.util.Map;

/**
 * The hand-written development set (dev/*.txt, gold/dev-claims.jsonl). The annotation was written before
 * the extractor was run on these texts.
 *
 * <p>The set was written in two batches, each annotated before the extractor saw it.
 * Batch 1 (d01-d05, 23 claims), blind: P 0.955 R 0.913; actor 0.857, location 0.810, status 0.667,
 * source 0.714. Batch 2 (d06-d08, 12 claims), blind after the batch-1 fixes: P 0.889 R 0.667;
 * actor 1.0, location 0.875, status 0.625, source 0.375.
 * After general fixes (git log): P 1.000 (33/33), R 0.943 (33/35); actor 0.909, location 0.970,
 * status 0.939, source 0.939, the rest 1.0. The floors hold that.
 * Known misses: "Hundreds of Wagner mercenaries" (Wagner is no modifier or actor), "bringing the total
 * deployed to roughly 14,000" (no unit, no anaphor), Sudzha (not in the gazetteer), actors only given
 * by discourse ("A further 1,000-1,500 soldiers", "2,000 wounded soldiers … flown back to Pyongyang",
 * "Ukraine's foreign legion"), "recruit"/"are working in" (no status cue), "the general staff"/"its
 * commander" (sources without a capital). The third batch is {@link BlindSetTest}; its gazetteer fixes
 * raised this set to P 1.000 (34/34), R 0.971 (34/35), location 1.000 (Sudzha). Session 2 (the real
 * unseen sets of docs/BENCHMARKS.md): actor 0.971 and status 1.000, the discourse actors and "recruit"/"are
 * working in" now found.
 */
class DevSetTest extends GoldSetTest {

    DevSetTest() {
        super("/gold/dev-claims.jsonl", "/dev/");
    }

    @Override
    double precisionFloor() {
        return 1.0;
    }

    @Override
    double recallFloor() {
        return 0.94;
    }

    @Override
    Map<String, Double> fieldFloors() {
        // unit: "Of those, about 10,000 are reservists" reports reservists; the gold keeps the antecedent's soldiers
        return Map.of("actor", 0.97, "location", 0.96, "status", 0.97, "source", 0.93, "unit", 0.97);
    }
}
