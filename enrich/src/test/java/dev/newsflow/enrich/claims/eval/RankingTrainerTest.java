package dev.newsflow.enrich.claims.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.claims.LinearModel;

class RankingTrainerTest {

    @Test
    void learnsWhatSetsTheRightCandidateApartFromTheOthersOfItsDecision() {
        RankingTrainer trainer = new RankingTrainer();
        for (int i = 0; i < 20; i++) {
            // every candidate is "named"; only the right one stands inside the claim
            trainer.add(List.of(List.of("named", "at=L"), List.of("named", "at=in"), List.of("named", "at=R")), 1);
            trainer.add(List.of(List.of("named", "at=in"), List.of("named", "at=prev")), 0);
        }
        LinearModel model = trainer.train(1.0, "actor");

        double inside = model.probability("actor", List.of("named", "at=in"));
        assertThat(inside).isGreaterThan(model.probability("actor", List.of("named", "at=L")))
                .isGreaterThan(model.probability("actor", List.of("named", "at=prev")));
        assertThat(model.probabilities(List.of("named")).keySet()).containsExactlyInAnyOrder("actor", "other");
    }

    @Test
    void aFeatureEveryCandidateHasTeachesNothing() {
        RankingTrainer trainer = new RankingTrainer();
        for (int i = 0; i < 10; i++) {
            trainer.add(List.of(List.of("named", "a"), List.of("named", "b")), i % 2);
        }
        LinearModel model = trainer.train(1.0, "actor");
        assertThat(model.probability("actor", List.of("named"))).isEqualTo(0.5);
    }

    @Test
    void withoutDecisionsThePriorIsTheFit() {
        LinearModel prior = new LinearModel(Map.of("actor", Map.of("at=in", 2.0), "other", Map.of()));
        LinearModel model = new RankingTrainer().train(1.0, "actor", prior);
        assertThat(model.weights().get("actor").get("at=in")).isCloseTo(2.0, within(1e-3));
    }

    @Test
    void newDecisionsPullThePriorsWeightsTowardsThem() {
        RankingTrainer trainer = new RankingTrainer();
        for (int i = 0; i < 30; i++) {
            trainer.add(List.of(List.of("at=prev"), List.of("at=in")), 0); // the new sets prefer the earlier side
        }
        LinearModel prior = new LinearModel(Map.of("actor", Map.of("at=in", 2.0), "other", Map.of()));

        double adapted = trainer.train(1.0, "actor", prior).weights().get("actor").get("at=in");
        double fresh = trainer.train(1.0, "actor").weights().get("actor").get("at=in");

        assertThat(adapted).isLessThan(2.0).isGreaterThan(fresh);
    }

    @Test
    void countsDecisionsAndCandidates() {
        RankingTrainer trainer = new RankingTrainer();
        assertThat(trainer.trainable()).isFalse();
        trainer.add(List.of(List.of("a")), 0);
        assertThat(trainer.trainable()).isFalse(); // one candidate: nothing to choose between
        trainer.add(List.of(List.of("a"), List.of("b"), List.of("c")), 2);
        assertThat(trainer.trainable()).isTrue();
        assertThat(trainer.examples()).isEqualTo(4);
        assertThat(trainer.labels("actor")).isEqualTo(Map.of("actor", 2, "other", 2));
        assertThatThrownBy(() -> trainer.add(List.of(List.of("a")), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
