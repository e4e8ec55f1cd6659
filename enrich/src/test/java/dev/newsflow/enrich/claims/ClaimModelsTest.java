package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the extractor uses its learned models, with hand-set weights so each case says what it checks. */
class ClaimModelsTest {

    private static final ClaimExtractor GRAMMAR = ClaimExtractor.withModels(ClaimModels.none());

    private static ClaimExtractor figures(Map<String, Double> claimWeights) {
        LinearModel m = new LinearModel(Map.of(ClaimModels.CLAIM, claimWeights, ClaimModels.OTHER, Map.of()));
        return ClaimExtractor.withModels(new ClaimModels(m, 0.5, null));
    }

    @Test
    void theFigureModelTakesAFigureTheGrammarPassedOver() {
        String text = "Russia sent 5,000 troops to the border.\n\nThe talks lasted two days.\n\nAl Shabaab said 21 were killed.";
        assertThat(GRAMMAR.extract(null, text)).extracting(TroopClaim::count).containsExactly(5000L);
        ClaimExtractor learned = figures(Map.of(LinearModel.BIAS, -2.0, "p2=were_killed", 4.0));
        assertThat(learned.extract(null, text)).filteredOn(c -> c.count() == 21)
                .extracting(TroopClaim::status, TroopClaim::unit).containsExactly(tuple(Status.KILLED, "troops"));
    }

    @Test
    void aTakenFigureCountsTheNearestTroopPhrase() {
        String text = "The Danish contribution consists of around 105 troops, including a surgical team of around 12.";
        ClaimExtractor learned = figures(Map.of(LinearModel.BIAS, -2.0, "m2=team_of", 4.0));
        assertThat(learned.extract(null, text)).extracting(TroopClaim::count, TroopClaim::unit)
                .contains(tuple(12L, "troops"));
    }

    @Test
    void theFigureModelNeverSeesYearsDatesMoneyOrNegatedFigures() {
        ClaimExtractor takesAll = figures(Map.of(LinearModel.BIAS, 10.0));
        assertThat(takesAll.extract(null, "On January 10, 2024 the ministry paid $500 to each family.")).isEmpty();
        assertThat(takesAll.extract(null, "Officials denied that 300 had crossed.")).isEmpty();
    }

    @Test
    void theFigureModelOnlyGuessesInAStoryAboutTroops() {
        ClaimExtractor takesAll = figures(Map.of(LinearModel.BIAS, 10.0));
        assertThat(takesAll.extract(null, "From 2010 to 2015 there were 3248 cases reported worldwide, including "
                + "584 deaths. A team of 10 members handles the alerts.")).isEmpty();
        assertThat(takesAll.extract(null, "Russia sent 5,000 troops to the border. Another 584 arrived later."))
                .extracting(TroopClaim::count).containsExactly(5000L, 584L);
    }

    @Test
    void theFigureModelTakesNothingBelowItsThreshold() {
        String text = "Russia sent 5,000 troops to the border.\n\nThe talks lasted two days.\n\nAl Shabaab said 21 were killed.";
        ClaimExtractor strict = figures(Map.of(LinearModel.BIAS, -2.0, "p2=were_killed", 1.0));
        assertThat(strict.extract(null, text)).extracting(TroopClaim::count).containsExactly(5000L);
    }

    @Test
    void theActorModelChoosesAmongTheSidesNamedNearby() {
        String text = "Estonia hosts the battlegroup. Some 800 soldiers from the United Kingdom are stationed there.";
        assertThat(GRAMMAR.extract(null, text)).extracting(TroopClaim::actor).containsExactly("United Kingdom");
        LinearModel prefersEarlierSentence = new LinearModel(Map.of(
                ClaimModels.ACTOR, Map.of("at=prev", 5.0), ClaimModels.OTHER, Map.of()));
        ClaimExtractor learned = ClaimExtractor.withModels(new ClaimModels(null, 0.5, prefersEarlierSentence));
        assertThat(learned.extract(null, text)).extracting(TroopClaim::actor).containsExactly("Estonia");
    }

    @Test
    void theStatusModelHasTheLastWordOnStatus() {
        String text = "Russia sent 5,000 troops to Belarus.";
        assertThat(GRAMMAR.extract(null, text)).extracting(TroopClaim::status).containsExactly(Status.DEPLOYED);
        LinearModel readsSentAsOther = new LinearModel(Map.of(
                "other", Map.of("grammar=DEPLOYED", 5.0), "deployed", Map.of()));
        ClaimExtractor learned = ClaimExtractor.withModels(new ClaimModels(null, 0.5, null, readsSentAsOther));
        assertThat(learned.extract(null, text)).extracting(TroopClaim::status).containsExactly(Status.OTHER);
    }
}
