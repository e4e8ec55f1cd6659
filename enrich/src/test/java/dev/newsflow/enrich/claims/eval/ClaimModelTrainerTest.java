package dev.newsflow.enrich.claims.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.claims.ClaimExtractor;
import dev.newsflow.enrich.claims.ClaimModels;

class ClaimModelTrainerTest {

    private static final ClaimExtractor GRAMMAR = ClaimExtractor.withModels(ClaimModels.none());

    @Test
    void sentencesMatchAcrossSplittingAndWhitespace() {
        assertThat(ClaimModelTrainer.sameSentence("Al Shabaab said 21 were killed.", "al  Shabaab said 21 were killed."))
                .isTrue();
        assertThat(ClaimModelTrainer.sameSentence("Officials said 21 were killed", "Officials said 21 were killed; "
                + "the army said 15.")).isTrue();
        assertThat(ClaimModelTrainer.sameSentence("The convoy travelled 40 kilometres.", "Al Shabaab said 21 were killed."))
                .isFalse();
    }

    @Test
    void passedOverFiguresOfAGoldClaimBecomeClaimsAndTheRestOther() {
        String text = "Al Shabaab said 21 were killed. The convoy had 40 trucks. "
                + "Another 17 were killed, the army said. They fired 30 grenades.";
        GoldFile gold = GoldFile.parse("""
                {"file": "a.txt", "sentence": "Al Shabaab said 21 were killed.", "count": 21, "count_low": null, "count_high": null, "qualifier": "exact", "unit": "troops", "actor": null, "location": null, "status": "killed", "source": "Al Shabaab"}
                {"file": "a.txt", "sentence": "Another 17 were killed, the army said.", "count": 17, "count_low": null, "count_high": null, "qualifier": "exact", "unit": "troops", "actor": null, "location": null, "status": "killed", "source": "the army"}
                {"file": "a.txt", "non_claim": "40 trucks", "reason": "vehicles"}
                {"file": "a.txt", "non_claim": "30 grenades", "reason": "weapons"}
                """);
        List<ClaimExtractor.Example> examples = GRAMMAR.examples(null, text);
        ClaimModelTrainer trainer = new ClaimModelTrainer();
        trainer.add(gold, "a.txt", examples);
        assertThat(trainer.figures().labels()).containsEntry(ClaimModels.CLAIM, 2).containsEntry(ClaimModels.OTHER, 2);

        ClaimModels models = trainer.train(1.0, 0.5);
        List<String> killed = features(examples, 21);
        List<String> vehicles = features(examples, 40);
        assertThat(models.figures().probability(ClaimModels.CLAIM, killed))
                .isGreaterThan(models.figures().probability(ClaimModels.CLAIM, vehicles));
    }

    @Test
    void theCandidateSidesOfAClaimAreOneDecisionWithTheGoldActorAsTheRightOne() {
        String text = "Pyongyang wants to send 12,000 soldiers to Russia. The trip took 30 minutes.";
        GoldFile gold = GoldFile.parse("""
                {"file": "a.txt", "sentence": "Pyongyang wants to send 12,000 soldiers to Russia.", "count": 12000, "count_low": null, "count_high": null, "qualifier": "exact", "unit": "soldiers", "actor": "North Korea", "location": "Russia", "status": "planned", "source": null}
                """);
        ClaimModelTrainer trainer = new ClaimModelTrainer();
        trainer.add(gold, "a.txt", GRAMMAR.examples(null, text));
        assertThat(trainer.actors().labels(ClaimModels.ACTOR)).containsEntry(ClaimModels.ACTOR, 1)
                .containsEntry("other", 1);

        ClaimModelTrainer unknown = new ClaimModelTrainer();
        unknown.add(GoldFile.parse("""
                {"file": "a.txt", "sentence": "Pyongyang wants to send 12,000 soldiers to Russia.", "count": 12000, "count_low": null, "count_high": null, "qualifier": "exact", "unit": "soldiers", "actor": "Belarus", "location": "Russia", "status": "planned", "source": null}
                """), "a.txt", GRAMMAR.examples(null, text));
        assertThat(unknown.actors().examples()).isZero(); // the gold side is not among them: nothing to learn
    }

    private static List<String> features(List<ClaimExtractor.Example> examples, long count) {
        return examples.stream().filter(e -> e.task() == ClaimExtractor.Task.FIGURE && e.count() == count)
                .findFirst().orElseThrow().features();
    }
}
