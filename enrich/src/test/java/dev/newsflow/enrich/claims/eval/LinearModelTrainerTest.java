package dev.newsflow.enrich.claims.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.claims.LinearModel;

class LinearModelTrainerTest {

    @Test
    void learnsWhichFeatureGoesWithWhichLabel() {
        LinearModelTrainer trainer = new LinearModelTrainer();
        for (int i = 0; i < 20; i++) {
            trainer.add(List.of("cue=killed", "unit=soldiers"), "killed");
            trainer.add(List.of("cue=deployed", "unit=soldiers"), "deployed");
            trainer.add(List.of("cue=none", "unit=troops"), "other");
        }
        LinearModel model = trainer.train(1.0);

        assertThat(model.best(List.of("cue=killed", "unit=troops"))).isEqualTo("killed");
        assertThat(model.best(List.of("cue=deployed"))).isEqualTo("deployed");
        assertThat(model.best(List.of("cue=none"))).isEqualTo("other");
        assertThat(model.weights().keySet()).containsExactly("deployed", "killed", "other");
        assertThat(trainer.labels()).isEqualTo(Map.of("deployed", 20, "killed", 20, "other", 20));
    }

    @Test
    void withoutExamplesThePriorIsTheFit() {
        LinearModel prior = new LinearModel(Map.of("claim", Map.of("unit=troops", 1.5), "other", Map.of("bias", 0.5)));

        LinearModel model = new LinearModelTrainer().train(1.0, prior);

        assertThat(model.weights().get("claim").get("unit=troops")).isCloseTo(1.5, within(1e-3));
        assertThat(model.weights().get("other").get("bias")).isCloseTo(0.5, within(1e-3));
    }

    @Test
    void newExamplesMoveThePriorsWeightsTowardsThemAndKeepItsOtherLabels() {
        LinearModel prior = new LinearModel(Map.of("killed", Map.of("cue=lost", 2.0), "other", Map.of(),
                "wounded", Map.of("cue=injured", 2.0)));
        LinearModelTrainer trainer = new LinearModelTrainer();
        for (int i = 0; i < 30; i++) {
            trainer.add(List.of("cue=lost"), "other"); // the new sets read "lost" as a force's size, not deaths
            trainer.add(List.of("cue=died"), "killed");
        }

        LinearModel adapted = trainer.train(1.0, prior);
        LinearModel fresh = trainer.train(1.0);

        double lost = adapted.weights().get("killed").get("cue=lost");
        assertThat(lost).isLessThan(2.0).isGreaterThan(fresh.weights().get("killed").getOrDefault("cue=lost", 0.0));
        assertThat(adapted.best(List.of("cue=injured"))).isEqualTo("wounded"); // a label only the prior has
        assertThat(fresh.weights()).doesNotContainKey("wounded");
    }

    @Test
    void oneLabelAndNoPriorIsNothingToLearn() {
        LinearModelTrainer trainer = new LinearModelTrainer();
        trainer.add(List.of("a"), "claim");
        assertThatThrownBy(() -> trainer.train(1.0)).isInstanceOf(IllegalStateException.class);
    }
}
