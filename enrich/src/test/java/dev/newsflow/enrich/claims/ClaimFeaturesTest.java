package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimFeaturesTest {

    private static final Gazetteer GAZ = new Gazetteer();
    private static final ClaimFeatures FEATURES = new ClaimFeatures(new UnitPhrase.Grammar(GAZ), new StatusLexicon());

    private static List<String> statusFeatures(String text, Gazetteer.Place where, boolean present) {
        List<Token> tokens = Tokenizer.tokenize(text);
        NumberMention n = new NumberParser().parse(tokens).get(0);
        return FEATURES.status(tokens, n, n.end() + 1, "troops", Status.OTHER, null, null, false, where, present);
    }

    @Test
    void theStatusModelSeesWhereTheTroopsAre() {
        Gazetteer.Place syria = GAZ.find(Tokenizer.tokenize("Syria")).get(0).place();
        assertThat(statusFeatures("The US has 900 troops in Syria.", syria, true))
                .contains("where=" + syria.specificity(), "present");
    }

    @Test
    void aForceWithNoPlaceSaysSo() {
        assertThat(statusFeatures("The army has 200,000 troops.", null, false))
                .contains("where=none").doesNotContain("present");
    }

    /** The status features of the first figure, with the cue the grammar finds governing it. */
    private static List<String> governedFeatures(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        NumberMention n = new NumberParser().parse(tokens).get(0);
        StatusLexicon.Cue cue = new StatusLexicon().governing(tokens, n.qualifierStart(), n.end() + 1, false);
        return FEATURES.status(tokens, n, n.end() + 1, "troops", Status.OTHER, cue, null, false, null, false);
    }

    @Test
    void theStatusModelSeesTheTenseOfTheCue() {
        assertThat(governedFeatures("Britain has deployed 900 troops to Estonia."))
                .contains("cueTense=perfect&DEPLOYED", "clauseTense=perfect");
        assertThat(governedFeatures("In 2018, 7,000 troops were sent to Texas."))
                .contains("cueTense=past&DEPLOYED", "clauseTense=past");
        assertThat(governedFeatures("About 300 troops will be deployed to Chicago."))
                .anyMatch(f -> f.startsWith("cueTense=future&")).contains("clauseTense=future");
        assertThat(governedFeatures("The army sent 300 troops.")).contains("cueTense=none&DEPLOYED", "clauseTense=none");
    }

    @Test
    void theStatusModelSeesTheWordBeforeTheYear() {
        assertThat(governedFeatures("In 2018, 7,000 troops were sent to Texas.")).contains("year=in");
        assertThat(governedFeatures("Sweden aims to train 12,000 conscripts by 2030.")).contains("year=by");
        assertThat(governedFeatures("Sweden trains 8,000 conscripts.")).contains("year=none");
    }
}
