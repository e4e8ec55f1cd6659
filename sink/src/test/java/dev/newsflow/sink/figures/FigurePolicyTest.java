package dev.newsflow.sink.figures;

import static dev.newsflow.sink.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.newsflow.events.AlertEvent;

class FigurePolicyTest {

    private final FigurePolicy policy = new FigurePolicy();

    @Test
    void aFirstFigureForAKeyIsNew() {
        var decision = policy.decide(null, claim("c1", 1500, "RU/Far East", "arrived", "dw.com"));
        assertThat(decision.alert().kind()).isEqualTo(AlertEvent.Kind.NEW_FIGURE);
        assertThat(decision.alert().count()).isEqualTo(1500);
        assertThat(decision.alert().previousCount()).isNull();
        assertThat(decision.state().count()).isEqualTo(1500);
    }

    @Test
    void theSameFigureAgainRaisesNoAlertAndCountsAsARepeat() {
        var first = policy.decide(null, claim("c1", 100_000, null, "offered", "a.example"));
        var again = policy.decide(first.state(), claim("c2", 100_000, null, "planned", "b.example"));
        assertThat(again.alert()).isNull();
        assertThat(again.state().repeats()).isEqualTo(1);
        assertThat(again.state().lastClaimId()).isEqualTo("c2");
    }

    @Test
    void aChangedFigureIsARevisionThatNamesThePreviousOne() {
        var first = policy.decide(null, claim("c1", 1500, "RU/Far East", "arrived", "dw.com"));
        var revised = policy.decide(first.state(), claim("c2", 3000, "RU/Far East", "arrived", "dw.com"));
        assertThat(revised.alert().kind()).isEqualTo(AlertEvent.Kind.REVISION);
        assertThat(revised.alert().previousCount()).isEqualTo(1500L);
        assertThat(revised.state().count()).isEqualTo(3000);
    }

    @Test
    void aVagueQuantityNeitherAlertsNorReplacesAPreciseFigure() {
        var first = policy.decide(null, claim("c1", 10_000, "RU", "deployed", "a.example"));
        var vague = policy.decide(first.state(), claim("c2", 1000, "RU", "deployed", "b.example", true));
        assertThat(vague.alert()).isNull();
        assertThat(vague.state()).isEqualTo(first.state());
        assertThat(policy.decide(null, claim("c3", 1000, "RU", "deployed", "c.example", true)).state()).isNull();
    }

    @Test
    void alertIdsAreDeterministic() {
        var a = policy.decide(null, claim("c1", 8000, "RU/Kursk", "deployed", "a.example")).alert();
        var b = policy.decide(null, claim("c1", 8000, "RU/Kursk", "deployed", "a.example")).alert();
        assertThat(a.alertId()).isEqualTo(b.alertId());
    }
}
