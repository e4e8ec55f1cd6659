package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationDetectorTest {

    private static final NegationDetector NEGATION = new NegationDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "he also cautions against drawing the conclusion that 12,000 North Korean soldiers are fighting|true",
        "there was no evidence that 50,000 North Korean troops had crossed into Russia|true",
        "Russian officials denied reports that 3,000 North Korean soldiers were stationed in Kursk|true",
        "bloggers spread false claims that 20,000 Polish mercenaries are fighting|true",
        "Neither Moscow nor Pyongyang have yet denied reports of the deployment of thousands of soldiers|false",
        "Neither side has denied that some 11,000 North Korean troops are in Russia|false",
        "10,000 North Korean soldiers have been sent to Russia, officials said, and denied nothing else|false",
        "Pyongyang wants to contribute up to 12,000 soldiers|false",
        "He was asked whether China has sent an additional 5,000 troops to the border|true",
        "The army confirmed the deaths, despite earlier reports suggesting 5 soldiers had died|true",
        "Claims of 300,000 dead Ukrainian soldiers circulate, but he dismissed these figures as a lie|true",
        "300,000 soldiers are deployed; he dismissed these figures about tanks in another sentence.|true",
        "A clash over disputed land left two soldiers dead|false",
        "Russia disputed reports that two soldiers were killed|true",
        "Trump put out an unsubstantiated figure of 700,000 Ukrainian troop deaths|true",
    })
    void negatesFiguresAfterACue(String sentence, boolean negated) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        int figure = new NumberParser().parse(tokens).get(0).qualifierStart();
        assertThat(NEGATION.negates(tokens, figure)).isEqualTo(negated);
    }
}
