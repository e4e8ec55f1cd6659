package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusLexiconTest {

    private static final StatusLexicon STATUS = new StatusLexicon();
    private static final UnitPhrase.Grammar UNITS = new UnitPhrase.Grammar(new Gazetteer());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kim offered 100,000 “volunteer” soldiers|OFFERED",
        "It is 100,000 “volunteers” that Kim Jong Un has offered to Russia|OFFERED",
        "Pyongyang has pledged 5,000 soldiers|OFFERED",
        "Pyongyang has offered to send as many as 25,000 soldiers|OFFERED",
        "Pyongyang wants to contribute up to 12,000 soldiers to the war|PLANNED",
        "the dictator would send thousands of construction workers to Ukraine|PLANNED",
        "Russia plans to deploy 2,000 troops|PLANNED",
        "around 100,000 North Koreans are being prepared to join the conflict|PLANNED",
        "Kim will send 3,000 troops|PLANNED",
        "3,000 soldiers will be sent next month|PLANNED",
        "Ban recommended that 500 additional military troops and 600 police be sent to the country|PLANNED",
        "The 130 soldiers will head to Tapa, to be joined by up to 50 French soldiers on Monday|PLANNED",
        "2 US volunteers believed to be fighting for Ukraine|DEPLOYED",
        "3,000 Russian troops are officially reported to be based at the 102nd Military Base|DEPLOYED",
        "some 500 soldiers are said to be stationed near the border|DEPLOYED",
        "500 soldiers are to be stationed near the border|PLANNED",
        "about 450 Marines from Camp Pendleton were set for deployment|PLANNED",
        "Russia stations an estimated 5,000 troops in Armenia|DEPLOYED",
        "Mali will hire 1,000 Wagner Group mercenaries|PLANNED",
        "Wagner hired 1,000 mercenaries|OTHER",
        "The Pentagon is sending about 200 troops to Israel|PLANNED",
        "the administration said it was deploying 700 Marines to Los Angeles|PLANNED",
        "the 200 troops being sent to Israel specialize in logistics|PLANNED",
        "to provide cover for the 30,000 troops being deployed in the Gulf|PLANNED",
        "the approximately 100 Marines being moved to Guam are logistic support personnel|PLANNED",
        "Pakistan is moving 6,000 troops to its western border|PLANNED",
        "Pakistan has begun moving thousands of troops to the Indian border|PLANNED",
        "20,000 Pakistani troops move toward Indian border|PLANNED",
        "They said some 20,000 troops were on the move|PLANNED",
        "U.S. confirms it plans to redeploy thousands of troops from Germany|OTHER",
        "Pentagon announces 11,900 troops to be moved from Germany|OTHER",
        "The Pentagon will relocate 2,000 troops out of Germany|OTHER",
        "Tokyo plans to move about 4,000 Marines from Okinawa to Guam|PLANNED",
        "2,000 troops are serving in Lebanon|DEPLOYED",
        "10,000 North Korean soldiers have been sent to Russia so far|DEPLOYED",
        "8,000 soldiers have been relocated to Kursk and could intervene in the fighting|DEPLOYED",
        "2,000 troops are stationed near the border|DEPLOYED",
        "but about two dozen soldiers had remained to oversee the withdrawal|DEPLOYED",
        "France handed over the base while retaining 80 military personnel for training|DEPLOYED",
        "Japan dispatches 150 personnel to the Philippines|DEPLOYED",
        "Egypt has committed 1,091 troops to AUSSOM|PLANNED",
        "Trump federalized 200 Oregon National Guard troops over the weekend|PLANNED",
        "2,000 California Army National Guard soldiers were placed under federal command|PLANNED",
        "1,500 soldiers are said to have already disembarked in Vladivostok|ARRIVED",
        "3,000 soldiers arrived in Vladivostok|ARRIVED",
        "200 Mexican Army soldiers touched down in Culiacán on Saturday|ARRIVED",
        "300 North Korean soldiers have been killed|KILLED",
        "200 soldiers died in the attack|KILLED",
        "2,700 soldiers were wounded|WOUNDED",
        "more than 3,000 soldiers had been killed or wounded|KILLED_OR_WOUNDED",
        "8,677 Canadian soldiers were killed, wounded or missing in the ten-day battle|KILLED_OR_WOUNDED",
        "Dozens of recruits killed and injured in a drone strike|KILLED_OR_WOUNDED",
        "Russia has lost tens of thousands of soldiers|KILLED_OR_WOUNDED",
        "the legion has about 1,000 foreign fighters|OTHER",
        "Some 2,000 wounded soldiers have been flown back to Pyongyang|WOUNDED",
        "Russia has suffered more than 600,000 casualties|KILLED_OR_WOUNDED",
        "as many as 50,000 Russian soldiers could eventually take part in the offensive|PLANNED",
        "some 11,000 North Korean troops are in Russia for training|DEPLOYED",
        "Pentagon to send 3,000 more troops to Poland|PLANNED",
        "Defence ministry to deploy 2,000 soldiers|PLANNED",
        "thousands of troops began to arrive in Minsk|ARRIVED",
        "The Africa Corps plans to recruit up to 20,000 soldiers|PLANNED",
        "Lukashenko said his country could mobilise 500,000 reservists|PLANNED",
        "a further 5,000 Belarusian troops are training near Gomel|DEPLOYED",
        "Ukraine says it has captured twelve North Korean soldiers|OTHER",
        "The military had proposed mobilising 450,000 more Ukrainians|PLANNED",
        "The U.S. plans to withdraw about 12,000 troops from Germany|OTHER",
        "Biden had put 8,500 troops on heightened alert last week|PLANNED",
        "Some 90,000 troops are due to join the drills|PLANNED",
        "ATMIS currently maintains a force of 14,626 troops|DEPLOYED",
        "At least 100 North Korean soldiers stationed in Russia were killed|KILLED",
        "Israel says it has lost 30 more soldiers who were stationed in northern Israel|KILLED_OR_WOUNDED",
        "at least 11 military personnel who were carrying out an operation near the border were killed|KILLED",
        "40 troops who were stationed at the base were wounded in the attack|WOUNDED",
        "300 soldiers who were deployed to the area, where five were killed, are safe|DEPLOYED",
        "the column was ambushed, killing five junta soldiers|KILLED",
        "government forces have killed more than 600 militants, injured 1,200 others|KILLED",
        "Troops neutralised 50 terrorists in the north-east|KILLED",
        "Russia returned the bodies of 6,000 fallen soldiers|KILLED",
        "The blast wounds 6 soldiers|WOUNDED",
        "The attack injures 27 soldiers|WOUNDED",
        "317 soldiers defected to the rebels|OTHER",
        "More than 6,500 Russian soldiers have sought to surrender|OTHER",
        "The 5,000 sailors returned home early on Sunday|OTHER",
        "The operation involves 1,500 US Army personnel|DEPLOYED",
        "About 2,000 soldiers participated in the offensive|DEPLOYED",
        "Germany is stationing 4,000 troops in Lithuania|DEPLOYED",
        "Germany will be stationing 4,000 of its troops in Lithuania|PLANNED",
        "Germany will permanently station 4,000 of its troops in Lithuania|PLANNED",
        "Jamaica will initially send 24 soldiers to Haiti|PLANNED",
        "Rwanda will next week deploy a company of 140 troops to the Central African Republic|PLANNED",
        "Israeli government approves emergency call-up of up to 450,000 IDF reservists|PLANNED",
        // coming in force or from the sea is arriving; what is scheduled is planned
        "Some 1,400 Marines came ashore from four transport ships|ARRIVED",
        "Nearly 2,000 Mexican soldiers poured into the border town of Ciudad Juarez|ARRIVED",
        "About 500 members of the National Guard were scheduled to arrive in the Tijuana area|PLANNED",
        // setting off for a place is being on the way there, not leaving
        "Another team of 45 soldiers will leave for Nepal on Tuesday|PLANNED",
        "1,400 U.S. Troops Soon Headed to Liberia for Ebola Mission|PLANNED",
        "Over 120 members of the Defence Forces are departing for Beirut|PLANNED",
        "766 soldiers have already left Niger|OTHER",
        "The second-echelon 205 peacekeepers set out from Kunming for Lebanon|PLANNED",
        "Some 25,000 troops had turned themselves in at the camps|OTHER",
    })
    void statusOfTheGoverningCue(String sentence, Status expected) {
        Figure f = firstFigure(sentence);
        Status s = STATUS.statusOf(f.tokens(), f.number().qualifierStart(), f.unit().end());
        assertThat(s == null ? Status.OTHER : s).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Russia and Ukraine exchanged 25 prisoners of war each",
        "More than 200 soldiers have been exchanged in a prisoner swap",
        "Even with the 2,000 troops headed home, the Marines stay",
    })
    void anExchangeOrAHomecomingIsACueOfItsOwn(String sentence) {
        Figure f = firstFigure(sentence);
        assertThat(STATUS.statusOf(f.tokens(), f.number().qualifierStart(), f.unit().end())).isEqualTo(Status.OTHER);
    }

    /** The first figure of a sentence and the troop phrase right after it. */
    private record Figure(List<Token> tokens, NumberMention number, UnitPhrase unit) {
    }

    private static Figure firstFigure(String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        NumberMention n = new NumberParser().parse(tokens).get(0);
        return new Figure(tokens, n, UNITS.match(tokens, n.end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sri Lanka will reduce the size of the army to 135,000 by 2024|true",
        "Trump will sharply reduce the number of U.S. forces in Afghanistan from 4,500 to 2,500 by mid-January|true",
        "the strength of US troops is to be reduced from approximately 4,500 to 2,500 troops|true",
        "The number of troops in Iraq will be reduced by 500 to 2,500|true",
        "The US reduced its troops in Iraq to 2,500 last year|false",
        "The US will reduce its presence, and its force will grow to 2,000|true",
        "The US will reduce its presence, and its force has grown to 2,000|false",
        "The target is to expand the force to 203,000 by 2031|true",
        "The number of troops was expected to grow to more than 3,000 on Tuesday|true",
        "The Canadian-led battlegroup has grown to 3,500 soldiers|false",
        "The number of US troops was raised to more than 2,000 after the attacks|false",
        "his intention to increase the total strength of the Armed Forces of the Philippines (AFP) from 162,000 to 360,000|true",
        "Poland is planning to more than double its military to half a million troops|true",
        "The number of active soldiers is to rise to around 200,000|true",
        "The mission plans to bring its strength down to 14,600|true",
        "The number of troops rose to 3,000 last year|false",
        "The force is projected to grow from 2,000 to 15,000 troops|true",
        "The ministry aims to more than double its military personnel, from 70,000 to 200,000 by 2030|true",
        "The army has more than doubled its personnel, from 70,000 to 200,000|false",
        "These are the numbers needed to grow the force to 69,000 by the early 2030s|true",
        "the U.S. could withdraw around a third of its troops from Europe, equivalent to approximately 20,000 soldiers|false",
        // a change from the present size can only reach its end later, whatever names it
        "a resolution allowed for an expansion of the UNIFIL force from the current 2,000 troops to up to 15,000|true",
        "the Council will cut the strength of the Hybrid Operation in Darfur from the current 8,735 to 4,050|true",
        "the force grew from 2,000 troops to up to 15,000|false",
    })
    void theSizeAnIntendedChangeIsToReachIsPlanned(String sentence, boolean target) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        assertThat(STATUS.changeTarget(tokens, figureAfter(tokens, "to"))).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The package aims to expand the Bundeswehr to roughly 260,000 active soldiers and about 200,000 reservists|true",
        "Germany wants to increase the number of active soldiers to 260,000 and 200,000 reservists by 2035|true",
        "The Bundeswehr has grown to 183,000 active soldiers and about 49,000 reservists|false",
        "The army will expand its brigades, and about 200,000 reservists will train|false",
    })
    void aSecondSizeJoinedToAnIntendedChangesTargetIsATargetToo(String sentence, boolean target) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        assertThat(STATUS.changeTarget(tokens, figureAfter(tokens, "and"))).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The plan would cut the army to just 73,000 soldiers|true",
        "The ministry is seeking to increase the Bundeswehr to 260,000 soldiers, and the reserve to 200,000 people|true",
        "The Bundeswehr grew to 183,000 soldiers, and the reserve to 49,000 people|false",
        "The army cut its ranks to only 73,000 soldiers|false",
    })
    void theLastSizeOfABelittledOrASecondForcesTargetIsATargetToo(String sentence, boolean target) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        List<NumberMention> figures = new NumberParser().parse(tokens);
        assertThat(STATUS.changeTarget(tokens, figures.get(figures.size() - 1).qualifierStart())).isEqualTo(target);
    }

    /** Where the first figure right after the preposition starts, with its qualifier. */
    private static int figureAfter(List<Token> tokens, String preposition) {
        return new NumberParser().parse(tokens).stream()
                .filter(n -> tokens.get(n.qualifierStart() - 1).norm().equals(preposition)).findFirst().orElseThrow()
                .qualifierStart();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Spain will increase by 14,000 its total number of military before 2035|true",
        "The Bundeswehr will need to expand by 50,000 to 60,000 troops|true",
        "The army increased its presence by 2,000 troops|false",
        "The government will cut the force by 4,500 troops|false",
        "The army will send 2,000 troops, increasing its presence in the region by 2,000|false",
    })
    void theAmountAnIntendedGrowthAddsIsPlanned(String sentence, boolean planned) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        assertThat(STATUS.intendedGrowth(tokens, figureAfter(tokens, "by"))).isEqualTo(planned);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Syria pulls out 4,000 troops from Lebanon under U.S. pressure",
        "The U.S. draws down an additional 23,000 troops",
        "The U.S. drew down 23,000 troops",
        "The U.S. pulled out 2,000 troops",
    })
    void pullingOutAndDrawingDownWithdraw(String sentence) {
        Figure f = firstFigure(sentence);
        StatusLexicon.Cue cue = STATUS.governing(f.tokens(), f.number().qualifierStart(), f.unit().end(), false);
        assertThat(cue).isNotNull();
        assertThat(cue.withdrawal()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "16,000 troops are taking part in the Balikatan exercises|DEPLOYED|OTHER",
        "1,500 British personnel took part in the procession|DEPLOYED|OTHER",
        "About 3,000 Marines arrived for the annual war games|ARRIVED|OTHER",
        "The drills involve 1,500 US Army personnel|DEPLOYED|OTHER",
        "Some 90,000 troops are due to join the drills|PLANNED|OTHER",
        "The weeklong maneuvers will feature some 12,700 troops|PLANNED|OTHER",
        "Britain will send up to 15,000 troops to Norway for the exercise|PLANNED|PLANNED",
        "Warsaw would station around 40,000 troops near the border for the drills|PLANNED|PLANNED",
        "Two soldiers were killed during the exercise|KILLED|KILLED",
        "2,000 troops were deployed to the border|DEPLOYED|DEPLOYED",
    })
    void aDeploymentToAnExerciseOrParadeCountsParticipants(String sentence, Status grammar, Status expected) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        NumberMention n = new NumberParser().parse(tokens).get(0);
        StatusLexicon.Cue cue = STATUS.governing(tokens, n.qualifierStart(), UNITS.match(tokens, n.end()).end(), false);
        assertThat(STATUS.onOccasion(tokens, grammar, cue)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They will be relieved by a contingent of more than 600 troops in two weeks|PLANNED",
        "The unit currently includes 400 soldiers, with plans to expand|DEPLOYED",
        "Britain still has 9,500 troops in Afghanistan|DEPLOYED",
        "The RSF has about 70,000 fighters across Sudan|OTHER",
        "Officials said 300 soldiers, who will be honoured later, took part|OTHER",
        "The mission's troops will be as follows: 4,500 troops from Uganda, 2,500 from Ethiopia|PLANNED",
        "In the first phase: 4,500 troops from Uganda|OTHER",
        "Germany is supposed to reach a strength of 460,000 soldiers|PLANNED",
        "The brigade should have about 5,800 troops|PLANNED",
    })
    void aClauseWithoutACueSaysFutureOrPresence(String sentence, Status expected) {
        Figure f = firstFigure(sentence);
        Status s = STATUS.clauseDefault(f.tokens(), f.number().qualifierStart(), f.unit().end(), true);
        assertThat(s == null ? Status.OTHER : s).isEqualTo(expected);
    }

    @Test
    void presenceNowNeedsAPlaceOrItIsTheSizeOfAForce() {
        Figure f = firstFigure("The army now has about 70,000 soldiers");
        assertThat(STATUS.clauseDefault(f.tokens(), f.number().qualifierStart(), f.unit().end(), false)).isNull();
        assertThat(STATUS.clauseDefault(f.tokens(), f.number().qualifierStart(), f.unit().end(), true))
                .isEqualTo(Status.DEPLOYED);
    }
}
