package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SideRulesTest {

    private static final Gazetteer GAZ = new Gazetteer();

    private static int figureEnd(List<Token> tokens) {
        return new NumberParser().parse(tokens).get(0).end();
    }

    /** The side's id, or null for none. */
    private static String id(Gazetteer.Actor side) {
        return side == null ? null : side.id();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "155 Chinese nationals are fighting against Ukraine.|UA",
        "They fought on the front in Ukraine against the Russian army.|RU",
        "155 Chinese nationals are fighting for Russia.|''",
        "The vote against Ukraine's bid was close.|''",
    })
    void theSideAfterAFightingVerbsAgainstIsTheOneFought(String sentence, String fought) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        assertThat(SideRules.foughtSides(tokens, GAZ.find(tokens)))
                .isEqualTo(fought.isEmpty() ? java.util.Set.of() : java.util.Set.of(fought));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Overall, Russian forces have killed 5,962 of those volunteer fighters.|RU",
        "Ukraine says it killed 100 soldiers near Bakhmut.|UA",
        "Israel killed 9,000 militants.|IL",
        "Afghan forces killed at least nine Taliban insurgents.|AF",
        "Six Israeli soldiers were killed.|",
        "The insurgents who were eliminated by the Nigerian troops had killed six soldiers.|",
        "A suspected jihadist attack in Benin kills three soldiers.|",
        "Russia sent 6,000 soldiers.|",
    })
    void theSideThatKillsIsTheSubjectOfTheVerbRightBeforeTheFigure(String sentence, String killer) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        int start = new NumberParser().parse(tokens).get(0).qualifierStart();
        StatusLexicon.Cue cue = new StatusLexicon().governing(tokens, start, figureEnd(tokens) + 1, false);
        assertThat(id(SideRules.killer(tokens, GAZ.find(tokens), cue, start))).isEqualTo(killer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Russia has transferred the bodies of 6,060 fallen soldiers to Ukraine.|UA",
        "14,480 bodies returned to Ukraine and 391 bodies returned to Russia.|UA",
        "Kyiv handed over the remains of 49 soldiers to the Russian side.|RU",
        "Russia sent 6,060 soldiers to Ukraine.|",
        "Ukraine confirmed receiving 1,200 bodies of soldiers from Russia.|UA",
        "With Ukraine receiving the bodies of 757 soldiers, Russia obtained 45 remains.|UA",
        "Ukraine says Russia returned 1,000 bodies|UA",
        "Russia returned 1,000 bodies|",
        "1,000 bodies, which according to the Russian side belong to Ukrainian soldiers, were returned to Ukraine.|UA",
    })
    void theDeadAreTheSidesTheyAreHandedBackTo(String sentence, String receiver) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        assertThat(id(SideRules.receiver(tokens, GAZ.find(tokens), figureEnd(tokens)))).isEqualTo(receiver);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The bodies of 1 000 dead have been returned.|dead|true",
        "Kyiv received 909 bodies.|bodies|true",
        "1,000 dead were counted.|dead|false",
        "Most of 1,000 dead were soldiers.|dead|false",
    })
    void remainsAreCountedByTheirHeadOrTheWordsBeforeTheFigure(String sentence, String unit, boolean remains) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        int start = new NumberParser().parse(tokens).get(0).qualifierStart();
        assertThat(SideRules.countsRemains(tokens, null, unit, start)).isEqualTo(remains);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kyiv received 909 Ukrainian bodies on Friday.|UA",
        "391 bodies were returned to Russia.|RU",
        "909 Ukrainian soldiers were returned.|",
    })
    void aFigureOfRemainsIsTheSideItsDemonymOrItsReceiverNames(String sentence, String side) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        assertThat(id(SideRules.remainsSide(tokens, GAZ.find(tokens), figureEnd(tokens)))).isEqualTo(side);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "There is a major challenge in deploying 25,000 troops to Ukraine.|Ukraine|true",
        "Ukraine asked allies for 25,000 troops to defend Ukraine.|Ukraine|false",
        "The governor sent 2,000 troops to Texas.|the United States|false",
    })
    void aCountryNamedOnlyAsWhereTroopsGoIsNotTheirs(String sentence, String country, boolean destinationOnly) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        Gazetteer.Actor side = GAZ.find(Tokenizer.tokenize(country)).get(0).actor();
        assertThat(SideRules.destinationOnly(side, tokens, GAZ.find(tokens))).isEqualTo(destinationOnly);
    }

    @Test
    void aHeadlineTopicIsTheCountryBeforeItsColon() {
        List<Token> tokens = Tokenizer.tokenize("Kenya: Roadside bomb kills five soldiers");
        assertThat(SideRules.headlineTopic(tokens, GAZ.find(tokens), tokens.size()).id()).isEqualTo("KE");
        List<Token> plain = Tokenizer.tokenize("Roadside bomb kills five soldiers in Kenya");
        assertThat(SideRules.headlineTopic(plain, GAZ.find(plain), plain.size())).isNull();
    }
}
