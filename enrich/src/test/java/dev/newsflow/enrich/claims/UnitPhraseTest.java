package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitPhraseTest {

    private static final UnitPhrase.Grammar GRAMMAR = new UnitPhrase.Grammar(new Gazetteer());

    /** The unit phrase after the first figure of the text. */
    private static UnitPhrase after(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        NumberMention n = new NumberParser().parse(tokens).get(0);
        return GRAMMAR.match(tokens, n.end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "12,000 soldiers to Russia|soldiers|-|false",
        "100,000 “volunteer” soldiers|soldiers|-|false",
        "100,000 “volunteers” that Kim|volunteers|-|false",
        "10,000 North Korean soldiers|soldiers|KP|false",
        "thousands of construction workers and specialists|construction workers|-|false",
        "hundreds of North Korean military engineers|military engineers|KP|false",
        "around 100,000 North Koreans are being prepared|North Koreans|KP|true",
        "5,000 elite troops from North Korea|troops|KP|false",
        "5,000 servicemen to the Belgorod region|servicemen|-|false",
        "2,000 Russian military personnel|military personnel|RU|false",
        "1,500 Royal Marines arrived|Royal Marines|GB|false",
        "3,000 Rapid Support Forces fighters|fighters|org:RSF|false",
        "800 Russian instructors|instructors|RU|false",
        "4,000 Afghan soldiers|soldiers|AF|false",
        "a 13,500-strong mission|mission|-|false",
        "a 4,500-member combat brigade|brigade|-|false",
        "the current 1000-personnel force|force|-|false",
        "a 500,000-strong military|military|-|false",
        "a unified 5,000-troop force|force|-|false",
        "a 5,000-troop joint force|force|-|false",
        "12,000 professional soldiers|soldiers|-|false",
        "over 2,000 participating troops from both sides|troops|-|false",
        "some 5,000 deployed troops in the south|troops|-|false",
        "four missing soldiers|soldiers|-|false",
        "around 400 marine personnel|marine personnel|-|false",
        "two senior officers from Belize|officers|BZ|false",
        "two dozen U.S. service personnel|personnel|US|false",
        "three separatist fighters|fighters|-|false",
        "6,000 of the 13,000 UN peacekeepers|peacekeepers|org:UN|false",
        "around a dozen Israeli soldiers|soldiers|IL|false",
        "two Chinese UN peacekeepers killed|peacekeepers|CN|false",
        "10,000 Mexican National Guard troops|troops|MX|false",
        "500 National Guard troops|troops|US|false",
        "about 1,000 remaining troops from Syria|troops|SY|false",
        "550 German and 150 Austrian soldiers|soldiers|DE|false",
        "255 British and about 650 Argentine servicemen|servicemen|GB|false",
        "150 Austrian soldiers|soldiers|AT|false",
        "a full-scale force of 60,000-plus troops|troops|-|false",
        "nine Turkish-backed fighters|fighters|-|false",
        "61,000 combat-ready troops|troops|-|false",
        "500 combat-hardened Russian soldiers|soldiers|RU|false",
        "500 battle-hardened soldiers|soldiers|-|false",
        "more than 3,400 international soldiers|soldiers|-|false",
        "several hundred red-bereted commandos|commandos|-|false",
        "2,200 persistently-deployed Canadian troops|troops|CA|false",
        "six Chinese soldiers fighting for Russia|soldiers|RU|false",
        "155 Chinese fighting for Russia in Ukraine|Chinese|RU|true",
        "2,000 Colombians serving with the Rapid Support Forces|Colombians|org:RSF|true",
        "300 Nepalese soldiers serving in the ranks of the Russian army|soldiers|RU|false",
        "1,000 Cuban mercenaries already in Russian ranks|mercenaries|RU|false",
        "15,000 Nepali men who joined the Russian army|men|RU|false",
        "four Kenyans accused of fighting for Russian forces|Kenyans|RU|true",
        "16 Indians serving in the Russian Army|Indians|RU|true",
        "40 Colombians serving in the Ukrainian armed forces|Colombians|UA|true",
        "300 Colombian soldiers fighting alongside the paramilitary Rapid Support Forces|soldiers|org:RSF|false",
        "300 Sri Lankans serving in Russia|Sri Lankans|LK|true",
        "700,000 Russians are fighting in Ukraine|Russians|RU|true",
        "710 soldiers of Ukrainian origin|soldiers|-|false",
        "44 members of Hayat Tahrir al-Sham|members|org:HTS|false",
        "three navy personnel aboard the vessel|navy personnel|-|false",
        "more than 30 paramilitary force members were wounded|members|-|false",
    })
    void troopPhrases(String text, String unit, String actorId, boolean demonymHead) {
        UnitPhrase u = after(text);
        assertThat(u).as(text).isNotNull();
        assertThat(u.unit()).isEqualTo(unit);
        assertThat(u.actor() == null ? null : u.actor().id()).isEqualTo(actorId);
        assertThat(u.demonymHead()).isEqualTo(demonymHead);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "14,000 US and Philippine troops kick off", "more than 11,000 American and Filipino personnel",
        "16,000 troops from 14 nations took part", "36,000 troops from 30 partner nations",
        "2,000 soldiers from both countries", "14,000 Filipino, U.S., Australian, and Japanese service members",
        "35,000 troops from Australia, the US and other partnering nations",
        "35,000 military personnel from Australia and partnering nations",
        "83 soldiers from Guatemala and El Salvador arrived",
    })
    void troopsOfManySidesAreJoint(String text) {
        UnitPhrase u = after(text);
        assertThat(u).as(text).isNotNull();
        assertThat(u.actor()).isNull();
        assertThat(u.actorSource()).isEqualTo(UnitPhrase.Source.JOINT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "500 troops from the United States", "550 German and 150 Austrian soldiers", "200 soldiers from 3 bases",
        "9,000 troops from the United States and 5,000 from the Philippines",
    })
    void troopsOfOneSideAreNotJoint(String text) {
        assertThat(after(text).actorSource()).as(text).isNotEqualTo(UnitPhrase.Source.JOINT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the US agreed to reduce its troops from about 12,000 to 8,600 within 135 days|troops",
        "the Russian army's death toll stands at 180,000, with up to 450,000 wounded|death toll",
    })
    void troopNounBeforeABareFigure(String text, String unit) {
        List<Token> tokens = Tokenizer.tokenize(text);
        NumberMention n = new NumberParser().parse(tokens).get(0);
        assertThat(GRAMMAR.match(tokens, n.end())).isNull();
        assertThat(GRAMMAR.before(tokens, n.qualifierStart(), n.end())).as(text).isNotNull()
                .extracting(UnitPhrase::unit).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The administration will cut the number of American troops in Afghanistan to 2,500 by next year|troops|US",
        "The number of Russian troops killed and wounded in Ukraine is approaching 200,000.|troops|RU",
        "officials said the troop level would sit between 4,000 and 5,000 by November|troops|-",
    })
    void theNumberOfTroopsThenItsFigure(String text, String unit, String actorId) {
        List<Token> tokens = Tokenizer.tokenize(text);
        NumberMention n = new NumberParser().parse(tokens).get(0);
        UnitPhrase u = GRAMMAR.numberOf(tokens, n.qualifierStart(), n.end());
        assertThat(u).as(text).isNotNull();
        assertThat(u.unit()).isEqualTo(unit);
        assertThat(u.actor() == null ? "-" : u.actor().id()).isEqualTo(actorId);
        assertThat(GRAMMAR.numberOf(Tokenizer.tokenize("the number of troops rose to 300 tanks"), 6, 7)).isNull();
    }


    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "36,000 troops from 30 partner nations", "Private Smith, 25, of Ohio", "soldiers at 3 bases",
    })
    void aFigureThatCountsSomethingElseHasNoTroopNounBefore(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        NumberMention n = new NumberParser().parse(tokens).get(tokens.get(0).isDigits() ? 1 : 0);
        assertThat(GRAMMAR.before(tokens, n.qualifierStart(), n.end())).as(text).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "six nuclear tests", "more than two years", "over 6 years", "1,850 euros", "40,000 artillery shells",
        "2,000 residents", "2.1 million refugees", "1,200 civilians", "one of five countries", "141 votes",
        "300 tanks", "8,000 of them", "1,500 are said to", "17 armoured vehicles", "57 armoured personnel carriers",
    })
    void nonTroopPhrases(String text) {
        assertThat(after(text)).as(text).isNull();
    }

    @Test
    void aHeadOfAnyoneIsReadOnlyWhenAskedForRecruits() {
        List<Token> tokens = Tokenizer.tokenize("they recruited 422,704 people last year");
        assertThat(GRAMMAR.match(tokens, 3)).isNull();
        UnitPhrase people = GRAMMAR.recruited(tokens, 3);
        assertThat(people.unit()).isEqualTo("people");
        assertThat(people.counts()).isEqualTo(UnitPhrase.Counts.RECRUITS);
        assertThat(people.ambiguous()).isTrue();
        assertThat(GRAMMAR.recruited(Tokenizer.tokenize("422,704 soldiers"), 1)).isNull();
    }
}
