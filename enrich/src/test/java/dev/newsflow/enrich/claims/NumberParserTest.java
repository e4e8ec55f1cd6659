package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {

    private static final NumberParser PARSER = new NumberParser();

    private static NumberMention only(String text) {
        List<NumberMention> all = PARSER.parse(Tokenizer.tokenize(text));
        assertThat(all).as(text).hasSize(1);
        return all.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "12,000 soldiers|12,000|12000",
        "100 000 soldiers|100 000|100000",
        "1,250,000 men|1,250,000|1250000",
        "6,50,000 security personnel|6,50,000|650000",
        "1,30,000 reservists|1,30,000|130000",
        "500 troops|500|500",
        "five thousand troops|five thousand|5000",
        "six thousands servicemen|six thousands|6000",
        "six hundreds soldiers|six hundreds|600",
        "twelve soldiers|twelve|12",
        "twenty-five hundred men|twenty-five hundred|2500",
        "one hundred and fifty soldiers|one hundred and fifty|150",
        "Fifteen hundred workers|Fifteen hundred|1500",
        "1.5 million servicemen|1.5 million|1500000",
        "15-hundred paratroopers|15-hundred|1500",
        "a thousand troops|a thousand|1000",
        "a dozen soldiers|a dozen|12",
        "a quarter of a million soldiers|a quarter of a million|250000",
        "quarter of a million dead|quarter of a million|250000",
        "10, 000 American soldiers|10, 000|10000",
        "15.000 active-duty personnel|15.000|15000",
        "1.200.000 reservists|1.200.000|1200000",
        "1.125 million men|1.125 million|1125000",
        "unchanged at 1.013 million|1.013 million|1013000",
        "a half-million soldiers|a half-million|500000",
        "a half million soldiers|a half million|500000",
        "half-a-million troops|half-a-million|500000",
        "half a dozen mercenaries|half a dozen|6",
        "one and a half million Americans served|one and a half million|1500000",
        "two and a half thousand troops|two and a half thousand|2500",
        "14 and a half thousand soldiers|14 and a half thousand|14500",
        "2½ million Americans|2½ million|2500000",
        "send thousand troops|thousand|1000",
        "2.5-lakh personnel|2.5-lakh|250000",
        "five lakh troops|five lakh|500000",
    })
    void readsFigures(String text, String written, long value) {
        NumberMention n = only(text);
        assertThat(n.count()).isEqualTo(value);
        assertThat(n.text()).isEqualTo(written);
        assertThat(n.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(n.vague()).isFalse();
        assertThat(n.kind()).isEqualTo(NumberMention.Kind.CARDINAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "thousands of workers|1000",
        "hundreds of mercenaries|100",
        "tens of thousands of soldiers|10000",
        "hundreds of thousands of troops|100000",
        "several thousand troops|1000",
        "scores of troops|20",
    })
    void vagueQuantitiesAreAtLeastTheirUnit(String text, long value) {
        NumberMention n = only(text);
        assertThat(n.count()).isEqualTo(value);
        assertThat(n.low()).isEqualTo(value);
        assertThat(n.high()).isNull();
        assertThat(n.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(n.vague()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "around 3,000 soldiers|APPROX",
        "about 300 soldiers|APPROX",
        "approximately 300 soldiers|APPROX",
        "roughly 300 soldiers|APPROX",
        "some 300 soldiers|APPROX",
        "an estimated 300 soldiers|APPROX",
        "up to 12,000 soldiers|UP_TO",
        "as many as 25,000 soldiers|UP_TO",
        "at least 7,000 soldiers|AT_LEAST",
        "more than 3,000 soldiers|MORE_THAN",
        "over 3,000 soldiers|MORE_THAN",
        "it will hand over 6,000 bodies|EXACT",
        "Russia handed over 1,212 bodies|EXACT",
        "they fought over 300 positions|MORE_THAN",
    })
    void qualifiersBeforeTheFigure(String text, Qualifier q) {
        NumberMention n = only(text);
        assertThat(n.qualifier()).isEqualTo(q);
        assertThat(n.text()).doesNotContainAnyWhitespaces();
        assertThat(n.high()).isEqualTo(q == Qualifier.UP_TO ? n.count() : null);
        assertThat(n.low()).isEqualTo(q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN ? n.count() : null);
    }

    @Test
    void aFigureJoinedToPlusIsMoreThanItAndCountsTheNounAfter() {
        NumberMention n = only("We have 46,000-plus killed soldiers.");
        assertThat(n.text()).isEqualTo("46,000-plus");
        assertThat(n.count()).isEqualTo(46_000L);
        assertThat(n.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(n.low()).isEqualTo(46_000L);
        assertThat(n.kind()).isEqualTo(NumberMention.Kind.CARDINAL);
    }

    @Test
    void wellOverIsOneQualifier() {
        NumberMention n = only("well over 300,000 soldiers");
        assertThat(n.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(n.qualifierStart()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1,000 to 3,000 soldiers|1,000 to 3,000",
        "between 1,000 and 3,000 soldiers|1,000 and 3,000",
        "1,000-3,000 soldiers|1,000-3,000",
        "1,000–3,000 soldiers|1,000–3,000",
        "1,000 or close to 3,000 soldiers|1,000 or close to 3,000",
    })
    void ranges(String text, String written) {
        NumberMention n = only(text);
        assertThat(n.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(n.count()).isEqualTo(1000);
        assertThat(n.low()).isEqualTo(1000);
        assertThat(n.high()).isEqualTo(3000);
        assertThat(n.text()).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "approximately 1.2 to 1.3 million soldiers|1200000|1300000",
        "between 1.2 and 1.5 million troops|1200000|1500000",
        "some 1.5-2 million reservists|1500000|2000000",
        "the base was overrun by 400 to 600 troops|400|600",
        "about 50 thousand-60 thousand more soldiers|50000|60000",
    })
    void aDecimalOrAFigureAfterByStartsARange(String text, long low, long high) {
        assertRange(text, low, high);
    }

    private static void assertRange(String text, long low, long high) {
        NumberMention n = only(text);
        assertThat(n.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(n.low()).isEqualTo(low);
        assertThat(n.high()).isEqualTo(high);
    }

    @Test
    void aDecimalBeforeAFigureWithoutAScaleIsNoRange() {
        assertThat(PARSER.parse(Tokenizer.tokenize("between 1.2 and 1.5 percent"))).isEmpty();
        assertThat(only("a ratio of 1.5 to 2").count()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "estimates range from 1,000 to 3,000 soldiers|from 1,000 to 3,000",
        "a force of from 1,000 to 3,000 soldiers|from 1,000 to 3,000",
    })
    void fromAfterARangeWordIsARange(String text, String range) {
        NumberMention n = only(text);
        assertThat(n.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(n.high()).isEqualTo(3000);
        assertThat(range).contains(n.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "increase its contribution from 270 to 350 military personnel|270|350",
        "increase troop strength from the current 184,000 to 255,000|184000|255000",
        "increased its deployment by 1,300 to 6,300|1300|6300",
        "the force grew by 500 to 4,500|500|4500",
        "increase the number of its troops from 182 to 203 thousand|182000|203000",
        "the army will grow from 1.9 million to 2.4 million|1900000|2400000",
        "cut the army from 2 million to 1.5 million|2000000|1500000",
        "raise the force from 5,000 to 6 thousand|5000|6000",
    })
    void aChangeFromOneFigureToAnotherIsTwoFigures(String text, long from, long to) {
        assertThat(PARSER.parse(Tokenizer.tokenize(text))).extracting(NumberMention::count, NumberMention::qualifier)
                .containsExactly(tuple(from, Qualifier.EXACT),
                        tuple(to, Qualifier.EXACT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "down from a high of 30 – 40,000 soldiers|30000|40000",
        "another 50-70 000 were considered missing|50000|70000",
        "600-700 000 were wounded|600000|700000",
        "between 5 to 10,000 soldiers|5|10000",
        "1,000 to 3,000 soldiers|1000|3000",
    })
    void thousandsWrittenOnceApplyToBothEndsOfARangeOfLikeFigures(String text, long low, long high) {
        assertRange(text, low, high);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "two or three Cambodian soldiers|2|3",
        "seven or eight militants|7|8",
        "killed 100 or 150 fighters|100|150",
    })
    void twoNeighbouringGuessesJoinedByOrAreARange(String text, long low, long high) {
        assertRange(text, low, high);
    }

    @Test
    void figuresFarApartJoinedByOrAreTwoFigures() {
        assertThat(PARSER.parse(Tokenizer.tokenize("either 100 or 1,000 soldiers"))).extracting(NumberMention::count)
                .containsExactly(100L, 1000L);
        assertThat(PARSER.parse(Tokenizer.tokenize("three or two soldiers"))).extracting(NumberMention::count)
                .containsExactly(3L, 2L);
    }

    @Test
    void aDayAfterAMonthIsADateNotTheStartOfARange() {
        assertThat(PARSER.parse(Tokenizer.tokenize("since the ground operations began on Oct. 27 to 260")))
                .extracting(NumberMention::count, NumberMention::kind)
                .containsExactly(tuple(27L, NumberMention.Kind.CODE),
                        tuple(260L, NumberMention.Kind.CARDINAL));
        assertThat(only("In May 3,000 troops arrived").kind()).isEqualTo(NumberMention.Kind.CARDINAL);
    }

    @Test
    void aDayBeforeAMonthIsADate() {
        assertThat(PARSER.parse(Tokenizer.tokenize("killed since 24 February 2022 and 370,000 wounded")))
                .extracting(NumberMention::count, NumberMention::kind)
                .containsExactly(tuple(24L, NumberMention.Kind.CODE), tuple(2022L, NumberMention.Kind.YEAR),
                        tuple(370_000L, NumberMention.Kind.CARDINAL));
        assertThat(only("on 3 Oct. the army said").kind()).isNotEqualTo(NumberMention.Kind.CARDINAL);
        assertThat(only("3 Marines were hurt").kind()).isEqualTo(NumberMention.Kind.CARDINAL);
    }

    @Test
    void aChangeInMoneyIsMoneyAtBothEnds() {
        assertThat(PARSER.parse(Tokenizer.tokenize("compensation rising from 146 to 288 Swedish crowns")))
                .extracting(NumberMention::kind).containsOnly(NumberMention.Kind.MONEY);
    }

    @Test
    void thousandsWrittenWithKAndVagueMillions() {
        assertThat(PARSER.parse(Tokenizer.tokenize("ISIS-K fighters"))).isEmpty();
        assertThat(only("Russian Army Recruited 417K Contract Soldiers").count()).isEqualTo(417_000);
        NumberMention millions = only("the mobilization of millions of militia members");
        assertThat(millions.count()).isEqualTo(1_000_000);
        assertThat(millions.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(millions.vague()).isTrue();
    }

    @Test
    void upToIsNotARange() {
        NumberMention n = only("increased this number to around 3,000 soldiers");
        assertThat(n.qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(n.count()).isEqualTo(3000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "receives $2,000 per month|MONEY",
        "(1,850 euros) per month|MONEY",
        "a bonus of 5,000 rubles|MONEY",
        "a bounty of ₹39 lakh on their heads|MONEY",
        "enlisted personnel earn approximately 700,000 drams|MONEY",
        "a fine of 2,000 tenge|MONEY",
        "paid ₦500,000 to each|MONEY",
        "a salary of ₴20,000|MONEY",
        "his visit in 1949|YEAR",
        "founded in (October 1945)|YEAR",
        "elections between 1853 and 1993 were held|YEAR",
        "did not return until 1769 when|YEAR",
        "the 62-year-old replied|COMPOUND_MODIFIER",
        "a 17-kilometre border|COMPOUND_MODIFIER",
        "the 1st brigade|ORDINAL",
        "one of the officers|SELECTION",
    })
    void figuresThatAreNotCounts(String text, NumberMention.Kind kind) {
        assertThat(only(text).kind()).isEqualTo(kind);
    }

    @Test
    void digitsInBracketsRestateTheWordsBeforeThem() {
        assertThat(PARSER.parse(Tokenizer.tokenize("killed two (2) terrorists"))).extracting(NumberMention::kind)
                .containsExactly(NumberMention.Kind.RESTATED, NumberMention.Kind.CARDINAL);
        assertThat(PARSER.parse(Tokenizer.tokenize("Four hundred (400) soldiers"))).extracting(NumberMention::kind)
                .containsExactly(NumberMention.Kind.RESTATED, NumberMention.Kind.CARDINAL);
    }

    @Test
    void theEndOfASpanOfYearsIsAYear() {
        assertThat(PARSER.parse(Tokenizer.tokenize("In 2009–10, a target was set"))).extracting(NumberMention::kind)
                .containsExactly(NumberMention.Kind.YEAR, NumberMention.Kind.YEAR);
        assertThat(only("between 1800 and 2000 troops").kind()).isEqualTo(NumberMention.Kind.CARDINAL);
    }

    @Test
    void wordsThatAreNotFigures() {
        assertThat(PARSER.parse(Tokenizer.tokenize("the fourth anniversary, as the third country"))).isEmpty();
    }

    @Test
    void datesTimesAndDesignationsAreCodes() {
        assertThat(PARSER.parse(Tokenizer.tokenize("on Thursday (25/1/2024), the army said")))
                .extracting(NumberMention::kind).containsOnly(NumberMention.Kind.CODE);
        assertThat(only("the brigade (military unit 06705)").kind()).isEqualTo(NumberMention.Kind.CODE);
        assertThat(only("some 2,000 soldiers").kind()).isEqualTo(NumberMention.Kind.CARDINAL);
        assertThat(PARSER.parse(Tokenizer.tokenize("left at 5:19 this morning"))).extracting(NumberMention::kind)
                .containsOnly(NumberMention.Kind.CODE);
        assertThat(PARSER.parse(Tokenizer.tokenize("Infantry Battalion 365 and 366 troops")))
                .extracting(NumberMention::kind).containsOnly(NumberMention.Kind.CODE);
        assertThat(only("the Task Force 51 troops").kind()).isEqualTo(NumberMention.Kind.CODE);
        assertThat(only("the outpost at Border Milepost No. 13 surrendered").kind()).isEqualTo(NumberMention.Kind.CODE);
        assertThat(only("Cambodia's Military Region 5 was told").kind()).isEqualTo(NumberMention.Kind.CODE);
        assertThat(only("No. 13 soldiers").kind()).isEqualTo(NumberMention.Kind.CODE);
        assertThat(only("called up under Section 12406 of the U.S. Code").kind()).isEqualTo(NumberMention.Kind.CODE);
        assertThat(only("the battalion lost 365 soldiers").kind()).isEqualTo(NumberMention.Kind.CARDINAL);
        assertThat(only("its European interests,[93] while").kind()).isEqualTo(NumberMention.Kind.CODE);
        assertThat(PARSER.parse(Tokenizer.tokenize("Molecular Ecology. 18 (17): 3548–3580.")))
                .extracting(NumberMention::kind).endsWith(NumberMention.Kind.CODE);
        assertThat(only("JERUSALEM (AFP): Sixteen Israeli soldiers").kind()).isEqualTo(NumberMention.Kind.CARDINAL);
        assertThat(PARSER.parse(Tokenizer.tokenize("N. Z. J. Ecol. 12(S): 115–129."))).extracting(NumberMention::kind)
                .endsWith(NumberMention.Kind.CODE);
        assertThat(PARSER.parse(Tokenizer.tokenize("Journal of History 23: 285–314."))).extracting(NumberMention::kind)
                .endsWith(NumberMention.Kind.CODE);
        assertThat(PARSER.parse(Tokenizer.tokenize("October 10–11: Eleven Pakistani soldiers killed")))
                .extracting(NumberMention::kind).endsWith(NumberMention.Kind.CARDINAL);
        assertThat(PARSER.parse(Tokenizer.tokenize("double that number by 2035: 105,000 reservists")))
                .extracting(NumberMention::kind).endsWith(NumberMention.Kind.CARDINAL);
        assertThat(PARSER.parse(Tokenizer.tokenize("is (357526 + 81936) = 439462"))).extracting(NumberMention::kind)
                .containsOnly(NumberMention.Kind.CODE);
        assertThat(only("40+ soldiers").kind()).isEqualTo(NumberMention.Kind.CARDINAL);
        assertThat(only("the nine\u2011month tally").kind()).isEqualTo(NumberMention.Kind.COMPOUND_MODIFIER);
        assertThat(PARSER.parse(Tokenizer.tokenize("11-4-2024 (BANGKOK) Approximately 200 Myanmar soldiers")))
                .extracting(NumberMention::kind).containsExactly(NumberMention.Kind.CODE, NumberMention.Kind.CODE,
                        NumberMention.Kind.CARDINAL);
        assertThat(PARSER.parse(Tokenizer.tokenize("On 11-4-2024, 200 Myanmar soldiers")))
                .extracting(NumberMention::kind).containsExactly(NumberMention.Kind.CODE, NumberMention.Kind.CODE,
                        NumberMention.Kind.CARDINAL);
        assertThat(PARSER.parse(Tokenizer.tokenize("14 junta soldiers including LIB 232 deputy commander")))
                .extracting(NumberMention::kind).containsExactly(NumberMention.Kind.CARDINAL, NumberMention.Kind.CODE);
        assertThat(PARSER.parse(Tokenizer.tokenize("Exercise Yama Sakura 87 will involve around 300 members")))
                .extracting(NumberMention::kind).containsExactly(NumberMention.Kind.CODE, NumberMention.Kind.CARDINAL);
        assertThat(PARSER.parse(Tokenizer.tokenize("All 127 members of the Infantry Battalion (IB) 129 surrendered")))
                .extracting(NumberMention::kind).containsExactly(NumberMention.Kind.CARDINAL, NumberMention.Kind.CODE);
        assertThat(only("between 1,000-3,000 troops").kind()).isEqualTo(NumberMention.Kind.CARDINAL);
        assertThat(PARSER.parse(Tokenizer.tokenize("On May 5, 100 soldiers left"))).extracting(NumberMention::count)
                .containsExactly(5L, 100L);
        assertThat(only("A company from 3PPCLI is in Grand Prairie").kind()).isEqualTo(NumberMention.Kind.CODE);
        assertThat(only("a unit of 300 RCAF personnel").kind()).isEqualTo(NumberMention.Kind.CARDINAL);
        assertThat(only("the TNLA launched Operation 1027 in northern Shan").kind()).isEqualTo(NumberMention.Kind.CODE);
        assertThat(PARSER.parse(Tokenizer.tokenize("Eurasia Daily Monitor Volume: 19 Issue: 42")))
                .extracting(NumberMention::kind).containsOnly(NumberMention.Kind.CODE);
        assertThat(only("Kosovo Force: 4,000 troops").kind()).isEqualTo(NumberMention.Kind.CARDINAL);
        assertThat(PARSER.parse(Tokenizer.tokenize("one in three men, 1 in 15 people")))
                .extracting(NumberMention::kind).containsOnly(NumberMention.Kind.RATIO);
        assertThat(PARSER.parse(Tokenizer.tokenize("outnumbered by as much as ten to one, and 3 to 1 in places")))
                .extracting(NumberMention::kind).containsOnly(NumberMention.Kind.RATIO);
        assertThat(PARSER.parse(Tokenizer.tokenize("cut from two brigades to one brigade")))
                .extracting(NumberMention::kind).containsOnly(NumberMention.Kind.CARDINAL);
        assertThat(PARSER.parse(Tokenizer.tokenize("one soldier in Kabul"))).extracting(NumberMention::kind)
                .containsOnly(NumberMention.Kind.CARDINAL);
        assertThat(PARSER.parse(Tokenizer.tokenize("beae8ea7-40f4-4d46-a816-16707a65655c and 6x6 trucks")))
                .extracting(NumberMention::kind).containsOnly(NumberMention.Kind.CODE);
        assertThat(PARSER.parse(Tokenizer.tokenize("call +372 717 9207 for details")))
                .extracting(NumberMention::kind).containsOnly(NumberMention.Kind.CODE);
    }

    @Test
    void theRestOfAFigureNotReadIsNoMillionOfItsOwn() {
        assertThat(PARSER.parse(Tokenizer.tokenize("several hundred thousand troops"))).extracting(NumberMention::count)
                .doesNotContain(1000L);
        assertThat(PARSER.parse(Tokenizer.tokenize("2½ troops"))).isEmpty();
    }
}
