package dev.newsflow.sink.figures;

import static dev.newsflow.sink.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ClaimEvent;

class FigurePolicyTest {

    private final FigurePolicy policy = new FigurePolicy(0.05);

    private FigureState known(ClaimEvent... claims) {
        FigureState state = null;
        for (ClaimEvent claim : claims) {
            state = policy.decide(state, claim).state();
        }
        return state;
    }

    @Test
    void aFirstFigureForAKeyIsNewWithItsProvenance() {
        var decision = policy.decide(null, claim("c1", 1500).in("RU/Far East").status("arrived").build());
        assertThat(decision.alert().kind()).isEqualTo(AlertEvent.Kind.NEW_FIGURE);
        assertThat(decision.alert().count()).isEqualTo(1500);
        assertThat(decision.alert().previous()).isNull();
        assertThat(decision.alert().origin().claimId()).isEqualTo("c1");
        assertThat(decision.figure().figure().count()).isEqualTo(1500);
        assertThat(decision.figure().sourceCount()).isEqualTo(1);
        assertThat(decision.figure().lastAlertId()).isEqualTo(decision.alert().alertId());
    }

    @Test
    void aFigureWithinToleranceFromAnotherOutletCorroboratesWithoutAlert() {
        FigureState state = known(claim("c1", 10_000).in("RU").build());
        var decision = policy.decide(state, claim("c2", 10_400).in("RU").outlet("b.example").build());
        assertThat(decision.alert()).isNull();
        assertThat(decision.figure().figure().count()).isEqualTo(10_000);
        assertThat(decision.figure().sourceCount()).isEqualTo(2);
        assertThat(decision.figure().provenance()).extracting(p -> p.outlet()).containsExactly("a.example", "b.example");
    }

    @Test
    void aSyndicatedCopyOfACountedStoryCountsOnce() {
        String wire = "Seoul says 10,000 North Korean soldiers have been sent to Russia so far, and 8,000 of them"
                + " have been moved to the Kursk region near the Ukrainian border, officials told reporters.";
        FigureState state = known(claim("c1", 10_000).in("RU").story(wire).build());
        var copy = policy.decide(state, claim("c2", 10_000).in("RU").outlet("b.example")
                .story("AFP - " + wire + " Source: AFP").build());
        assertThat(copy.alert()).isNull();
        assertThat(copy.figure()).isNull();
        assertThat(copy.state()).isEqualTo(state);
    }

    @Test
    void theSameArticleRepeatingItsFigureCountsOnce() {
        FigureState state = known(claim("c1", 100_000).build());
        ClaimEvent again = new ClaimEvent(1, "c1b", "KP|*|present", "article-c1", "u", "a.example", null, "100,000",
                100_000, null, null, "exact", "soldiers", "KP", "North Korea", null, null, "deployed", null, "s", 0, 1,
                false, false, null);
        assertThat(policy.decide(state, again).figure()).isNull();
    }

    @Test
    void aChangedFigureIsARevisionThatNamesThePreviousFigureAndTheChange() {
        FigureState state = known(claim("c1", 1500).in("RU/Far East").status("arrived").build());
        var revised = policy.decide(state, claim("c2", 3000).in("RU/Far East").status("arrived").daysLater(3).build());
        assertThat(revised.alert().kind()).isEqualTo(AlertEvent.Kind.REVISION);
        assertThat(revised.alert().previous().count()).isEqualTo(1500L);
        assertThat(revised.alert().change()).isEqualTo(1500L);
        assertThat(revised.alert().changePercent()).isEqualTo(100.0);
        assertThat(revised.state().current().figure().count()).isEqualTo(3000);
        assertThat(revised.state().history()).extracting(h -> h.count()).containsExactly(1500L);
    }

    @Test
    void restatingAnOutdatedFigureRaisesNoAlert() {
        FigureState state = known(claim("c1", 1500).build(), claim("c2", 3000).daysLater(3).build());
        var restated = policy.decide(state, claim("c3", 1500).outlet("late.example").daysLater(5).build());
        assertThat(restated.alert()).isNull();
        assertThat(restated.state().current().figure().count()).isEqualTo(3000);
    }

    @Test
    void aClaimPublishedBeforeTheCurrentFigureNeverRevisesIt() {
        FigureState state = known(claim("c1", 3000).daysLater(10).build());
        var late = policy.decide(state, claim("c2", 7000).daysLater(2).build());
        assertThat(late.alert()).isNull();
        assertThat(late.state().current().figure().count()).isEqualTo(3000);
        assertThat(late.state().history()).extracting(h -> h.count()).containsExactly(7000L);
    }

    @Test
    void aVagueQuantityNeitherAlertsNorReplacesAPreciseFigure() {
        FigureState state = known(claim("c1", 10_000).in("RU").build());
        var vague = policy.decide(state, claim("c2", 1000).in("RU").vague().build());
        assertThat(vague.alert()).isNull();
        assertThat(vague.state()).isEqualTo(state);
        assertThat(policy.decide(null, claim("c3", 1000).vague().build()).state()).isNull();
    }

    @Test
    void toleranceIsRelativeToTheLargerFigure() {
        assertThat(policy.sameFigure(10_000, 10_500)).isTrue();
        assertThat(policy.sameFigure(10_000, 10_600)).isFalse();
        assertThat(new FigurePolicy(0).sameFigure(100, 101)).isFalse();
    }

    @Test
    void alertIdsAreDeterministic() {
        var a = policy.decide(null, claim("c1", 8000).in("RU/Kursk").build()).alert();
        var b = policy.decide(null, claim("c1", 8000).in("RU/Kursk").build()).alert();
        assertThat(a.alertId()).isEqualTo(b.alertId());
    }
}
