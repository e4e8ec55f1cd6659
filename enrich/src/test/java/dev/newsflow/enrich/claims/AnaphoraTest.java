package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnaphoraTest {

    private static final Anaphora ANAPHORA = new Anaphora();
    private static final NumberParser NUMBERS = new NumberParser();

    /** Where the phrase of the sentence's first figure and its cue ends, or -1. */
    private static int refersBack(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return ANAPHORA.refersBack(tokens, NUMBERS.parse(tokens).get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "8,000 of them have been relocated to Kursk|3",
        "a further 300 of whom were wounded|5",
        "Of these, 1,500 are said to be in Kursk|4",
        "The NIS has now increased this number to around 3,000|10",
        "that figure rose to 4,000|5",
        "8,000 soldiers have been relocated|-1",
        "Of these reports from the front, 1,500 are false|-1",
    })
    void aFigureRefersBackByACueAfterItOrJustBefore(String text, int end) {
        assertThat(refersBack(text)).isEqualTo(end);
    }
}
