package dev.newsflow.enrich.claims;

import java.util.Map;

/**
 * The third development batch (blind/b01-b08, gold/blind-claims.jsonl): other conflicts and actors (US
 * troops to Poland, Wagner/Africa Corps, Israeli reservists, Sudan's RSF, Belarus), number words, ranges,
 * headlines, page furniture and disputed figures. Texts and annotation were written before the extractor
 * ran on them; the first run is recorded below as the honest unseen figure.
 *
 * <p>Blind first run (extractor as of 9b01740): P 0.862 (25/29), R 0.676 (25/37), F1 0.758; count_low,
 * count_high, qualifier, unit 1.000; actor 0.640, location 0.480, status 0.760, source 0.800.
 *
 * <p>After general fixes (git log: gazetteer coverage of countries, armed groups and places; a country or
 * armed group before the head names the actor, "US troops", "Wagner fighters"; "half a million"; a scale
 * word shared by both ends of a range, "five to six thousand"; "against reports" disputes; furniture
 * lists skipped): P 1.000 (33/33), R 0.892 (33/37), F1 0.943; actor 0.818, location 0.818, status 0.788,
 * source 0.758, the rest 1.0. The floors hold that. Known misses: "Of these, some 10,000 are based in
 * Poland" (its antecedent, "100,000 US troops … according to the Pentagon", is found but the anaphor is
 * not), "800 Russian instructors" and "90,000 personnel" (no unit/actor), "About 1,500 Royal Marines".
 * Known field errors: actors given only by discourse ("Some 300,000 troops have been massed …" in an
 * article about Israel), future "will deploy" read as deployed, organisation sources with a descriptor
 * ("the Russian newspaper Vedomosti").
 *
 * <p>Session 2, after the grammar met real unseen news (docs/BENCHMARKS.md): P 1.000 (34/34), R 0.919
 * (34/37); actor 0.882, location 0.824, status 0.971, source 0.794. "1.5 million men now serve in the armed
 * forces" is lost (a head that also counts civilians now needs a troop verb), the Royal Marines and the
 * Poland anaphor are found, and "will deploy" is planned.
 *
 * <p>Session 3, with the learned figure, actor and status models ({@link ClaimModels}; this set is among
 * their training data, so it guards against regressions rather than measuring): P 1.000 (37/37), R 1.000;
 * actor 0.865, location 0.784, status 0.946, source 0.784. The three figures the figure model recovers ("1.5
 * million men now serve", "involves 90,000 personnel", "tens of thousands of volunteers had signed
 * contracts") come with weaker fields: their status, actor and place are the grammar's best guess.
 */
class BlindSetTest extends GoldSetTest {

    BlindSetTest() {
        super("/gold/blind-claims.jsonl", "/blind/");
    }

    @Override
    double precisionFloor() {
        return 1.0;
    }

    @Override
    double recallFloor() {
        return 0.97;
    }

    @Override
    Map<String, Double> fieldFloors() {
        return Map.of("actor", 0.86, "location", 0.78, "status", 0.91, "source", 0.78);
    }
}
