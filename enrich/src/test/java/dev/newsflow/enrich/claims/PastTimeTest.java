package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PastTimeTest {

    private static final PastTime PAST = new PastTime();

    /** Whether the sentence, read whole, counts troops of a time that has passed, the article's year given. */
    private static boolean past(String sentence, int presentYear) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        return PAST.past(tokens, 0, tokens.size(), presentYear);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "In 1990 there were 200,000 soldiers in Germany; today there are 35,000.|200,000|true",
        "In 1990 there were 200,000 soldiers in Germany; today there are 35,000.|35,000|false",
        "In 1999 the force was 33,000, in 2002 16,000 and by June 2004 the force will be 7,000.|33,000|true",
        "In 1999 the force was 33,000, in 2002 16,000 and by June 2004 the force will be 7,000.|7,000|false",
        "In 1999 the force had 33,000 troops, which it still has.|33,000|false",
        "In 1990 the United States had 200,000 soldiers in Germany and 30,000 in Japan.|30,000|true",
    })
    void aWordOfThePresentCountsOnlyBetweenTheFiguresOnEitherSide(String sentence, String figure, boolean past) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        int k = 0;
        while (!tokens.get(k).text().equals(figure)) {
            k++;
        }
        assertThat(PAST.past(tokens, k, k + 1, 2005)).isEqualTo(past);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In 1990, the United States still had more than 200,000 soldiers stationed in Germany|2019|true",
        "During 1996, the United States stationed about 16,500 troops in Bosnia|2019|true",
        "By May 1952, over 257,000 U.S. personnel were stationed across Europe|2019|true",
        "In late 1989 the government faced 92 000 Soviet soldiers on its territory|2019|true",
        "In 2018, the United States stationed about 2,000 troops in Syria|2019|false",
        "In 1990, the United States had 200,000 soldiers in Germany|" + Integer.MIN_VALUE + "|false",
        "Since 1999 the mission has had some 16,000 troops|2019|false",
        "In 1990 there were 200,000 soldiers; today there are 35,000|2019|false",
        "Established in 1999, KFOR currently includes more than 4,500 troops|2019|false",
        "At the height of the war there were about 118,000 Soviet troops in Afghanistan|" + Integer.MIN_VALUE + "|true",
        "At the war's peak, about 543,400 US troops were stationed in the country|" + Integer.MIN_VALUE + "|true",
        "At one time, the air base housed as many as 60,000 U.S. troops|" + Integer.MIN_VALUE + "|true",
        "About 28,500 U.S. troops are stationed here at the height of tensions|" + Integer.MIN_VALUE + "|false",
        "Poland has some 900 troops in Iraq|" + Integer.MIN_VALUE + "|false",
        "Ten years ago, nearly 1,200 French forces were stationed in Gabon|" + Integer.MIN_VALUE + "|true",
        "Until recently, around 1,000 French soldiers were stationed in Chad|" + Integer.MIN_VALUE + "|true",
        "By the end of the war, 15,000 Turkish troops had fought in Korea|" + Integer.MIN_VALUE + "|true",
        "By the war's end, 300,000 troops had served there|" + Integer.MIN_VALUE + "|true",
        "In all, 3,518 Ethiopians participated in the Korean conflict|" + Integer.MIN_VALUE + "|true",
        "More than 53,000 British troops took part in the Gulf War|" + Integer.MIN_VALUE + "|true",
        "Germany has sent 5,000 troops, its biggest deployment since the Second World War|" + Integer.MIN_VALUE
                + "|false",
        "Five weeks ago, 700 Marines were sent to Los Angeles|" + Integer.MIN_VALUE + "|false",
        "December 1968: US Troop Numbers in Vietnam Reach Approximately 540,000|2018|true",
        "1968 troops were sent to the border|2018|false",
        "Once there were 20,000 American troops in Somalia|" + Integer.MIN_VALUE + "|true",
        "The last peacekeepers left a force that once numbered 28,000 troops|" + Integer.MIN_VALUE + "|true",
        "Before the pullout there were some 40,000 Serb troops in Kosovo|" + Integer.MIN_VALUE + "|true",
        "Before the withdrawal, 12,000 French soldiers were stationed in Mali|" + Integer.MIN_VALUE + "|true",
        "Once deployed, the 3,000 soldiers guarded the border|" + Integer.MIN_VALUE + "|false",
    })
    void aPastMomentOrAYearWellBeforeTheArticlesSetsAFigureInThePast(String sentence, int presentYear,
                                                                   boolean past) {
        assertThat(past(sentence, presentYear)).isEqualTo(past);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Poland plans to prepare 100,000 military reservists by 2027.|2025|true",
        "The number will rise to 10,000 by the end of 2030.|2026|true",
        "The contingent had grown to nearly 2,000 by the end of 2021.|2025|false",
        "Russia had deployed 10,000 soldiers there by 2023.|2025|false",
        "Numbers are needed to grow the force to 69,000 by the early 2030s.|2025|true",
        "The army had shrunk to 400,000 by the late 2010s.|2025|false",
        "It will raise the number of conscripts from around 5,000 now to 7,500 by 2026.|2025|false",
        "Poland plans to prepare 100,000 military reservists by 2027.|" + Integer.MIN_VALUE + "|false",
    })
    void aDeadlineLaterThanTheArticlesPresentAfterTheFigureMakesItASizeStillToBeReached(String sentence,
                                                                                         int presentYear,
                                                                                         boolean future) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        NumberMention first = new NumberParser().parse(tokens).get(0);
        assertThat(PAST.futureDeadline(tokens, first.end(), tokens.size(), presentYear)).isEqualTo(future);
    }

    @Test
    void theArticlesPresentIsItsLatestYearThatIsNoDeadlineOrDecade() {
        List<Sentence> sentences = new SentenceSplitter().split("In 2012 the army had 90,000 soldiers. In 2025 it "
                + "had 72,000. It aims to reach 80,000 by 2030, and 90,000 by the end of 2035 or in the early 2040s.");
        assertThat(PAST.referenceYear(sentences)).isEqualTo(2025);
        assertThat(PAST.referenceYear(new SentenceSplitter().split("The army has 72,000 soldiers.")))
                .isEqualTo(PastTime.UNKNOWN);
    }
}
