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
}
