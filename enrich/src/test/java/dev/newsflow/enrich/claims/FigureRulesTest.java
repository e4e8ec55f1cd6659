package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureRulesTest {

    private static final Set<String> RESULTS = Set.of("QUALIFIED_MEN", "TWO_TOKENS", "AFTER_A_MONTH", "GLUED_KM",
            "LOW", "HIGH", "OPENS_SENTENCE", "ENDS_SENTENCE", "WORD_CLASS", "CUE_AFTER", "CUE_BEFORE", "COUNTRY_BEFORE",
            "MENTION_AFTER");
    private static final FigureRules RULES = new FigureRules("figure-rules-test.rules", RESULTS);

    private static String match(String text, int qualifierStart, int start, int end) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return RULES.match(tokens, qualifierStart, start, end);
    }

    @Test
    void theFigureIsMarkedOnItsTokensAndItsQualifierOnTheWordsBefore() {
        assertThat(match("up to 500 men", 0, 2, 3)).isEqualTo("QUALIFIED_MEN");
        assertThat(match("500 men", 0, 0, 1)).isNull();
        assertThat(match("five thousand", 0, 0, 2)).isEqualTo("TWO_TOKENS");
    }

    @Test
    void onlyTheFigureUnderTestIsMarked() {
        assertThat(match("five thousand and 30", 3, 3, 4)).isNull();
    }

    @Test
    void monthsComeFromTheCalendarTable() {
        assertThat(match("on January 10", 2, 2, 3)).isEqualTo("AFTER_A_MONTH");
        assertThat(match("on Monday 10", 2, 2, 3)).isNull();
    }

    @Test
    void gluedSaysWhetherASpaceCameBefore() {
        assertThat(match("a 17km march", 1, 1, 2)).isEqualTo("GLUED_KM");
        assertThat(match("a 17 km march", 1, 1, 2)).isNull();
    }

    @Test
    void aSentencesStartIsMarkedWhenTheRulesSeeThatFar() {
        assertThat(match("at 500", 1, 1, 2)).isEqualTo("OPENS_SENTENCE");
        assertThat(match("they stood at 500", 3, 3, 4)).isNull();
        List<Token> tokens = Tokenizer.tokenize("at 500 .");
        NumberMention figure = new NumberParser().parse(tokens).get(0);
        assertThat(RULES.matches(tokens, figure)).containsExactly(new FigureRules.Match("OPENS_SENTENCE", 2));
    }

    @Test
    void aSentencesEndIsMarkedToo() {
        assertThat(match("cut by 500", 2, 2, 3)).isEqualTo("ENDS_SENTENCE");
        assertThat(match("cut by 500 troops", 2, 2, 3)).isNotEqualTo("ENDS_SENTENCE");
    }

    @Test
    void wordClassesAreVariablesNamedAfterTheirClass() {
        assertThat(match("and another 300", 2, 2, 3)).isEqualTo("WORD_CLASS");
        assertThat(match("and then 300", 2, 2, 3)).isNull();
    }

    @Test
    void theCallersMarksSayWhatItKnowsOfEachToken() {
        List<Token> tokens = Tokenizer.tokenize("Ethiopia 2,500 killed and wounded 40 in Kenya");
        List<NumberMention> figures = new NumberParser().parse(tokens);
        FigureRules.Marks marks = FigureRules.Marks.none(tokens.size());
        assertThat(RULES.matching(tokens, figures.get(0), marks)).isEmpty();
        marks.cue()[2] = "killed";
        marks.cueEnd()[4] = "wounded";
        marks.country()[0] = "E";
        marks.mention()[7] = "B";
        assertThat(RULES.matching(tokens, figures.get(0), marks))
                .containsExactlyInAnyOrder("CUE_AFTER", "COUNTRY_BEFORE");
        assertThat(RULES.matching(tokens, figures.get(1), marks))
                .containsExactlyInAnyOrder("CUE_BEFORE", "MENTION_AFTER");
        assertThat(RULES.matching(tokens, figures.get(1))).isEmpty();
    }

    @Test
    void theRuleOfHighestPriorityWinsWhateverItsPlaceInTheFile() {
        assertThat(match("500 Troops", 0, 0, 1)).isEqualTo("HIGH");
        assertThat(match("500 troops", 0, 0, 1)).isEqualTo("LOW");
    }

    @Test
    void everyMatchingRuleIsReportedWhenEachSaysSomethingElse() {
        List<Token> tokens = Tokenizer.tokenize("500 Troops");
        NumberMention figure = new NumberParser().parse(tokens).get(0);
        assertThat(RULES.matching(tokens, figure)).containsExactlyInAnyOrder("HIGH", "LOW");
    }

    @Test
    void oneInstanceServesManyThreadsAtOnce() {
        NumberParser parser = new NumberParser();
        List<String> texts = List.of("on Oct. 27 to 260", "Battalion 365 and 366 troops", "a 17-kilometre border",
                "one in three men", "his visit in 1949", "call +372 717 9207", "some 2,000 soldiers", "the 1st brigade");
        List<List<NumberMention.Kind>> expected = texts.stream()
                .map(t -> parser.parse(Tokenizer.tokenize(t)).stream().map(NumberMention::kind).toList()).toList();
        List<List<List<NumberMention.Kind>>> runs = java.util.stream.IntStream.range(0, 200).parallel()
                .mapToObj(i -> texts.stream()
                        .map(t -> parser.parse(Tokenizer.tokenize(t)).stream().map(NumberMention::kind).toList())
                        .toList())
                .toList();
        assertThat(runs).allSatisfy(run -> assertThat(run).isEqualTo(expected));
        assertThat(expected.get(0)).containsExactly(NumberMention.Kind.CODE, NumberMention.Kind.CARDINAL);
        assertThat(expected.get(6)).containsExactly(NumberMention.Kind.CARDINAL);
    }

    @Test
    void aResultTheCallerDoesNotKnowFailsTheLoad() {
        assertThatThrownBy(() -> new FigureRules("figure-rules-test.rules", Set.of("LOW", "HIGH")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown result");
    }

    @Test
    void aRulesFileThatDoesNotParseFailsWithItsName() {
        assertThatThrownBy(() -> new FigureRules("figure-rules-broken.rules", Set.of("UNCLOSED")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("figure-rules-broken.rules");
    }

    @Test
    void aMistakeTokensRegexReportsAsAnErrorStillFailsWithTheFilesName() {
        assertThatThrownBy(() -> new FigureRules("figure-rules-list-variable.rules", Set.of("MEN")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("figure-rules-list-variable.rules");
    }

    @Test
    void aMissingRulesFileFailsWithItsName() {
        assertThatThrownBy(() -> new FigureRules("no-such.rules", RESULTS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such.rules");
    }
}
