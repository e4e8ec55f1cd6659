package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorChooserTest {

    private static final Gazetteer GAZ = new Gazetteer();
    private static final ActorChooser CHOOSER = new ActorChooser(
            new ClaimFeatures(new UnitPhrase.Grammar(GAZ), new StatusLexicon()), null);

    private static final Gazetteer.Actor PAKISTAN = new Gazetteer.Actor("PK", "Pakistan", Gazetteer.ActorKind.COUNTRY);
    private static final Gazetteer.Actor INDIA = new Gazetteer.Actor("IN", "India", Gazetteer.ActorKind.COUNTRY);

    /** "Four terrorists have been slain," he added. — a sentence that names no side. */
    private static List<ActorChooser.Candidate> candidates(Gazetteer.Actor mostNamed, Gazetteer.Actor placeCountry) {
        List<Token> tokens = Tokenizer.tokenize("Four terrorists have been slain, he added.");
        ActorChooser.Surroundings at = new ActorChooser.Surroundings(tokens, List.of(), null, List.of(), List.of(),
                List.of(), Map.of("PK", 3), mostNamed);
        return CHOOSER.candidates(at, 0, 2, "terrorists", null, null, Status.KILLED, placeCountry);
    }

    @Test
    void theSideTheArticleNamesMostIsACandidateWhenNoSentenceNearbyNamesIt() {
        List<ActorChooser.Candidate> found = candidates(PAKISTAN, null);
        assertThat(found).extracting(c -> c.actor().id()).containsExactly("PK");
        assertThat(found.get(0).features()).contains("mostNamed").anyMatch(f -> f.startsWith("onlyInArticle&"));
    }

    @Test
    void theCountryOfTheClaimsPlaceIsACandidate() {
        List<ActorChooser.Candidate> found = candidates(null, INDIA);
        assertThat(found).extracting(c -> c.actor().id()).containsExactly("IN");
        assertThat(found.get(0).features()).anyMatch(f -> f.startsWith("onlyWhere&"));
    }

    @Test
    void withoutEitherThereIsNoCandidate() {
        assertThat(candidates(null, null)).isEmpty();
    }

    @Test
    void aSideBeforeACasualtyCueInAnotherClauseIsMostlyTheOneThatStruck() {
        List<Token> tokens = Tokenizer.tokenize(
                "ISWAP fighters struck a military base, killing five Nigerian soldiers.");
        ActorChooser.Surroundings at = new ActorChooser.Surroundings(tokens, GAZ.find(tokens), null, List.of(),
                List.of(), List.of(), Map.of(), null);
        List<ActorChooser.Candidate> found = CHOOSER.candidates(at, 8, 11, "soldiers", null, null, Status.KILLED, null);
        ActorChooser.Candidate iswap = found.stream().filter(c -> c.actor().organisation()).findFirst().orElseThrow();
        assertThat(iswap.features()).contains("clause=other&casualty", "cueBetween=casualty&casualty",
                "unit=soldiers&" + iswap.actor().id());
        ActorChooser.Candidate nigeria = found.stream().filter(c -> c.actor().id().equals("NG")).findFirst()
                .orElseThrow();
        assertThat(nigeria.features()).contains("clause=same&casualty", "cueBetween=none&casualty");
    }
}
