package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What figure-context.rules says of the first (or last) cardinal of a sentence. */
class FigureContextRulesTest {

    private static final FigureRules RULES = new FigureRules("figure-context.rules",
            Arrays.stream(FigureContext.values()).map(Enum::name).collect(Collectors.toSet()));
    private static final FigureRules SIDES = new FigureRules("both-sides.rules", Set.of("BOTH_SIDES"),
            FigureContext.Reader.BOTH_SIDES_REACH);

    private static Set<String> said(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return RULES.matching(tokens, cardinals(tokens).get(0));
    }

    private static Set<String> sides(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return SIDES.matching(tokens, cardinals(tokens).get(0));
    }

    private static List<NumberMention> cardinals(List<Token> tokens) {
        return new NumberParser().parse(tokens).stream().filter(n -> n.kind() == NumberMention.Kind.CARDINAL).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"We will hold,\" said one marine, Lt. Col. I Ketut Suwarya.|SPEAKER",
        "One soldier told AFP that the attack began at dawn.|SPEAKER",
        "Russian troops are advancing by 200-300 meters per day.|MEASURE",
        "Ukrainian units had captured 1,000 square kilometres of territory.|MEASURE",
        "The battle spanned 18 hours.|MEASURE",
        "Poland's military currently stands at around 200,000.|FORCE_SIZE",
        "Army numbers are set to fall below 70,000 next year.|FORCE_SIZE",
        "He has an army of merely 3,500.|FORCE_SIZE",
        "The brigade now consists of about 3,300 personnel.|FORMATION",
        "The contingent is composed of 125 Army personnel.|FORMATION",
        "That task force only numbers roughly 60 personnel.|FORMATION",
        "The unit currently has about 2,400 members.|FORMATION",
        "The army deployed three army brigades along the border.|FORMATIONS",
        "It sent two Popular Mobilization Forces brigades.|FORMATIONS",
        "The force has one special forces brigade.|FORMATIONS",
        "Militants beheaded 21 Christians.|CIVILIANS",
        "About 14,000 civilian Vietnamese were killed in the offensive.|CIVILIANS",
        "At least 250,000 Liberians remained uprooted.|CIVILIANS",
        "Approximately 380,000 or more Liberians were uprooted.|CIVILIANS",
        "The soldiers include girls as young as 15.|DATE_OR_AGE",
        "Soldiers blocked a caravan of as many as 9,000 Honduran migrants.|CIVILIANS",
        "The clash left two dead civilians and three wounded soldiers.|CIVILIANS",
        "Two security sources said more than 30 soldiers had been killed.|CIVILIANS",
        "At least three aid workers have been killed.|CIVILIANS",
        "Some 1,601 family members surrendered with them.|CIVILIANS",
        "With more than 7 million Syrians still displaced inside the country|CIVILIANS",
        "Some 40,000 were internally displaced by the fighting|CIVILIANS",
        "Among the dead were four police officers.|CIVILIANS",
        "There are 2,101 international police personnel.|CIVILIANS",
        "Kenya deployed nearly 400 police last year.|CIVILIANS",
        "About 180 members of the Australian Federal Police arrived in Dili.|CIVILIANS",
        "There were at least 1,518 civilian casualties in 2018.|CIVILIANS",
        "The British effort involved 3,000 civilian personnel.|CIVILIANS",
        "The resolution won the approval of all 15 Security Council members.|CIVILIANS",
        "In July, 32 demonstrators were killed.|CIVILIANS",
        "Russia has been losing five soldiers for every Ukrainian soldier killed.|MEASURE",
        "The ministry's data said 77 cases were reported in 2019.|MEASURE",
        "The defence ministry has so far received 280 complaints from family members.|MEASURE",
        "The Russian side has handed over a list of 640 names.|MEASURE",
        "The government will send the army to 12 cities.|MEASURE",
        "Brigades can vary between countries, but they typically consist of 2,000 to 3,000 soldiers.|MEASURE",
        "A company's size can vary from 50 to 250 soldiers.|MEASURE",
        "The usual size of such a unit is about 150 troops.|MEASURE",
        "A battalion typically ranges from 300 to around 1,000 troops.|MEASURE",
        "Finland is raising the age limit for reservists from 60 to 65.|DATE_OR_AGE",
        "The scheme will recruit 18 and 19-year-olds.|DATE_OR_AGE",
        "They were aged 25.|DATE_OR_AGE",
        "Their average age is already around 45.|DATE_OR_AGE",
        "General Ogolla, 61, a trained fighter pilot, had only been in the post a year.|DATE_OR_AGE",
        "Recruits under the ages of 18 were sent home.|DATE_OR_AGE",
        "The German army has failed to reach its target of 203,000 servicemen.|TARGET",
        "MONUSCO has an authorised troop ceiling of 11 500 military personnel.|TARGET",
        "The Guard missed its monthly 5,920 target.|TARGET",
        "The force fell short of its 80,000 recruiting goal.|TARGET",
        "It reached half of the service's 80,000 soldier year-end goal.|TARGET",
        "Germany needs up to 60,000 additional troops under new Nato targets.|AIM",
        "Such a coalition of the willing mission may require up to 30,000 troops.|AIM",
        "Ukraine needs to recruit 30,000 new soldiers each month.|AIM",
        "Objective: 203 thousand soldiers|AIM",
        "The Army sought 55,000 recruits in 2024.|AIM",
        "The service is seeking another 60,000 recruits.|AIM",
        "The decree calls for the enlistment of 150,000 citizens.|AIM",
        "Mexico deploys the first of 10,000 National Guard to the US border.|AIM",
        "The Dutch sent the first of 1,100 troops who will serve in the British sector.|AIM",
        "The decree provides for the draft of 135 thousand conscripts.|AIM",
        "Pistorius calls for 50,000-60,000 more soldiers.|AIM",
        "We must decisively strive for a Polish army of at least 300,000.|AIM",
        "It envisages keeping more than 300,000 soldiers on high readiness.|AIM",
        "He spoke of a need for up to half a million soldiers to be mobilized.|AIM",
        "The initial target of achieving 203,000 active soldiers seems unattainable.|AIM",
        "20,000 to 25,000 soldiers would be needed to guard critical infrastructure.|AIM",
        "The conscripts are to reach a total of 5,000 by 2030.|AIM",
        "Tusk said the country needed an armed force of 500000 people.|AIM",
        "Turkey has begun preparing a military brigade of up to 2,000 soldiers.|AIM",
        "Authorise a stabilisation force of 20,000 troops|AIM",
        "We want an army of 300,000 soldiers.|AIM",
        "So we want to have an army of 300,000 soldiers.|AIM",
        "Washington drew up plans for 5,000 troops in Poland.|AIM",
        "Latvia hopes to eventually have 61,000 combat-ready troops, divided between active and reserve units.|AIM",
        "The administration was seeking to assemble a multinational force of around 10,000 troops.|AIM",
        "The force is expected to comprise about 20,000 military personnel.|AIM",
        "A proposed force could total 20,000 troops.|AIM",
        "UNIFIL said it had been reducing its presence by about 2,000 in recent months.|REDUCTION",
        "The Pentagon will cut the force in South Korea by 4,500 troops.|REDUCTION",
        "It would involve some of the 1,500 French soldiers leaving Niger by road to Chad.|REDUCTION",
        "There was a shortage of 21,000 non-commissioned officers.|SHORTFALL",
        "That is where the shortfall hovers around 21,000 troops.|SHORTFALL",
        "The military is still short more than 13,600 troops.|SHORTFALL",
        "The Air Force fell short by about 3,000 active-duty airmen.|SHORTFALL",
        "The Army missed its recruiting target by about 15,000 soldiers.|SHORTFALL",
        "The Army met its recruiting goal of 55,000 new recruits months early.|GOAL_MET",
        "The Navy has exceeded its target of 40,000 sailors.|GOAL_MET",
        "Troop numbers in Iraq are down from a peak of 2,500.|PAST_PEAK",
        "The mission peaked at 140,000 troops in 2010.|PAST_PEAK",
        "China has cumulatively dispatched more than 7,000 peacekeepers to UNIFIL.|PAST_PEAK",
        "The number of U.S. troops there reached as high as 100,000 and then plummeted.|PAST_PEAK",
        "That is down from 140,000 troops a year before.|PAST_PEAK",
        "That is up from 150,000 men last year.|PAST_PEAK",
        "That is up from the current 40,000 troops.|PAST_PEAK",
        "The U.S. had maintained about 900 troops in the country.|PAST_PEAK",
        "Chad, which had hosted around 1,000 French troops, ended the agreements.|PAST_PEAK",
        "The airbase had been manned by up to 120 German military personnel.|PAST_PEAK",
        "Okinawa last hosted 19,000-20,000 Marines in 1989.|PAST_PEAK",
        "The Bundeswehr aims to expand from around 180,000 personnel to 260,000 active soldiers.|CHANGE_ORIGIN",
        "The plan would expand the army from the current 183,000 to 260,000 by 2031.|CHANGE_ORIGIN",
        "NATO will increase forces on high alert to a far larger pool from just 40,000.|CHANGE_ORIGIN",
        "The Memphis Police Department currently fields over 2,000 officers.|CIVILIANS",
        "The Ukrainian army currently boasts around 800,000 soldiers.|FORCE_TOTAL",
        "Currently, the Bundeswehr counts around 182,000 troops, Caliber.Az reports.|FORCE_TOTAL",
        "In 2022, the US Marine Corps stood at 174,577 troops, with another 32,599 on reserve.|FORCE_TOTAL",
        "Latvia currently has only 7,500 active troops.|FORCE_TOTAL",
        "At the end of 2024, there were 181,174 active soldiers.|FORCE_TOTAL",
        "There are currently around 183,000 personnel in the Bundeswehr.|FORCE_TOTAL",
        "More than 70,000 women serve in the Armed Forces of Ukraine.|FORCE_TOTAL",
        "Sweden has about 52,000 full-time military personnel.|FORCE_TOTAL",
        "Denmark has up to 9,000 professional troops on top of 4,700 conscripts.|FORCE_TOTAL",
        "Intelligence sources put FDLR's current strength at about 4,000 men.|FORCE_TOTAL",
        "The Pentagon estimates the group's strength at 3,000 fighters.|FORCE_TOTAL",
        "It was seeking to assemble a multinational force of around 10,000 troops.|MANY_SIDES",
        "It caused the deaths of more than 3,500 coalition forces.|MANY_SIDES",
        "Vilnius is hosting 1,000 allied troops from 16 members.|MANY_SIDES",
        "Canadian soldiers serve along with 1,300 troops from other NATO nations.|MANY_SIDES",
        "Several countries have together pledged over 3,100 troops.|MANY_SIDES",
        "Starmer proposed to deploy 30,000 European peacekeepers in Ukraine.|MANY_SIDES",
        "He proposed the deployment of around 30,000 European peacekeeping troops.|MANY_SIDES",
        "There are also up to 7,000 foreign forces in the coalition.|MANY_SIDES",
        "Countries pledge up to 7,500 troops to the GSF in Haiti.|MANY_SIDES",
        "International partners have committed approximately 7,500 personnel.|MANY_SIDES",
        "Uganda and Burundi have 9,000 soldiers in the war torn country.|MANY_SIDES",
        "The expanded base is a major hub capable of hosting 10,000 soldiers.|MEASURE",
        "The bases can hold more than 13,500 troops.|MEASURE",
        "It wants a reservist for every two active soldiers.|MEASURE",
        "The carrier can carry around 5,000 personnel.|MEASURE",
        "The troops were supplied by 28 of these countries.|MEASURE",
        "The camp was designed to accommodate up to 5,000 military personnel.|MEASURE",
        "The bill passed with a 17 vote margin.|MEASURE",
    })
    void saysWhatTheWordsAroundAFigureMakeOfIt(String text, String result) {
        assertThat(said(text)).contains(result);
    }

    @Test
    void bothEndsOfAnAgeLimitsChangeAreAges() {
        List<Token> tokens = Tokenizer.tokenize(
                "Finland proposes raising the age limit for army reservists from 60 to 65.");
        List<NumberMention> figures = cardinals(tokens);
        assertThat(figures).hasSize(2);
        figures.forEach(f -> assertThat(RULES.matching(tokens, f)).contains("DATE_OR_AGE"));
    }

    @Test
    void theSecondOfTwoSizesAimedAtTogetherIsAimedAtToo() {
        for (String text : List.of("It must reach 260,000 active soldiers and 200,000 reservists.",
                "Germany says it needs 260,000, plus an additional 200,000 reservists.")) {
            List<Token> tokens = Tokenizer.tokenize(text);
            List<NumberMention> figures = cardinals(tokens);
            assertThat(RULES.matching(tokens, figures.get(figures.size() - 1))).as(text).contains("AIM");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The DDR programme aims to reintegrate 75,000 former fighters.|AIM",
        "About 500 Marines are prepared to deploy if needed.|AIM",
        "The operation, aimed at combating illegal mining, cost 11 soldiers their lives.|AIM",
        "The Bundeswehr currently has around 180,000 military personnel.|AIM",
        "They wanted to see 5,000 soldiers in the streets.|AIM",
        "The plan for the 2,000 troops already in Syria is unclear.|AIM",
        "The force comprises 20,000 troops.|AIM",
        "The first contingent of 120 French soldiers left Chad in late December.|AIM",
        "The army has 2,000 troops in Syria.|FORCE_TOTAL",
        "The U.S. military has about 2,000 U.S. troops in Syria.|FORCE_TOTAL",
        "Pyongyang had sent 15,000 soldiers to Russia.|PAST_PEAK",
        "The base has hosted 5,000 troops since 2022.|PAST_PEAK",
        "About 1,500 troops from 14 nations serve in the brigade.|CHANGE_ORIGIN",
        "Some 2,000 troops moved from Kursk to Zaporizhzhia.|CHANGE_ORIGIN",
        "The army has 3,000 soldiers deployed along the border.|FORCE_TOTAL",
        "The U.S. has about 80,000 troops, the Pentagon said.|FORCE_TOTAL",
        "France has 1,500 active troops in Chad.|FORCE_TOTAL",
        "About 300 soldiers of the army's 82nd Airborne Division arrived.|FORCE_TOTAL",
        "There are 3,000 troops in the area.|FORCE_TOTAL",
        "The number of troops rose to 5,000 by March.|PAST_PEAK",
        "It left 50,000 troops, down from 140,000 a year before.|PAST_PEAK",
        "Britain has 900 regular soldiers stationed in Estonia.|FORCE_TOTAL",
        "Rwanda deployed a joint force of 1,000 soldiers and police officers.|MANY_SIDES",
        "The investigation lists 1,417 fighters from 35 African countries.|MANY_SIDES",
        "Kenya, one of the countries in the mission, has 400 troops there.|MANY_SIDES",
        "France is capable of deploying 20,000 soldiers for up to 30 days.|MEASURE",
        "Poland would host 10,000 US troops under the plan.|MEASURE",
        "Some 20,000 foreign fighters serve in the Ukrainian army.|MANY_SIDES",
        "The 1,500 troops guarding the base, leaving Kabul aside, stay.|REDUCTION",
        "Uganda has 6,000 soldiers and Burundi 5,400.|MANY_SIDES",
        "The Army fell short of its 60,000 goal.|SHORTFALL",
        "The mission struggles to meet its target of deploying 5,500 personnel.|GOAL_MET",
        "The Army hopes to meet its goal of 61,000 soldiers.|GOAL_MET",
        "The army was preparing a list of 2,000 soldiers.|AIM",
        "The shortage led the army to deploy 2,000 troops from reserve units.|SHORTFALL",
        "One civilian U.S. interpreter was killed.|CIVILIANS",
        "Some 9,000 Honduran soldiers guard the migrants.|CIVILIANS",
    })
    void saysNothingOfAFigureTheWordsDoNotSay(String text, String result) {
        assertThat(said(text)).doesNotContain(result);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Russia sent 200 troops.",
        "The toll from clashes between militants and the armed forces rose to five.",
        "The committee consists of 12 members.",
        "The army deployed 3,000 army soldiers in two brigades.",
        "About 4,000 Wagner fighters arrived.",
        "Six Golani Brigade soldiers were killed.",
        "It killed six Hamas brigade commanders.",
        "Each battalion sent 800 soldiers to Estonia.",
        "The army lost 77 soldiers in 2019.",
        "The brigade can deploy 2,000 soldiers within days.",
        "They can deploy 2,000 soldiers within days.",
        "The army increased its presence by 2,000 troops.",
        "The cuts were announced, but the army reinforced the border by 300 soldiers.",
        "The regiment is 257 soldiers below its target strength of 697.",
    })
    void aHeadCountGetsNoMeasureOrForceSize(String text) {
        assertThat(said(text)).doesNotContain("FORCE_SIZE", "MEASURE", "FORMATION", "FORMATIONS", "TARGET",
                "REDUCTION");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ohio is sending 150 military police officers.",
        "About 300 members of the Military Police were deployed.",
        "Some 500 soldiers were guarding police stations.",
        "The army sent 300 troops and police.",
        "After the police station was attacked, the army sent 300 officers.",
        "Three civilian resistance fighters were killed in the clash.",
    })
    void troopsBesidePoliceAreStillTroops(String text) {
        assertThat(said(text)).doesNotContain("CIVILIANS");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "An intelligence official said one soldier was wounded.",
        "Officials said one soldier, a sergeant, was killed.",
    })
    void oneSoldierWhoIsCountedIsNoSpeaker(String text) {
        assertThat(said(text)).doesNotContain("SPEAKER");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The exchange of fire resulted in the death of seven soldiers from both sides.",
        "More than a million soldiers had been killed and wounded on both sides of the fighting.",
        "Dozens of fighters were killed in overnight border clashes between Pakistan and Afghanistan, both sides said.",
        "Both sides have deployed hundreds of thousands of soldiers.",
        "The war has caused nearly 2 million military casualties across both nations.",
        "Soldiers killed or missing on both sides of the war could be 2 million by spring.",
        "Each side received 144 detained soldiers.",
        "Independent estimates put total military deaths above 500,000 combined.",
    })
    void troopsOfBothSidesAreNoOneSides(String text) {
        assertThat(sides(text)).containsExactly("BOTH_SIDES");
    }

    @ParameterizedTest(name = "{0}|{1}")
    @CsvSource(delimiter = '|', value = {
        "Moscow and Kyiv agreed to exchange the bodies of 6,000 soldiers each.|true",
        "They agreed to swap at least 1,200 POWs on each side.|true",
        "Both Russia and Ukraine exchanged 146 prisoners of war each on Sunday.|true",
        "Each side released 146 prisoners of war.|true",
        "Russia recruits 30,000 soldiers each month.|false",
        "Russia sent two brigades of 3,000 soldiers each.|false",
    })
    void asManyOfEachSideAreNoOneSides(String text, boolean eachSide) {
        assertThat(sides(text).contains("BOTH_SIDES")).isEqualTo(eachSide);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Gunmen opened fire from both sides with heavy weapons, killing 16 soldiers.",
        "Russia sent 200 troops; both sides said talks would go on.",
        "Both sides said on Monday that the ceasefire was holding and 300 soldiers had been withdrawn.",
        "Both armies reported gains; Russia sent 2,000 troops.",
        "The combined force of 5,000 troops crossed the border.",
    })
    void oneSidesFigureIsNotBothSides(String text) {
        assertThat(sides(text)).isEmpty();
    }

    /** Each row: a text, the indexes of its cardinal figures that are ages, and one that is a count. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "There are about 200 children, between the ages of 16 and 18.|1|2|0",
        "The two soldiers, aged 20 and 22, were members of a unit of 300.|1|2|3",
    })
    void bothAgesOfAPairAreAges(String text, int firstAge, int secondAge, int count) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<NumberMention> figures = cardinals(tokens);
        assertThat(RULES.matching(tokens, figures.get(firstAge))).contains("DATE_OR_AGE");
        assertThat(RULES.matching(tokens, figures.get(secondAge))).contains("DATE_OR_AGE");
        assertThat(RULES.matching(tokens, figures.get(count))).doesNotContain("DATE_OR_AGE");
    }
}
