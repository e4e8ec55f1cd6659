package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour of the whole extractor on short texts: given these sentences, these claims. */
class ClaimExtractorTest {

    private static final ClaimExtractor X = ClaimExtractor.withModels(ClaimModels.none()); // the grammar alone
    private static final ClaimExtractor SHIPPED = ClaimExtractor.withModels(ClaimModels.bundled());

    private static TroopClaim one(String text) {
        return one(X, text);
    }

    /** The one claim the extractor finds in the text. */
    private static TroopClaim one(ClaimExtractor extractor, String text) {
        List<TroopClaim> claims = extractor.extract(null, text);
        assertThat(claims).as(text).hasSize(1);
        return claims.get(0);
    }

    @Test
    void titleClaimsAreFlaggedWithOffsetsIntoTheTitle() {
        String title = "Report: Pyongyang sends 3,000 soldiers to Russia";
        List<TroopClaim> claims = X.extract(title, "Nothing to count here.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.inTitle()).isTrue();
            assertThat(title.substring(c.sentenceStart(), c.sentenceEnd())).isEqualTo(title);
            assertThat(c.count()).isEqualTo(3000);
            assertThat(c.actorId()).isEqualTo("KP");
            assertThat(c.theatre()).isEqualTo("RU");
            assertThat(c.status()).isEqualTo(Status.DEPLOYED);
        });
        assertThat(X.extract(null, null)).isEmpty();
    }

    @Test
    void recipientsAreNeitherActorNorLocation() {
        TroopClaim c = one("It is 100,000 “volunteers” that Kim Jong Un has offered to Russia.");
        assertThat(c.actorId()).isEqualTo("KP");
        assertThat(c.location()).isNull();
        assertThat(c.status()).isEqualTo(Status.OFFERED);
    }

    @Test
    void possessivesAndBetweenGiveNoLocation() {
        assertThat(one("Pyongyang wants to contribute up to 12,000 soldiers to Russia’s war in Ukraine.").location())
                .isEqualTo("Ukraine");
        assertThat(one("Around 100,000 North Koreans are being prepared to join the conflict between Russia and Ukraine.")
                .location()).isNull();
    }

    @Test
    void aPlaceAPlacePossessesIsInTheLocativePhraseOfItsPossessor() {
        TroopClaim c = one("Two Army personnel were killed in an encounter with militants in Jammu and Kashmir's "
                + "Kishtwar on Friday.");
        assertThat(c.location()).isEqualTo("Kishtwar");
        assertThat(c.actor()).isEqualTo("India"); // a casualty's side, when nothing else names it, is the place's
    }

    @Test
    void theMostSpecificPlaceWins() {
        TroopClaim c = one("Pyongyang would send 2,000 troops to the Donetsk region of eastern Ukraine.");
        assertThat(c.location()).isEqualTo("Donetsk");
        assertThat(c.theatre()).isEqualTo("UA/Donetsk");
    }

    @Test
    void aDemonymActsOnlyWithAnActorNoun() {
        TroopClaim c = one("In exchange for Russian financial aid, the North Korean dictator would send thousands of "
                + "construction workers to the war zone in eastern Ukraine.");
        assertThat(c.actor()).isEqualTo("North Korea");
        assertThat(c.unit()).isEqualTo("construction workers");
        assertThat(c.vague()).isTrue();
        assertThat(c.hedged()).isTrue();
        assertThat(c.theatre()).isEqualTo("UA/East");
    }

    @Test
    void aDemonymInALocativePhraseStandsForItsCountry() {
        TroopClaim c = one("Up to 6,000 North Korean workers will be sent to Russian construction sites.");
        assertThat(c.location()).isEqualTo("Russia");
        assertThat(c.theatre()).isEqualTo("RU");
        assertThat(one("Kim sent 3,000 troops to the Russian Kursk region.").theatre()).isEqualTo("RU/Kursk");
    }

    @Test
    void casualtyFiguresAndElidedUnits() {
        List<TroopClaim> claims = X.extract(null, "British intelligence estimates that Russia has suffered more than "
                + "600,000 casualties, including as many as 150,000 killed.");
        assertThat(claims).extracting(TroopClaim::count).containsExactly(600000L, 150000L);
        assertThat(claims).extracting(TroopClaim::status).containsExactly(Status.KILLED_OR_WOUNDED, Status.KILLED);
        assertThat(claims).extracting(TroopClaim::actorId).containsExactly("RU", "RU");
        assertThat(claims.get(1).qualifier()).isEqualTo(Qualifier.UP_TO);
        assertThat(X.extract(null, "The strike caused 30 casualties, the mayor said.")).isEmpty();
    }

    @Test
    void hedging() {
        List<TroopClaim> claims = X.extract(null, "Kim sent 10,000 North Korean soldiers to Russia. "
                + "Of these, 1,500 are said to have disembarked in Vladivostok.");
        assertThat(claims).extracting(TroopClaim::hedged).containsExactly(false, true);
        assertThat(one("Russia has reportedly moved 2,000 troops to Kursk.").hedged()).isTrue();
    }

    @Test
    void otherActors() {
        TroopClaim c = one("Russian forces lost 1,500 men killed in a single day near Bakhmut.");
        assertThat(c.actorId()).isEqualTo("RU");
        assertThat(c.status()).isEqualTo(Status.KILLED);
        assertThat(c.location()).isEqualTo("Bakhmut");
        assertThat(one("3,000 soldiers were sent to Kursk by Pyongyang.").actorId()).isEqualTo("KP");
        assertThat(one("3,000 soldiers were sent to help Russia.").actorId()).isNull();
    }

    @Test
    void anaphoraNeedsAnAntecedent() {
        assertThat(X.extract(null, "Of these, 1,500 are said to have already disembarked in Vladivostok.")).isEmpty();
        List<TroopClaim> claims = X.extract(null, "Kim sent 10,000 North Korean soldiers to Russia, Seoul said. "
                + "8,000 of them are in Kursk.");
        assertThat(claims).hasSize(2);
        TroopClaim c = claims.get(1);
        assertThat(c.unit()).isEqualTo("soldiers");
        assertThat(c.actorId()).isEqualTo("KP");
        assertThat(c.source()).isEqualTo("Seoul");
        assertThat(c.location()).isEqualTo("Kursk");
        assertThat(c.status()).isEqualTo(Status.DEPLOYED);
    }

    @Test
    void aNearerFigureBlocksTheAntecedent() {
        List<TroopClaim> claims = X.extract(null,
                "Some 500 North Korean engineers are in Donetsk. They arrived in two groups, one of them in May.");
        assertThat(claims).extracting(TroopClaim::count).containsExactly(500L);
    }

    @Test
    void elidedUnitInACasualtyCoordination() {
        List<TroopClaim> claims = X.extract(null, "About 300 North Korean soldiers have been killed and 2,700 wounded.");
        assertThat(claims).extracting(TroopClaim::count).containsExactly(300L, 2700L);
        assertThat(claims.get(1).status()).isEqualTo(Status.WOUNDED);
        assertThat(claims.get(1).unit()).isEqualTo("soldiers");
        assertThat(claims.get(1).actorId()).isEqualTo("KP");
    }

    @Test
    void disputedFiguresAreNotClaims() {
        assertThat(X.extract(null, "He cautions against drawing the conclusion that 12,000 North Korean soldiers are "
                + "currently fighting in Russian trenches.")).isEmpty();
        assertThat(X.extract(null, "There is no evidence that 50,000 troops crossed into Russia.")).isEmpty();
    }

    @Test
    void headsThatAlsoCountCiviliansNeedAnActor() {
        assertThat(X.extract(null, "Police received calls about a fight aboard a train between two men.")).isEmpty();
        assertThat(X.extract(null, "The layoffs hit hundreds of workers at a time.")).isEmpty();
        assertThat(X.extract(null, "One of the officers had worked overtime shifts.")).isEmpty();
        assertThat(one("Fifteen hundred workers from North Korea arrived in Vladivostok.").actorId()).isEqualTo("KP");
    }

    @Test
    void demonymPluralsNeedAMilitaryContext() {
        assertThat(X.extract(null, "About 2,000 North Koreans attended a concert in Pyongyang.")).isEmpty();
        assertThat(X.extract(null, "The war has displaced more than six million Ukrainians.")).isEmpty();
        assertThat(one("Thousands of North Koreans have been sent to Russia to fight.").unit()).isEqualTo("North Koreans");
    }

    @Test
    void demonymPluralsInASentenceOnRefugeesExilesEvacueesOrDetaineesAreCivilians() {
        assertThat(X.extract(null, "Turkey is still hosting some 2.9 million Syrians who have fled since 2011.")).isEmpty();
        assertThat(X.extract(null, "A flight carrying 199 Venezuelans who were deported from the US has arrived.")).isEmpty();
        assertThat(SHIPPED.extract(null, "Nearly 6,700 Afghans resettled in the US, and more than 53,000 remain on "
                + "stateside military bases.")).isEmpty();
        assertThat(SHIPPED.extract(null, "Nearly 6,700 Afghan evacuees have resettled throughout the United States."))
                .isEmpty();
        assertThat(one("Around 2,000 Colombians have so far entered the country as contract soldiers.").unit())
                .isEqualTo("Colombians");
    }

    @Test
    void aVerbSaidOfAnyoneDoesNotMakeTroops() {
        assertThat(X.extract(null, "Nearly 150 Indians returned home broke on Wednesday after being deported."))
                .isEmpty();
        assertThat(X.extract(null, "Two men were arrested outside the stadium.")).isEmpty();
        assertThat(one("Some 317 Myanmar soldiers defected to the rebels in Lashio.").status()).isEqualTo(Status.OTHER);
    }

    @Test
    void soldiersSentencedByACourtAreNeitherDeployedNorPeopleMadeTroopsByIt() {
        assertThat(one(SHIPPED, "In the east of the Democratic Republic of Congo, at least 13 soldiers from the "
                + "Congolese army engaged on the front lines against the M23 rebels were sentenced to death on Tuesday "
                + "December 31.").status()).isEqualTo(Status.OTHER);
        assertThat(X.extract(null, "Three Nigerians were sentenced to death in Kuala Lumpur.")).isEmpty();
    }

    @Test
    void peopleCountedAsCasualtiesAreNotTroopsByDemonymAlone() {
        assertThat(X.extract(null, "More than 40,000 Palestinians have been killed in the war.")).isEmpty();
        assertThat(one("More than 4,000 Palestinian fighters have been killed.").status()).isEqualTo(Status.KILLED);
    }

    @Test
    void civiliansCountedStraightAfterTheFigureAreNoCandidatesForTheFigureModel() {
        assertThat(figureExamples("Libyan militants loyal to the Islamic State beheaded 21 Christians.")).isEmpty();
        assertThat(figureExamples("Libyan militants loyal to the Islamic State beheaded 21 men.")).containsExactly(21L);
    }

    @Test
    void othersAfterCiviliansAreCiviliansToo() {
        List<TroopClaim> claims = X.extract(null, "Militants attacked an army camp in Uri, killing 19 soldiers.\n\n"
                + "At least 16 civilians were killed and 71 others injured in cross-border firing last year.");
        assertThat(claims).extracting(TroopClaim::count).containsExactly(19L);
    }

    @Test
    void theSideTheyFightForIsTheirsWhateverTheirPassports() {
        assertThat(ClaimExtractor.withDefaultRules().extract(null,
                "Zelensky says at least 155 Chinese citizens are fighting for Russia in the war."))
                .extracting(TroopClaim::count, TroopClaim::actor).containsExactly(tuple(155L, "Russia"));
    }

    @Test
    void aHeadOfStateOrMinisterActsForTheCountry() {
        assertThat(X.extract(null, "Maduro ordered 15,000 troops to the border.")).extracting(TroopClaim::actor)
                .containsExactly("Venezuela");
        assertThat(X.extract(null, "Pistorius said 5,000 soldiers will be stationed there.")).extracting(TroopClaim::actor)
                .containsExactly("Germany");
    }

    @Test
    void aRateAndAnAgeLimitCountNoOne() {
        assertThat(X.extract(null, "Russia has been losing five or six soldiers for every Ukrainian soldier killed."))
                .isEmpty();
        assertThat(X.extract(null, "Finland is raising the age limit for reservists from 60 to 65.")).isEmpty();
    }

    @Test
    void aRelatedLinkInBracketsIsFurniture() {
        assertThat(X.extract(null, "Israel said 30 soldiers were wounded.\n\n(Related: War on Gaza has disabled as "
                + "many as 20,000 Israeli soldiers, estimates show.)")).extracting(TroopClaim::count).containsExactly(30L);
    }

    @Test
    void aDemonymHeadNamesTheSideWhateverMissionTheyServe() {
        // the bundled actor model would give a contingent to the mission the sentence names
        assertThat(ClaimExtractor.withDefaultRules().extract(null, "The United Nations Organisation Stabilization "
                + "Mission in the DRC (MONUSCO) contingent killed comprises 22 Tanzanians and 12 Malawians."))
                .extracting(TroopClaim::actor).containsExactly("Tanzania", "Malawi");
    }

    @Test
    void troopsOfManySidesHaveNoActorWhateverCountryTheSentenceNames() {
        ClaimExtractor x = ClaimExtractor.withDefaultRules(); // the bundled actor model would pick the host
        assertThat(x.extract(null, "The Philippines is hosting more than 14,000 US and Philippine troops in the "
                + "Balikatan exercise.")).extracting(TroopClaim::count, TroopClaim::actor)
                .containsExactly(tuple(14_000L, null));
        assertThat(x.extract(null, "Estonia said more than 16,000 troops from 14 nations took part in Hedgehog."))
                .extracting(TroopClaim::count, TroopClaim::actor).containsExactly(tuple(16_000L, null));
        assertThat(x.extract(null, "The current KFOR contingent involves more than 4,500 troops from 27 countries."))
                .extracting(TroopClaim::actor).containsExactly("NATO"); // a mission fields them
        assertThat(x.extract(null, "As of October, Russia had mobilized more than 18,000 foreign nationals from 128 "
                + "countries.")).extracting(TroopClaim::actor).containsExactly("Russia"); // recruits: the recruiter's
    }

    @Test
    void aBareFigureFromACountryIsThatCountrys() {
        assertThat(ClaimExtractor.withDefaultRules().extract(null, "Roughly 9,000 troops from the United States and "
                + "5,000 from the Philippines are participating in the exercises."))
                .extracting(TroopClaim::count, TroopClaim::actor)
                .containsExactly(tuple(9_000L, "United States"), tuple(5_000L, "Philippines"));
        // a list that refers back to the troops before it: each figure still names its own side
        assertThat(ClaimExtractor.withDefaultRules().extract(null, "The Philippine Marine Corps sent 1,150 troops to "
                + "the drills. The estimated number of participants includes 1,150 from the Philippines (Philippine "
                + "Marine Corps), 1,072 from the United States (US Marine Corps) and 54 from Japan (Japan Ground Self "
                + "Defense Force), she said.")).extracting(TroopClaim::count, TroopClaim::actor)
                .containsExactly(tuple(1_150L, "Philippines"), tuple(1_150L, "Philippines"),
                        tuple(1_072L, "United States"), tuple(54L, "Japan"));
    }

    @Test
    void troopsOfBothSidesOrAssailantsAreNotTheReportingSides() {
        ClaimExtractor x = ClaimExtractor.withDefaultRules();
        assertThat(x.extract(null, "Dozens of fighters were killed in overnight border clashes between Pakistan and "
                + "Afghanistan, both sides said.")).extracting(TroopClaim::count, TroopClaim::actor)
                .containsExactly(tuple(12L, null));
        assertThat(x.extract(null, "Niger's army said 30 soldiers were killed in the ambush. It said at least 26 "
                + "attackers had been neutralised.")).extracting(TroopClaim::count, TroopClaim::actor)
                .containsExactly(tuple(30L, "Niger"), tuple(26L, null));
        assertThat(x.extract(null, "Pakistan's army said its troops killed 12 BLA attackers."))
                .extracting(TroopClaim::actor).containsExactly("Balochistan Liberation Army"); // the phrase names them
        assertThat(x.extract(null, "An attack on a U.N. peacekeeping base in northern Mali killed four peacekeepers "
                + "and at least 23 attackers.")).extracting(TroopClaim::count, TroopClaim::actor)
                .containsExactly(tuple(4L, "United Nations"), tuple(23L, null)); // nor a mission's
    }

    /**
     * Fighters named by nationality serve the side the article says such fighters serve; a state that sends or
     * offers its own troops keeps them, whichever side they fight for; contingents serving with a mission's body
     * stay their state's. Each row: the article's first paragraph, its second, the figure, its side.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Hundreds of Cubans have been recruited by the Russian army.|Ukraine believes that about 400 Cubans are "
                + "fighting in the country.|400|RU",
        "North Korea has sent about 11,000 troops to fight for Russia.|About 8,000 North Koreans are still at the "
                + "front.|8000|KP",
        "North Korea could send as many as 100,000 soldiers to join Russia's war.|Thousands of North Koreans have "
                + "already been sent to Russia.|1000|KP",
        "North Korea has apparently offered troops to fight alongside Russia.|Around 100,000 North Koreans are being "
                + "prepared to join the conflict.|100000|KP",
        "Hundreds of Bangladeshis serve with the United Nations in Mali.|Another 300 Bangladeshis were deployed to "
                + "Bamako on Monday.|300|BD",
        "A network sent them to fight for the Rapid Support Forces in Sudan.|More than 300 retired Colombian soldiers "
                + "were misled into the war.|300|org:RSF",
        "A network sent them to fight for the Rapid Support Forces in Sudan.|About 40 Colombian ex-soldiers say they "
                + "are held against their will.|40|org:RSF",
        "The Rapid Support Forces (RSF) have been accused of recruiting foreign mercenaries.|More than 300 retired "
                + "Colombian soldiers were misled into the war.|300|org:RSF",
    })
    void fightersNamedByNationalityServeTheSideTheArticleSaysTheyServe(String first, String second, long count,
                                                                       String actorId) {
        assertThat(ClaimExtractor.withDefaultRules().extract(null, first + "\n\n" + second))
                .extracting(TroopClaim::count, TroopClaim::actorId).contains(tuple(count, actorId));
    }

    @Test
    void troopsOnTheirWayOutAreWithdrawnButTroopsLeftBehindStay() {
        ClaimExtractor x = ClaimExtractor.withDefaultRules();
        assertThat(x.extract(null, "Around 350 French soldiers are now leaving."))
                .extracting(TroopClaim::status).containsExactly(Status.OTHER);
        assertThat(x.extract(null, "The mission ended, leaving 50,000 troops in Iraq."))
                .extracting(TroopClaim::status).containsExactly(Status.DEPLOYED);
    }

    @Test
    void peacekeepersWithNothingSaidOfThemAreDeployedOnTheirMission() {
        ClaimExtractor x = ClaimExtractor.withDefaultRules();
        assertThat(x.extract(null, "Nepal has 5,682 peacekeepers, India has 5,353 and Pakistan has 4,440 troops."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(5_682L, Status.DEPLOYED), tuple(5_353L, Status.DEPLOYED),
                        tuple(4_440L, Status.DEPLOYED));
        assertThat(x.extract(null, "At its peak, the mission had 6,000 peacekeepers."))
                .extracting(TroopClaim::status).containsExactly(Status.OTHER);
    }

    @Test
    void troopsManyStatesFieldTogetherAreNoOneStates() {
        ClaimExtractor x = ClaimExtractor.withDefaultRules();
        assertThat(x.extract(null, "The Trump administration was seeking to assemble a multinational force of around "
                + "10,000 troops.")).extracting(TroopClaim::count, TroopClaim::actor)
                .containsExactly(tuple(10_000L, null));
        assertThat(x.extract(null, "Several countries have together pledged over 3,100 troops to Haiti, Jamaica's "
                + "prime minister said.")).extracting(TroopClaim::count, TroopClaim::actor)
                .containsExactly(tuple(3_100L, null));
        assertThat(x.extract(null, "Vilnius is hosting an additional 1,000 allied troops from 16 countries for "
                + "the NATO summit.")).extracting(TroopClaim::count, TroopClaim::actor)
                .containsExactly(tuple(1_000L, null));
        // a side that sends a force of its own keeps it
        assertThat(x.extract(null, "Rwanda deployed a joint force of 1,000 soldiers and police officers to "
                + "Mozambique.")).extracting(TroopClaim::count, TroopClaim::actor)
                .containsExactly(tuple(1_000L, "Rwanda"));
    }

    @Test
    void theSizeAnIntendedChangeIsToReachIsPlannedWhateverTheStatusTableSays() {
        assertThat(ClaimExtractor.withDefaultRules().extract(null, "Sri Lanka will reduce the size of the army to "
                + "135,000 by 2024 from the current approved number of 200,783, a state minister said."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(135_000L, Status.PLANNED), tuple(200_783L, Status.OTHER));
    }

    @Test
    void aDeploymentOfATimeThatHasPassedIsOtherWhateverTheStatusTableSays() {
        ClaimExtractor x = ClaimExtractor.withDefaultRules();
        assertThat(x.extract(null, "The United States has about 35,000 troops in Germany, the Pentagon said in 2020. "
                + "In 1990, the United States still had more than 200,000 soldiers stationed in the western part of "
                + "Germany. At the height of the Cold War, 400,000 U.S. troops were stationed in Europe."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(35_000L, Status.DEPLOYED), tuple(200_000L, Status.OTHER),
                        tuple(400_000L, Status.OTHER));
        assertThat(x.extract(null, "Poland has some 900 troops stationed in Iraq, down from a peak of 2,500."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(900L, Status.DEPLOYED), tuple(2_500L, Status.OTHER));
    }

    @Test
    void anIntendedRaiseIsPlannedWhateverTheStatusTableSays() {
        ClaimExtractor x = ClaimExtractor.withDefaultRules();
        assertThat(x.extract(null, "Taiwan will summon a total of 118,000 reservists next year. On September 21, "
                + "the Russian President announced that 300,000 reservists would be called up."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(118_000L, Status.PLANNED), tuple(300_000L, Status.PLANNED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In 2026, France hopes to recruit 3,000 soldiers to serve in the army.",
        "The government is hoping to recruit some 30,000 new soldiers every year until 2029.",
        "Italy seeks to boost military numbers to 170,000",
        "There was a decision to reduce the army to 160,000 troops.",
        "The brigade was supposed to be reduced to 1,500 soldiers.",
        "President Vladimir Putin has ordered the conscription of 135,000 men into Russia's armed forces.",
        "The military anticipates enlisting 9,839 conscripts in the full-year program.",
    })
    void aHopeAimOrDecisionStillToBeCarriedOutIsPlanned(String sentence) {
        assertThat(ClaimExtractor.withDefaultRules().extract(null, sentence)).extracting(TroopClaim::status)
                .containsExactly(Status.PLANNED);
    }

    @Test
    void aSizeNamedAsATargetIsPlannedWhateverVerbGovernsTheSentence() {
        ClaimExtractor x = ClaimExtractor.withDefaultRules();
        assertThat(x.extract(null, "The German army has failed to reach its target of 203,000 servicemen. "
                + "MONUSCO has an authorised troop ceiling of 11 500 military personnel."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(203_000L, Status.PLANNED), tuple(11_500L, Status.PLANNED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "A revised peace plan would cap Ukraine's peacetime military at 800,000 troops.",
        "In September 2024, he went further, ordering the expansion of Russia's forces to 1.5 million soldiers.",
    })
    void aCapOrAnOrderedExpansionIsPlanned(String sentence) {
        assertThat(ClaimExtractor.withDefaultRules().extract(null, sentence)).extracting(TroopClaim::status)
                .containsExactly(Status.PLANNED);
    }

    @Test
    void theTroopsAReductionRemovesAreOtherAndAnIncreaseIsNot() {
        ClaimExtractor x = ClaimExtractor.withDefaultRules();
        assertThat(x.extract(null, "The force numbers around 7,500 troops in southern Lebanon, after reducing its "
                + "presence by about 2,000 in recent months. The army increased its presence by 2,000 troops."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(7_500L, Status.DEPLOYED), tuple(2_000L, Status.OTHER),
                        tuple(2_000L, Status.DEPLOYED));
    }

    @Test
    void troopsOfAnEditionOfARecurringExerciseTakePartInIt() {
        assertThat(one("Around 200,000 troops participated in the 2021 edition of Zapad.").status())
                .isEqualTo(Status.OTHER);
    }

    @Test
    void troopsTakingPartInTheParagraphsExerciseAreOther() {
        assertThat(one("The exercises are taking place at the Pabrade training ground.\nAbout 1,000 servicemen and "
                + "more than 300 representatives of various state and municipal institutions are taking part in it.")
                .status()).isEqualTo(Status.OTHER);
    }

    @Test
    void aCountMobilisedIsOther() {
        assertThat(one("Ukraine mobilizes 30,000 people per month, but allies want more").status())
                .isEqualTo(Status.OTHER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Trump ordered 2,000 National Guard troops to Los Angeles.",
        "Shortly after taking office, Trump ordered around 1,500 additional U.S. troops to deploy to the border.",
        "Putin has signed a decree to call up 160,000 conscripts for military service.",
        "The AU and Somali government approved 2,500 Ethiopian troops for AUSSOM.",
        "Trump has requested the deployment of another 500 Guard members to the capital.",
        "Nearly 12,000 military personnel have been authorized to participate in AUSSOM.",
    })
    void orderedOrApprovedTroopsAreOnlyPlanned(String sentence) {
        assertThat(one(sentence).status()).isEqualTo(Status.PLANNED);
    }

    @Test
    void whatASideSaysItsOwnTroopsCouldDoIsAnOfferWhatAnotherSaysIsAPlan() {
        assertThat(one("French President Emmanuel Macron said that several thousand French soldiers could be "
                + "deployed to Ukraine.").status()).isEqualTo(Status.OFFERED);
        assertThat(one("Ukrainian President Volodymyr Zelensky warned that North Korea could send as many as 100 000 "
                + "soldiers to Russia.").status()).isEqualTo(Status.PLANNED);
        assertThat(one("Belarusian President Alexander Lukashenko has said Belarus could mobilise half a million "
                + "reservists within days.").status()).isNotEqualTo(Status.OFFERED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Pakistan is considering deploying 3,500 troops.|OFFERED",
        "Turkey is ready to contribute several thousand military personnel to an international force in Gaza.|OFFERED",
        "Indonesia has announced its readiness to deploy up to 20,000 troops for a peacekeeping mission in Gaza.|OFFERED",
        "Indonesia is prepared to deploy 20,000 troops to Gaza.|OFFERED",
        "Indonesia has indicated it could deploy up to 20,000 troops for health and construction tasks.|OFFERED",
        "North Korea could send up to 30,000 additional troops to Russia, Ukrainian intelligence officials said.|PLANNED",
        "Pyongyang has promised to send Russia over 10,000 soldiers in total.|PLANNED",
        "Meanwhile, Egypt has committed 1,091 troops to AUSSOM.|PLANNED",
    })
    void aSidesOwnReadinessToSendTroopsIsAnOfferAPromiseOrCommitmentIsAPlan(String sentence, Status status) {
        assertThat(one(sentence).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Germany needs up to 60,000 additional troops under new Nato targets, Pistorius said.|PLANNED",
        "Nawrocki: We Must Strive for an Army of at least 300,000 soldiers!|PLANNED",
        "The Bundeswehr must reach 260,000 active soldiers and 200,000 reservists by 2035.|PLANNED",
        "The plan calls for 2,000 troops to leave by September.|OTHER",
        "In the first phase, at least 2,000 UN soldiers will leave South Kivu until the end of April.|OTHER",
    })
    void aSizeASideNeedsOrAimsAtIsPlannedUnlessTheTroopsLeave(String sentence, Status status) {
        assertThat(X.extract(null, sentence)).allSatisfy(c -> assertThat(c.status()).isEqualTo(status)).isNotEmpty();
    }

    @Test
    void figuresListedTogetherShareWhatTheSentenceSaysOfThemButLossesKeepTheirOwn() {
        assertThat(SHIPPED.extract(null, "The goal is to significantly increase the ranks of the German army, which "
                + "currently numbers about 183,000 regular soldiers and only 49,000 reservists."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(183000L, Status.OTHER), tuple(49000L, Status.OTHER));
        assertThat(SHIPPED.extract(null, "The army killed 70 fighters and wounded 12 soldiers."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(70L, Status.KILLED), tuple(12L, Status.WOUNDED));
    }

    @Test
    void aPoliceStoryCountsPoliceByHeadsThatMayNameEitherUnlessAMilitaryWordStandsInThePhrase() {
        String police = "Six policemen martyred as terrorists attack police van in Kohat\n"
                + "Deputy Superintendent of Police Wahid Mehmood and two gunners were killed, while four personnel "
                + "sustained injuries.\n";
        assertThat(SHIPPED.extract(null, police)).isEmpty();
        assertThat(SHIPPED.extract(null, police + "Three military personnel were also killed."))
                .extracting(TroopClaim::count).containsExactly(3L);
        assertThat(SHIPPED.extract(null, police.replace("Six policemen martyred as terrorists attack police van",
                "Six soldiers martyred as terrorists attack army convoy")))
                .extracting(TroopClaim::count).containsExactly(6L, 2L, 4L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Gunmen ambushed two National Guard officers in Jalisco. The attack in Michoacán killed three "
                + "soldiers.|Mexico",
        "Gunmen ambushed two National Guard officers in Texas. The attack in El Paso wounded three soldiers.|"
                + "United States",
        "Gunmen ambushed two National Guard soldiers in Kandahar, a US official said. The attack in Helmand killed "
                + "three soldiers.|United States",
        // Mexico's guard is a namesake of the US one (surfaces.tsv): Mexico's wherever the US is named too
        "Gunmen ambushed two National Guard officers in Jalisco, a US official said. The attack in Michoacán killed "
                + "three soldiers.|Mexico",
        "Mexico's president spoke in Mexico City. Mexico is sending 6,000 National Guard troops to its southern border.|"
                + "Mexico",
        "Oregon's governor objected. The Pentagon is sending 200 National Guard troops to Portland.|United States",
    })
    void aNationalGuardIsTheHomeCountrysUnlessTheArticleNamesTheUnitedStatesOtherwise(String text, String actor) {
        assertThat(SHIPPED.extract(null, text).get(0).actor()).isEqualTo(actor);
    }

    @Test
    void aStatesRegularTroopsNamedByItsDemonymAreItsWhateverElseTheSentenceNames() {
        assertThat(SHIPPED.extract(null, "Clashes resulted in at least 20 Indian and 45 Chinese servicemen dead."))
                .extracting(TroopClaim::count, TroopClaim::actor)
                .containsExactly(tuple(20L, "India"), tuple(45L, "China"));
        assertThat(SHIPPED.extract(null, "About 200 Nepali soldiers serving in the Russian army were killed."))
                .extracting(TroopClaim::actor).containsExactly("Russia");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nepal's peace process stalled again in Nepal. The UN verified 19,602 PLA soldiers in the camps.|CPN (Maoist)",
        "Nepal's peace process stalled again in Nepal. Some 19,000 Maoist soldiers remain in 28 cantonments.|"
                + "CPN (Maoist)",
        "Nepal's peace process stalled again in Nepal. The UN said 4,000 Maoists had been disqualified.|CPN (Maoist)",
        "Nepal's peace process stalled again in Nepal. China said 19,000 PLA soldiers were on its border.|China",
        "China's army is huge. Some 19,000 PLA soldiers took part in drills near Taiwan.|China",
        "Officials in India said 4,000 Maoists were active in Chhattisgarh, India's home ministry said.|CPI (Maoist)",
    })
    void aNameSidesShareIsTheSideAtHomeWhereTheArticleIsSet(String text, String actor) {
        assertThat(SHIPPED.extract(null, text).get(0).actor()).isEqualTo(actor);
    }

    @Test
    void aForcesNameEndingInAFormationIsTheHeadAfterAStrengthCompound() {
        assertThat(SHIPPED.extract(null, "The 130,000-strong Indian Army has contributed troops to 51 UN missions."))
                .extracting(TroopClaim::count, TroopClaim::unit, TroopClaim::actor, TroopClaim::status)
                .containsExactly(tuple(130_000L, "Army", "India", Status.OTHER));
    }

    @Test
    void ecowasAsBritishOutletsWriteItIsStillEcowas() {
        assertThat(SHIPPED.extract(null, "About 3,000 Ecomog soldiers are in Freetown."))
                .extracting(TroopClaim::actor).containsExactly("ECOWAS");
    }

    @Test
    void carabinieriAreItalysGendarmesAndSoTroops() {
        assertThat(SHIPPED.extract(null, "About 300 Carabinieri are based in the Nasiriyah camp."))
                .extracting(TroopClaim::count, TroopClaim::actor).containsExactly(tuple(300L, "Italy"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Almost 100 military medics arrive in Sierra Leone to spearhead Britain's response to Ebola.|100|military medics",
        "The Honduran authorities have deployed more than 600 military policemen to border regions.|600|"
                + "military policemen",
    })
    void theArmysOwnDoctorsAndPoliceAreTroops(String text, long count, String unit) {
        assertThat(SHIPPED.extract(null, text)).extracting(TroopClaim::count, TroopClaim::unit)
                .containsExactly(tuple(count, unit));
    }

    @Test
    void aDisastersTollIsEveryonesUnlessItNamesTroops() {
        String story = "The United States is sending 4,000 more sailors and Marines to Haiti.\n";
        assertThat(SHIPPED.extract(null, story + "Officials estimate that the death toll from last week's quake is "
                + "likely to rise above 100,000.")).extracting(TroopClaim::count).containsExactly(4_000L);
        assertThat(SHIPPED.extract(null, story + "Eleven Brazilian soldiers were killed in the quake."))
                .extracting(TroopClaim::count).containsExactly(4_000L, 11L);
    }

    @Test
    void aFigureLeftBareAfterCiviliansIsNotGuessedAt() {
        assertThat(SHIPPED.extract(null, "About 32,000 North Vietnamese troops were killed in the offensive.\n"
                + "About 14,000 civilian Vietnamese were killed and 24,000 wounded in the Tet Offensive."))
                .extracting(TroopClaim::count).containsExactly(32_000L);
    }

    @Test
    void medicsAloneNeedASide() {
        assertThat(SHIPPED.extract(null, "Four medics were wounded in the shelling of the hospital.")).isEmpty();
    }

    @Test
    void aForceWhoseNameEndsALongerOneIsNotThatForce() {
        assertThat(SHIPPED.extract(null, "In Assam, 66 militants of the All Adivasi National Liberation Army laid "
                + "down arms in Guwahati.").get(0).actor()).isNull();
        assertThat(SHIPPED.extract(null, "In Colombia, 66 fighters of the National Liberation Army laid down arms in "
                + "Arauca.").get(0).actor()).isEqualTo("ELN");
    }

    @Test
    void aNationalGuardIsTheStatesTheArticleNamesAsItsOwner() {
        assertThat(SHIPPED.extract(null, "Mexico's National Guard will be used to reduce immigration after "
                + "negotiations with the U.S.\n\nSix thousand National Guard troops will be sent to the country's border "
                + "with Guatemala.")).extracting(TroopClaim::actor).containsExactly("Mexico");
        assertThat(SHIPPED.extract(null, "Ukraine's National Guard said its units held the line. The National Guard "
                + "said 300 soldiers were wounded, U.S. officials were told.")).extracting(TroopClaim::actor)
                .containsExactly("Ukraine");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The ambush left four soldiers dead and three wounded.|Nigeria",
        "The ambush left four militants dead and three wounded.|",
    })
    void troopsNoSideIsNamedAroundAreTheHomeCountrysUnlessTheyAreAMovementsFighters(String sentence, String actor) {
        String story = "Terrorists ambush troops in Zamfara\nIn Zamfara, troops of Operation Hadarin Daji faced a "
                + "deadly ambush by terrorist groups near Gusau.\n";
        List<TroopClaim> claims = SHIPPED.extract(null, story + sentence);
        assertThat(claims).extracting(TroopClaim::count).contains(4L);
        assertThat(claims.stream().filter(c -> c.count() == 4).findFirst().orElseThrow().actor()).isEqualTo(actor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "About 1,000 U.S. troops will remain stationed in the country, down from an estimated 1,700 earlier this "
                + "year.|PLANNED",
        "About 1,000 U.S. troops remain stationed in the country, down from an estimated 1,700 earlier this "
                + "year.|DEPLOYED",
        // troops kept where others leave are there, whatever a withdrawal around them makes the status model read
        "The US had handed over its last military bases to local authorities last month, but about two dozen "
                + "soldiers had remained, largely to oversee the withdrawal.|DEPLOYED",
        "France has handed over control of a military base in Abidjan, while retaining 80 military personnel for "
                + "training.|DEPLOYED",
    })
    void troopsThatWillRemainStationedArePlannedAndThoseThatStayedAreDeployed(String sentence, Status status) {
        assertThat(SHIPPED.extract(null, sentence).get(0).status()).isEqualTo(status);
    }

    @Test
    void aVotesTallyIsNoCountEvenBesideSoldiers() {
        assertThat(SHIPPED.extract("Colombian Congress Approves Bill to Join Convention Against Child Soldiers in "
                + "Ukraine's AFU, 94-17 Vote", "")).isEmpty();
    }

    @Test
    void aSizeToBeReachedByALaterYearThanTheArticlesIsPlanned() {
        List<TroopClaim> claims = X.extract(null, "The voluntary service began in 2026 with 3,000 recruits, rising to "
                + "10,000 recruits by 2030. The contingent had grown to 2,000 soldiers by the end of 2021.");
        assertThat(claims).extracting(TroopClaim::count, TroopClaim::status).containsExactly(
                tuple(3000L, Status.OTHER), tuple(10000L, Status.PLANNED), tuple(2000L, Status.OTHER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Some 90,000 troops will take part in NATO's Steadfast Defender exercise.|",
        "The defence ministries of Russia and Belarus said some 13,000 personnel would take part in the exercise.|",
        "Venezuela has mobilized nearly 200,000 troops for a two-day exercise.|Venezuela",
        "The exercise involves 22,000 Taiwanese reservists.|Taiwan",
        "Officials in Minsk said 13,000 troops would take part in Zapad-2025 - fewer than before.|",
        "Officials in Minsk said 13,000 troops would take part in the exercise - fewer than before.|Belarus",
    })
    void troopsTakingPartInAnExerciseAreManyStatesUnlessTheSentenceMakesThemOnesOwn(String sentence, String actor) {
        assertThat(one(SHIPPED, sentence).actor()).isEqualTo(actor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "About 1,000 foreign fighters are fighting on the front in Ukraine against Russian troops.|Ukraine",
        "Kyiv says 2,000 foreign fighters are fighting against Ukraine in Russian ranks.|Russia",
    })
    void fightersAreNotTheSideTheyFight(String sentence, String actor) {
        assertThat(one(SHIPPED, sentence).actor()).isEqualTo(actor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Russia claims its army killed 300 foreign mercenaries near Kharkiv.|Ukraine",
        "Moscow claimed that Russian troops killed nearly 6,000 mercenaries in Ukraine.|Ukraine",
        "A Russian strike on a military training site in northeastern Ukraine has killed six soldiers.|Ukraine",
        "A suspected jihadist attack in Benin kills three soldiers.|Benin",
    })
    void troopsASideKillsAreNotItsOwn(String sentence, String actor) {
        assertThat(one(SHIPPED, sentence).actor()).isEqualTo(actor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Russia has recruited about 200 Nepalis, the ministry in Kathmandu said.|Russia",
        "Nepal says Russia recruited 200 Nepalis.|Russia",
        "Ukraine has mobilised 30,000 Ukrainians this year.|Ukraine",
    })
    void peopleRecruitedAbroadServeTheSideThatRecruitsThem(String sentence, String actor) {
        assertThat(one(sentence).actor()).isEqualTo(actor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Armenia said Wednesday that the number of its soldiers killed in border clashes with Azerbaijan had risen to three.|Armenia",
        "Israel deployed a fourth division, expanding its front with Hezbollah and bringing the total number of its soldiers in the country to more than 15,000.|Israel",
        "Syrskyi, Commander-in-Chief of the Armed Forces of Ukraine, said that Russia had raised the number of its troops in the region to 50,000.|Russia",
    })
    void theNumberOfItsTroopsAreTheSubjectsWhoseClauseItStandsIn(String sentence, String actor) {
        assertThat(one(sentence).actor()).isEqualTo(actor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Europe would face a major challenge in deploying 25,000 troops to Ukraine as a deterrent force.|",
        "Prabowo said his country is ready to deploy 20,000 peacekeepers in Gaza.|",
        "Russia sent 10,000 troops to Belarus.|Russia",
        "The Pentagon sent 2,000 troops to Texas.|United States",
    })
    void aCountryTroopsAreSentToOrPeacekeepersStandInIsNotWhoseTheyAre(String sentence, String actor) {
        assertThat(one(sentence).actor()).isEqualTo(actor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Six Bangladeshi peacekeepers serving with the United Nations were killed in a drone attack.|Bangladesh",
        "Hundreds of Colombian mercenaries fighting for the RSF were killed.|Rapid Support Forces",
        "Russia said its forces have killed nearly 6,000 foreign volunteers fighting on the side of Ukraine.|Ukraine",
    })
    void aStatesContingentServingWithAMissionStaysTheStatesButFightersForAnArmedGroupAreItsOwn(String sentence,
                                                                                               String actor) {
        assertThat(one(sentence).actor()).isEqualTo(actor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Some 83 soldiers from Guatemala and El Salvador arrived in Haiti on Friday.|",
        "The United States plans to bring home 70,000 troops from Germany and South Korea.|United States",
        "The Pentagon will withdraw 2,500 troops from Iraq and Syria.|United States",
    })
    void troopsFromStatesListedByNameAreNoOneSidesUnlessTheyLeaveThem(String sentence, String actor) {
        assertThat(one(SHIPPED, sentence).actor()).isEqualTo(actor);
    }

    @Test
    void aChangeStartsFromThePresentSizeAndReachesAPlannedOneEvenInQuotes() {
        assertThat(SHIPPED.extract(null, "Stoltenberg said the alliance would increase its number of high-readiness "
                + "forces from 40,000 to \"well over 300,000.\""))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(40000L, Status.OTHER), tuple(300000L, Status.PLANNED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The number of French military personnel in Gabon will be reduced from 350 to 200 soldiers this year.|350|DEPLOYED",
        "Canada will boost the number of its troops in Latvia to 540 from the current 455.|455|DEPLOYED",
        "He hopes to expand the Polish military strength, including reservists, to a force of 500,000 from the "
                + "current 200,000.|200000|OTHER",
    })
    void aChangeStartsFromTheTroopsPresentWhereTheSentencePlacesThem(String sentence, long origin, Status status) {
        assertThat(SHIPPED.extract(null, sentence)).filteredOn(c -> c.count() == origin)
                .extracting(TroopClaim::status).containsExactly(status);
    }

    @Test
    void anAllianceOfStatesFieldsItsForceButNotTheMilitantsItsAircraftKill() {
        assertThat(one(SHIPPED, "The Alliance of Sahel States' new 6 000-strong Unified Force seeks to consolidate "
                + "Burkina Faso, Mali and Niger's military capabilities.").actor())
                .isEqualTo("Alliance of Sahel States");
        List<TroopClaim> claims = SHIPPED.extract(null, "The first operation occurred on July 15 in collaboration "
                + "with air forces from the Alliance of Sahel States, targeting militants in northern Mali. Around 40 "
                + "terrorists were reportedly eliminated.");
        assertThat(claims).extracting(TroopClaim::count, TroopClaim::actor).containsExactly(tuple(40L, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The UN Security Council condemned the attack on the UN mission in the Central African Republic (MINUSCA), "
            + "which resulted in the death of one peacekeeper from Cameroon.|Cameroon",
        "On Friday, two peacekeepers were wounded at UNIFIL's base. UNIFIL confirmed that explosions near an "
            + "observation tower injured two of its Sri Lankan peacekeepers.|Sri Lanka",
    })
    void peacekeepersNamedByTheirStateAreThatStatesWhateverMissionTheSentenceNames(String text, String actor) {
        List<TroopClaim> claims = SHIPPED.extract(null, text);
        assertThat(claims.get(claims.size() - 1).actor()).isEqualTo(actor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Russia has transferred the bodies of 6,060 fallen soldiers to Ukraine, Medinsky said.|Ukraine",
        "Russia transfers bodies of over 6,000 soldiers to Ukraine|Ukraine",
        "Russia has received the bodies of 78 Russian soldiers from the Ukrainian side.|Russia",
    })
    void theDeadASideHandsBackAreTheReceivingSides(String sentence, String actor) {
        assertThat(one(sentence).actor()).isEqualTo(actor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ukraine confirmed receiving 1,200 bodies of soldiers from Russia.|Ukraine",
        "Ukraine said on Thursday that it has received over 1,000 bodies of soldiers from Russia.|Ukraine",
        "Russia said it has received 1,000 bodies of soldiers from Ukraine.|Russia",
    })
    void theDeadASideReceivesAreTheSidesNamedBeforeTheReceivingVerbNotAfterFrom(String sentence, String actor) {
        String swap = "Ukraine and Russia swapped the bodies of fallen soldiers again on Friday. ";
        assertThat(one(SHIPPED, swap + sentence).actor()).isEqualTo(actor);
    }

    @Test
    void theDeadCountedByTheirBodiesAreTheSideTheirDemonymOrTheirReceiverNames() {
        String swap = "Ukraine and Russia swapped the bodies of fallen soldiers again on Friday. ";
        ClaimExtractor x = ClaimExtractor.withDefaultRules(); // the figure model takes the bare "909 Ukrainian bodies"
        assertThat(x.extract(null, swap + "Russia returned 909 Ukrainian bodies, receiving in turn the remains of 34 "
                + "Russian soldiers.")).extracting(TroopClaim::count, TroopClaim::actor)
                .containsExactly(tuple(909L, "Ukraine"), tuple(34L, "Russia"));
        assertThat(x.extract(null, swap + "In January, Russia delivered 757 bodies to Ukraine in return for the "
                + "remains of 49 Russian troops.")).extracting(TroopClaim::count, TroopClaim::actor)
                .startsWith(tuple(757L, "Ukraine"));
    }

    @Test
    void troopsASendingUnderWayCarriesArePlannedWhateverTheStatusTableSays() {
        assertThat(X.extract(null, "The Trump administration is deploying 4,000 National Guard troops and 700 Marines "
                + "to Los Angeles to protect federal property amid ongoing protests. Netherlands begins deploying 300 "
                + "troops, Patriot air defense systems to Poland."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(4_000L, Status.PLANNED), tuple(700L, Status.PLANNED),
                        tuple(300L, Status.PLANNED));
    }

    @Test
    void troopsOnTheirWayArePlannedAndOnlyInTheirClause() {
        ClaimExtractor x = ClaimExtractor.withDefaultRules();
        assertThat(x.extract(null, "Some 300 California National Guard members were on their way to Oregon on "
                + "Sunday. Russia has 2,000 troops in the region, and more are on their way."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(300L, Status.PLANNED), tuple(2_000L, Status.DEPLOYED));
        assertThat(x.extract(null, "The 120 Irish troops are heading for Beirut."))
                .extracting(TroopClaim::count, TroopClaim::status).containsExactly(tuple(120L, Status.PLANNED));
    }

    @Test
    void anInfinitiveAfterTheTroopsIsWhatTheVerbBeforeAsks() {
        assertThat(one("Russia sent 3,000 troops to fight in Kursk.").status()).isEqualTo(Status.DEPLOYED);
        assertThat(one("The army ordered 3,000 troops to fight in Kursk.").status()).isEqualTo(Status.PLANNED);
        assertThat(one("Hegseth ordered 1,350 National Guard members to leave the area this week.").status())
                .isEqualTo(Status.OTHER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The army said 274 fighters were killed, with over 400 fighters sustaining injuries.|400|WOUNDED",
        "India reported the elimination of over 70 militants and the destruction of terror camps.|70|KILLED",
        "More than 300 Junta troops have succumbed to their injuries.|300|KILLED",
        "Two soldiers succumbed to their wounds on Sunday.|2|KILLED",
    })
    void casualtyIdiomsGiveTheirStatus(String sentence, long count, Status status) {
        assertThat(X.extract(null, sentence)).filteredOn(c -> c.count() == count)
                .extracting(TroopClaim::status).containsExactly(status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "RUF rebels took about 500 UN peacekeepers hostage in April.|500",
        "As 32 peacekeepers were being rescued, another group of 44 Fijian peacekeepers were taken captive.|44",
    })
    void troopsTheOtherSideHoldsAreOther(String sentence, long count) {
        assertThat(X.extract(null, sentence)).filteredOn(c -> c.count() == count)
                .extracting(TroopClaim::status).containsExactly(Status.OTHER);
    }

    @Test
    void anArmedGroupThatTookPowerFightsForItsCountryAfterward() {
        assertThat(one("Islamabad says 274 Taliban fighters were killed in the clashes of October 2025.").actor())
                .isEqualTo("Afghanistan");
        assertThat(one("In 2010, US forces said 30 Taliban fighters were killed in Helmand.").actor())
                .isEqualTo("Taliban");
        assertThat(one("Pakistan says 30 Pakistani Taliban fighters were killed in 2025.").actor())
                .isEqualTo("Tehreek-e-Taliban Pakistan");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Fifteen MILF guerrillas were reported killed in the initial wave of fighting.|Moro Islamic Liberation Front",
        "The Free Syrian Army says it has 15,000 fighters in its squadrons.|Free Syrian Army",
        "Some 8,000 Free Aceh Movement (GAM) rebels are ready for war.|Free Aceh Movement",
    })
    void armedMovementsOfPastWarsAreSides(String sentence, String actor) {
        assertThat(one(sentence).actor()).isEqualTo(actor);
    }

    @Test
    void fightersAgainstASideAreNotItsOwn() {
        // "battle-hardened soldiers" keeps its modifier; "anti-Houthi" names the side they fight
        assertThat(X.extract(null, "Some 40 anti-Houthi fighters arrived in Aden.")).extracting(TroopClaim::actor)
                .doesNotContain("Houthis");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Troops have neutralized at least 152 terrorists during the week.|152|KILLED",
        "The military said the retaliatory action “neutralized” over 200 Taliban militants.|200|KILLED",
        "Turkish forces have neutralised 1,427 terrorists since the beginning of this year.|1427|OTHER",
        "Turkey's defence ministry said 1,427 terrorists were neutralised this year. Of these, 681 were neutralised "
            + "in Iraq.|681|OTHER",
    })
    void neutralisedEnemiesAreKilledUnlessTheReportIsTurkeysWhichCountsCaptivesToo(String text, long count,
                                                                                  Status status) {
        assertThat(SHIPPED.extract(null, text)).filteredOn(c -> c.count() == count)
                .extracting(TroopClaim::status).containsExactly(status);
    }

    @Test
    void theYearOfPublicationIsTheArticlesPresent() {
        String stationed = "In 2019, the United States had 5,000 troops stationed in Iraq.";
        assertThat(X.extract(null, stationed, Year.of(2024))).extracting(TroopClaim::status)
                .containsExactly(Status.OTHER);
        assertThat(X.extract(null, stationed, Year.of(2020))).extracting(TroopClaim::status)
                .containsExactly(Status.DEPLOYED);
        assertThat(X.extract(null, stationed, null)).extracting(TroopClaim::status) // its latest year: 2019
                .containsExactly(Status.DEPLOYED);
        String taliban = "Pakistan said 30 Taliban fighters were killed in the clashes.";
        assertThat(X.extract(null, taliban, Year.of(2025))).extracting(TroopClaim::actor)
                .containsExactly("Afghanistan");
        assertThat(X.extract(null, taliban, Year.of(2010))).extracting(TroopClaim::actor)
                .containsExactly("Taliban");
    }

    @Test
    void armyPersonnelAreTroopsWithoutASideAndABorderGuardWithOne() {
        assertThat(X.extract(null, "Around 100,000 army personnel have been deployed across the country. "
                + "One Tajik border guard was killed and two wounded overnight."))
                .extracting(TroopClaim::count, TroopClaim::unit, TroopClaim::status)
                .containsExactly(tuple(100_000L, "army personnel", Status.DEPLOYED),
                        tuple(1L, "border guard", Status.KILLED), tuple(2L, "border guard", Status.WOUNDED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "At least 38 Chinese troops drowned that night.",
        "Twenty-eight Israeli soldiers have committed suicide since the beginning of the war.",
        "The army reported the murder of 9 of its soldiers in El Carmen.",
        "One peacekeeper from Bangladesh was fatally shot.",
        "The blast resulted in the martyrdom of ten soldiers.",
    })
    void deathsBesidesKillingAreKilled(String sentence) {
        assertThat(one(sentence).status()).isEqualTo(Status.KILLED);
    }

    @Test
    void peopleDeportedAreNoTroops() {
        assertThat(ClaimExtractor.withDefaultRules().extract(null, "A flight carrying 199 Venezuelans who were "
                + "deported from the US has arrived at Simón Bolívar airport near Caracas.\n\nIn a controversial "
                + "move, the Trump administration had previously deported 238 Venezuelans to a maximum-security "
                + "prison in El Salvador.")).extracting(TroopClaim::count).doesNotContain(238L);
    }

    @Test
    void prisonersOfWarAreHeldNotDeployed() {
        ClaimExtractor x = ClaimExtractor.withDefaultRules();
        assertThat(x.extract(null, "Russia released 215 prisoners of war in a prisoner swap on Sept. 21, Ukraine's "
                + "president's office said. Under the deal, Ukraine got 200 prisoners of war back."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(215L, Status.OTHER), tuple(200L, Status.OTHER));
        assertThat(x.extract(null, "Russian forces executed five Ukrainian prisoners of war in Kursk."))
                .extracting(TroopClaim::status).containsExactly(Status.KILLED);
    }

    @Test
    void peopleAndPrisonersAreTroopsOnlyWhenAForceRecruitsThem() {
        assertThat(X.extract(null, "Russian authorities said they recruited 422,704 people last year."))
                .extracting(TroopClaim::count, TroopClaim::unit, TroopClaim::actor, TroopClaim::status)
                .containsExactly(tuple(422_704L, "people", "Russia", Status.OTHER));
        assertThat(X.extract(null, "As of October, Russia had mobilized more than 18,000 foreign nationals."))
                .extracting(TroopClaim::unit).containsExactly("foreign nationals");
        assertThat(X.extract(null, "Israel evacuated 2,000 people from the north.")).isEmpty();
        assertThat(X.extract(null, "Ukraine sent 500 people to Poland for treatment.")).isEmpty();
        assertThat(X.extract(null, "The company recruited 5,000 people last year.")).isEmpty(); // no side
        assertThat(X.extract(null, "The Wagner Group recruited at least 1,500 prisoners in Russian colonies."))
                .extracting(TroopClaim::count, TroopClaim::unit, TroopClaim::actor)
                .containsExactly(tuple(1_500L, "prisoners", "Russia"));
        assertThat(X.extract(null, "Some 300 prisoners escaped from the jail.")).isEmpty();
        assertThat(X.extract(null, "Putin signed an order calling up 120,000 people for the autumn campaign."))
                .extracting(TroopClaim::count, TroopClaim::unit, TroopClaim::actor)
                .containsExactly(tuple(120_000L, "people", "Russia"));
        assertThat(X.extract(null, "Russia called up 130,000 individuals for autumn service last year."))
                .extracting(TroopClaim::unit).containsExactly("individuals");
    }

    @Test
    void theCaptureOfOthersIsNoLossThoughTheirFellowsDied() {
        // the grammar leaves "ten others" bare; the bundled figure model takes it, and the cue gives its status
        assertThat(ClaimExtractor.withDefaultRules()
                .extract(null, "The clash left ten guerrillas dead and led to the capture of ten others."))
                .extracting(TroopClaim::status).containsExactly(Status.KILLED, Status.OTHER);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Obama said that 10,000 troops will be transferred out of Afghanistan by the end of this year and another "
                + "23,000 will come home no later than September 2012.",
        "About 350 French soldiers will depart after a three-month process.",
        "Burundi defiant as AU removes 1,000 of its soldiers from Somalia",
        "Five members of the UN peacekeeping force in Cyprus will be repatriated.",
    })
    void troopsThatWillLeaveAreWithdrawnNotPlanned(String sentence) {
        assertThat(ClaimExtractor.withDefaultRules().extract(null, sentence)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.OTHER));
    }

    @Test
    void theWholeOfAStandingForceIsItsSizeNotADeployment() {
        assertThat(ClaimExtractor.withDefaultRules().extract(null, "Germany's Bundeswehr currently has around 180,000 "
                + "military personnel, but must reach 260,000 active soldiers and 200,000 reservists."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(180_000L, Status.OTHER), tuple(260_000L, Status.PLANNED),
                        tuple(200_000L, Status.PLANNED));
    }

    @Test
    void bodiesCountTheDead() {
        String story = "Russia handed over the bodies of 1,212 fallen Ukrainian soldiers to Ukraine on Thursday, "
                + "officials said.\nThree more trains are being prepared for dispatch in the near future, each with "
                + "1,200 bodies.";
        assertThat(ClaimExtractor.withDefaultRules().extract(null, story))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(1_212L, Status.KILLED), tuple(1_200L, Status.KILLED));
    }

    @Test
    void theFigureModelDoesNotGuessAtAHealthMinistrysTally() {
        String story = "A decision on whether Pakistani troops will join an international stabilization force in Gaza "
                + "is in process, the defence minister said.\nIndonesia and Malaysia have pledged to contribute "
                + "peacekeeping troops to Gaza.\nSince October 2023, the war has resulted in more than 68,500 deaths "
                + "and over 170,300 injuries, according to the Gaza Health Ministry.";
        assertThat(ClaimExtractor.withDefaultRules().extract(null, story)).isEmpty();
    }

    @Test
    void peopleUprootedAreNoTroopsThoughTheyAreSomewhere() {
        assertThat(X.extract(null, "With more than 7 million Syrians still displaced inside the country and more than "
                + "4.5 million abroad, support must be provided.")).isEmpty();
        assertThat(X.extract(null, "More than 2,000 Syrians were deployed inside the country.")).hasSize(1);
    }

    @Test
    void aBareFigureAfterCiviliansCountsThemNotTheTroopsBefore() {
        assertThat(X.extract(null, "Since Sunday, 69 Druze fighters and 40 civilians, including 27 reportedly executed, "
                + "have been killed.")).extracting(TroopClaim::count).containsExactly(69L);
        assertThat(X.extract(null, "Sixteen civilians and 300 soldiers have been killed and 2,700 wounded."))
                .extracting(TroopClaim::count).containsExactly(300L, 2700L);
    }

    private static List<Long> figureExamples(String text) {
        return X.examples(null, text).stream().filter(e -> e.task() == ClaimExtractor.Task.FIGURE)
                .map(ClaimExtractor.Example::count).toList();
    }

    @Test
    void troopsFollowedByAPlaceAreThere() {
        TroopClaim c = one("“We see about 40,000 Russian troops in the Zaporizhzhia direction,” he said.");
        assertThat(c.status()).isEqualTo(Status.DEPLOYED);
        assertThat(one("The RSF has about 70,000 fighters across Sudan.").status()).isEqualTo(Status.OTHER);
    }

    @Test
    void actorWithoutAMentionComesFromTheStoryTheSpeakerOrThePlace() {
        List<TroopClaim> story = X.extract(null, "North Korea has sent 10,000 soldiers to Russia. "
                + "A further 1,500 soldiers are expected to arrive by March.");
        assertThat(story).extracting(TroopClaim::actorId).containsExactly("KP", "KP");
        assertThat(one("Some 300,000 troops have been massed along the border, Israeli media reported.").actorId())
                .isEqualTo("IL");
        assertThat(one("Twelve soldiers were wounded when a shell hit their barracks in Belgorod.").actorId())
                .isEqualTo("RU");
        // a district only the world table (GeoNames) knows
        TroopClaim kathua = one("Five army soldiers were killed in an attack on an army vehicle in Kathua district.");
        assertThat(kathua.actorId()).isEqualTo("IN");
        assertThat(kathua.location()).isEqualTo("Kathua");
        // casualties are mostly reported by the other side: the speaker names no actor for them
        assertThat(one("Twelve soldiers were killed in the attack, Ukrainian officials said.").actorId()).isNull();
    }

    @Test
    void aBareFigureTakesTheUnitOfTheClaimBeforeIt() {
        assertThat(X.extract(null, "The Pentagon has 503 troops in Syria and 5,262 in Iraq."))
                .extracting(TroopClaim::count, TroopClaim::unit, TroopClaim::actorId)
                .containsExactly(tuple(503L, "troops", "US"),
                        tuple(5262L, "troops", "US"));
        List<TroopClaim> moved = X.extract(null, "The US plans to withdraw about 12,000 troops from Germany. "
                + "An estimated 6,400 will be sent back home, while 5,400 will be restationed to other countries.");
        assertThat(moved).extracting(TroopClaim::count).containsExactly(12000L, 6400L, 5400L);
        assertThat(moved).extracting(TroopClaim::actorId).containsOnly("US");
        assertThat(X.extract(null, "Russia fired 40 missiles. Of the missiles, 30 were shot down.")).isEmpty();
    }

    @Test
    void troopsWithdrawnFromACountryAreNotItsTroops() {
        TroopClaim c = one("The US plans to withdraw about 12,000 troops from Germany.");
        assertThat(c.actorId()).isEqualTo("US");
        assertThat(c.status()).isEqualTo(Status.OTHER);
        assertThat(one("Pyongyang sent 5,000 troops from North Korea to Russia.").actorId()).isEqualTo("KP");
        assertThat(SHIPPED.extract(null, "Yesterday the ATMIS withdrew 2,000 soldiers from Somalia."))
                .extracting(TroopClaim::actor).containsExactly("African Union");
    }

    @Test
    void anAnaphoricFigureKeepsItsAntecedentsStatusOverAVerbInARelativeClause() {
        List<TroopClaim> claims = X.extract(null, "Russia plans to deploy 50,000 troops near Kharkiv. "
                + "Of those, about 10,000 are reservists who were mobilised in the autumn.");
        assertThat(claims).extracting(TroopClaim::status).containsExactly(Status.PLANNED, Status.PLANNED);
    }

    @Test
    void aFigureBeforeACopulaTakesTheUnitAfterIt() {
        TroopClaim c = one("Some 8,800 are ground troops, a UN spokesman said.");
        assertThat(c.unit()).isEqualTo("troops");
        assertThat(X.extract(null, "Some 8,800 are residents of the town.")).isEmpty();
    }

    @Test
    void lossesWithoutANounNeedAnActor() {
        TroopClaim c = one("Russia has had between 70,000 and 80,000 killed or wounded in six months.");
        assertThat(c.actorId()).isEqualTo("RU");
        assertThat(c.status()).isEqualTo(Status.KILLED_OR_WOUNDED);
        assertThat(X.extract(null, "The earthquake left 300 killed or wounded.")).isEmpty();
    }

    @Test
    void peopleByDemonymAreTroopsWhenCountedAsLossesOrBesideTroops() {
        assertThat(one("There are hundreds of Russians killed or wounded every day.").actorId()).isEqualTo("RU");
        assertThat(X.extract(null, "Three Armenian soldiers and two Azeris were killed on the front line."))
                .extracting(TroopClaim::count).containsExactly(3L, 2L);
    }

    @Test
    void aSentenceThePageRepeatsGivesAClaimForEachPrintingAtItsOwnOffsets() {
        // as ANNOTATING.md counts them; the sink alerts on a figure once however often it is found
        assertThat(X.extract(null, "Houthis say 4,000 Sudanese soldiers killed\n\nHouthis say 4,000 Sudanese soldiers killed"))
                .extracting(TroopClaim::count, TroopClaim::sentenceStart)
                .containsExactly(tuple(4_000L, 0), tuple(4_000L, 44));
    }

    @Test
    void aFigureOfNothingIsNoClaim() {
        // seen on a real page: "10, 000 American soldiers", a typo that leaves "000"
        assertThat(X.extract(null, "Now there are 10, 000 American soldiers stationed in the country."))
                .noneMatch(c -> c.count() < 1);
    }

    @Test
    void fullWidthDigitsAreNoFiguresAndBreakNothing() {
        // seen on a real page: "１" is a Unicode digit that is no ASCII number
        assertThat(X.extract(null, "Chapter １: 3,000 soldiers arrived in Vladivostok.")).singleElement()
                .extracting(TroopClaim::count).isEqualTo(3000L);
    }

    @Test
    void theSideThatKillsIsNotTheSideThatDies() {
        TroopClaim c = one("Israel estimates that it killed approximately 9,000 Hamas militants in Gaza.");
        assertThat(c.actor()).isEqualTo("Hamas");
        assertThat(one("Russia has lost tens of thousands of soldiers in the region.").actorId()).isEqualTo("RU");
        assertThat(one("Ukraine, which keeps its losses secret, said that 43,000 of its soldiers had been killed.")
                .actorId()).isEqualTo("UA");
    }

    @Test
    void theArmedGroupsOfTheWarsInYemenAndEthiopiaAreSides() {
        assertThat(one("At least 80 STC fighters were killed in Hadramawt.").actor())
                .isEqualTo("Southern Transitional Council");
        assertThat(one("The army said it killed 24 OLA rebels in western Oromia.").actor())
                .isEqualTo("Oromo Liberation Army");
    }

    @Test
    void theDeadMayBeNamedSoBeforeTheirNoun() {
        assertThat(one("The bodies of the 12 slain soldiers were flown home on Sunday.").count()).isEqualTo(12L);
        assertThat(one("The 24 deceased rebels were buried near the camp.").count()).isEqualTo(24L);
    }

    @Test
    void anOfferNextToItsTroopsOutranksTheModel() {
        assertThat(SHIPPED.extract(null, "Chad offered to deploy 1,500 soldiers, according to two sources familiar"
                + " with the talks.")).extracting(TroopClaim::status).containsExactly(Status.OFFERED);
    }

    @Test
    void theStatusModelSeesTheGrammarsStatusOfTheClaimBefore() {
        List<ClaimExtractor.Example> statuses = X.examples(null,
                        "Five soldiers were killed on Monday. The army sent 300 troops to the border.").stream()
                .filter(e -> e.task() == ClaimExtractor.Task.STATUS).toList();
        assertThat(statuses).hasSize(2);
        assertThat(statuses.get(0).features()).contains("before=none");
        assertThat(statuses.get(1).features()).contains("before=grammar=KILLED");
    }

    @Test
    void theStatusModelSeesWhereTheArticleNamesAnExerciseAndWhatTheRulesSaidOfTheFigure() {
        assertThat(statusFeatures("The Balikatan exercises began.\n\nAbout 5,000 US troops arrived in Manila."))
                .contains("occasion=article");
        assertThat(statusFeatures("About 5,000 US troops arrived for the exercises.")).contains("occasion=sentence");
        assertThat(statusFeatures("About 5,000 US troops arrived in Manila.")).contains("occasion=none");
        assertThat(statusFeatures("Poland's military currently stands at around 200,000."))
                .contains("context=FORCE_SIZE");
    }

    private static List<String> statusFeatures(String text) {
        return X.examples(null, text).stream().filter(e -> e.task() == ClaimExtractor.Task.STATUS)
                .reduce((a, b) -> b).orElseThrow().features();
    }

    @Test
    void aPartOfAWholeOutOfAPromisedFigureCountsItsTroops() {
        assertThat(X.extract(null, "Only 936 out of a promised 2,500 Kenyan troops are on the ground."))
                .extracting(TroopClaim::count).containsExactly(936L, 2500L);
    }

    @Test
    void perishedSoldiersAreCounted() {
        assertThat(one("The number of perished soldiers of the army has risen to 1,586.").count()).isEqualTo(1586L);
    }

    @Test
    void theTermsOfARatioCountNoOne() {
        assertThat(X.extract(null, "One in three Russian soldiers deployed to the front has been wounded.")).isEmpty();
        assertThat(X.extract(null, "One in 10 soldiers sent to the front was killed.")).isEmpty();
    }

    @Test
    void theSizeOfAStandingForceCountsItsTroops() {
        TroopClaim c = one("Poland's military currently stands at around 200,000, behind only Turkey and the US.");
        assertThat(c.count()).isEqualTo(200_000L);
        assertThat(c.qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(c.status()).isEqualTo(Status.OTHER);
        assertThat(one("Russia's military is thought to be around 1.3 million strong.").count()).isEqualTo(1_300_000L);
        assertThat(one("The Ministry of Defence announced that the Army would be scaled back to 72,500 by 2025.")
                .count()).isEqualTo(72_500L);
        assertThat(one("Under the decree, the Armed Forces organic strength totaled 1.885 million.").count())
                .isEqualTo(1_885_000L);
    }

    @Test
    void aForceSizeFigureMustEndItsPhraseAndTheForceMustNotBeInsideAnotherPhrase() {
        assertThat(X.extract(null, "The government will send the army to 12 cities.")).isEmpty();
        assertThat(X.extract(null, "The number of clashes between militants and the armed forces rose to 40."))
                .isEmpty();
    }

    @Test
    void aStateAfterASayingVerbIsNoAttribution() {
        TroopClaim c = one("Five US Marines confirmed dead after California helicopter crash");
        assertThat(c.count()).isEqualTo(5L);
        assertThat(c.status()).isEqualTo(Status.KILLED);
        assertThat(c.source()).isNull();
        TroopClaim duty = one("Thousands of reservists across Taiwan reported for duty on Monday.");
        assertThat(duty.count()).isEqualTo(1_000L);
        assertThat(duty.source()).isNull();
    }

    @Test
    void idiomsOfAFallenSoldiersHonourAreDeaths() {
        assertThat(one("During UN peacekeeping missions, 171 Pakistani soldiers have sacrificed their precious lives.")
                .status()).isEqualTo(Status.KILLED);
        assertThat(one("About 177 Indian peacekeepers have made the ultimate sacrifice.").status())
                .isEqualTo(Status.KILLED);
        assertThat(one("Resultantly, 13 brave sons of soil embraced Shahadat.").status()).isEqualTo(Status.KILLED);
        assertThat(one("At least 14 soldiers of the battalion had attained martyrdom in the clashes.").status())
                .isEqualTo(Status.KILLED);
        assertThat(SHIPPED.extract(null, "In the battle, 80 soldiers of the regiment attained the supreme sacrifice and "
                + "200 were wounded."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(80L, Status.KILLED), tuple(200L, Status.WOUNDED));
        assertThat(one("I share the loss of five outstanding Marines from the 3rd Marine Aircraft Wing.").status())
                .isEqualTo(Status.KILLED);
    }

    @Test
    void navySealsAndSonsOfSoilAreTroops() {
        assertThat(one("Ships and aircraft search for 2 Navy SEALs missing after a mission.").unit())
                .isEqualTo("Navy SEALs");
        assertThat(one("One brave son of soil, Naik Mujahid Khan, embraced martyrdom.").count()).isEqualTo(1L);
    }

    @Test
    void aBareFigureKilledInActionCountsSoldiers() {
        List<TroopClaim> claims = X.extract(null,
                "Yu quoted the most recent figures as approximately 400 killed in action and 3,600 injured.");
        assertThat(claims).extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(400L, Status.KILLED), tuple(3600L, Status.WOUNDED));
        assertThat(X.extract(null, "Officials said 400 were killed in the floods.")).isEmpty();
    }

    @Test
    void gendarmesAndServicePeopleAreTroops() {
        assertThat(one("On this axis, 600 gendarmes were deployed on Sunday.").status()).isEqualTo(Status.DEPLOYED);
        assertThat(one("More than 460 Ukrainian service people were eliminated by the Dnepr group.").count())
                .isEqualTo(460L);
    }

    @Test
    void aBareFigureBesideAClaimTakesItsUnitBeforeOthersAYearOrAName() {
        assertThat(X.extract(null, "Nine soldiers were killed while five others were seriously wounded."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(9L, Status.KILLED), tuple(5L, Status.WOUNDED));
        assertThat(X.extract(null, "British forces lost 108 soldiers last year, compared to 51 in 2008."))
                .extracting(TroopClaim::count).containsExactly(108L, 51L);
        assertThat(X.extract(null, "The Guard sent 300 troops to Portland and 500 into Chicago."))
                .extracting(TroopClaim::count).containsExactly(300L, 500L);
        assertThat(X.extract(null, "The Guard sent 300 troops to Portland and 500 into May."))
                .extracting(TroopClaim::count).containsExactly(300L);
        assertThat(X.extract(null, "Eight soldiers were injured in Gaza, including two moderately."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(8L, Status.WOUNDED), tuple(2L, Status.WOUNDED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Fifteen U.S. Army soldiers were transported to local hospitals after the collision.|15|WOUNDED",
        "Two NATO troops were taken to a Vilnius hospital and hospitalized.|2|WOUNDED",
        "Three soldiers remain in hospital after the blast.|3|WOUNDED",
        "Some 40 soldiers were deployed near the hospital.|40|DEPLOYED",
        "Pentagon: 14 more U.S. service members diagnosed with traumatic brain injury after Iran missile attack|14|WOUNDED",
        "2 Missing Navy SEALs Declared Dead After 10-Day Search Operation|2|KILLED",
        "In the memorial park 885 British soldiers are laid to rest.|885|KILLED",
    })
    void troopsTakenToHospitalDiagnosedOrDeclaredDeadAreCasualties(String sentence, long count, Status status) {
        assertThat(ClaimExtractor.withDefaultRules().extract(null, sentence)).extracting(TroopClaim::count,
                TroopClaim::status).containsExactly(tuple(count, status));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Details of the three fallen soldiers will not be released.|3|KILLED",
        "Israel buried 12 fallen soldiers on Sunday.|12|KILLED",
        "The number of soldiers has fallen to 900.|900|OTHER",
        "The Pentagon estimates 12,000 North Korean soldiers have traveled to the region.|12000|ARRIVED",
        "Putin orders conscription of 133,000 servicemen in Russia's autumn draft|133000|PLANNED",
    })
    void theFallenAreDeadTroopsThatTravelledArrivedAndAnOrderedRaiseIsPlanned(String sentence, long count,
                                                                                Status status) {
        assertThat(X.extract(null, sentence)).extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(count, status));
    }

    @Test
    void specialOperationsForcesAreTroopsOfTheSideTheirPhraseNames() {
        assertThat(X.extract(null, "The US sent 200 special operations forces to Syria."))
                .extracting(TroopClaim::count, TroopClaim::actorId).containsExactly(tuple(200L, "US"));
        assertThat(X.extract(null, "Russian navy ships transferred 1,500 North Korean special operation forces to "
                + "Vladivostok.")).extracting(TroopClaim::count, TroopClaim::actorId).containsExactly(tuple(1500L, "KP"));
    }

    @Test
    void troopsAForceLacksAreNoneOfItsTroops() {
        assertThat(one("The plan aims to address a growing shortfall of around 1.8 lakh soldiers in the Indian Army.")
                .status()).isEqualTo(Status.OTHER);
        assertThat(one("South Korea's manpower is strained, and the shortfall hovers around 21,000 troops.")
                .status()).isEqualTo(Status.OTHER);
    }

    @Test
    void peopleAForceHasRaisedAreTroopsWhateverMovesThem() {
        assertThat(one("Russia has sent 82,000 mobilised people to the front.").count()).isEqualTo(82000L);
        assertThat(X.extract(null, "Russia has sent 82,000 people to the front.")).isEmpty();
    }

    @Test
    void joiningAStandingForceIsBeingRecruitedButJoiningAMissionIsServing() {
        assertThat(one("More than 7000 Australian personnel joined the permanent and reserve force last year.")
                .status()).isEqualTo(Status.OTHER);
        assertThat(one("Only about 1,800 Israelis were joining the military annually.").status())
                .isEqualTo(Status.OTHER);
        assertThat(one("About 500 Swedish troops joined the NATO mission.").status()).isEqualTo(Status.DEPLOYED);
    }

    @Test
    void aGoalMetOrMissedIsNoSizeStillToBeReached() {
        assertThat(one("The US Army met its recruiting goal of 55,000 new recruits months early.").status())
                .isEqualTo(Status.OTHER);
        assertThat(one("The US Navy missed its target by 7,000 sailors.").status()).isEqualTo(Status.OTHER);
        assertThat(one("The US Army hopes to meet its goal of 61,000 soldiers.").status()).isEqualTo(Status.PLANNED);
    }

    @Test
    void soldiersKilledInAPlaceOfACountryAreItsWhenNoOtherSideOwnsThem() {
        assertThat(ClaimExtractor.withDefaultRules().extract(null, "Eight soldiers were martyred in two terrorist "
                + "attacks in North Waziristan on Thursday, near the Afghan border.")).extracting(TroopClaim::count,
                TroopClaim::actor).containsExactly(tuple(8L, "Pakistan"));
    }

    @Test
    void injuriesOfAnyKindAreWounds() {
        assertThat(ClaimExtractor.withDefaultRules().extract(null, "Two Sri Lankan peacekeepers in Lebanon have "
                + "sustained minor injuries after an Israeli airstrike.")).extracting(TroopClaim::count,
                TroopClaim::actor, TroopClaim::status).containsExactly(tuple(2L, "Sri Lanka", Status.WOUNDED));
    }

    @Test
    void aBareFigureBesideAClaimTakesItsUnitBeforeADayOrAfterACue() {
        assertThat(X.extract(null, "Four jihadists were killed on Sunday and six on Saturday."))
                .extracting(TroopClaim::count, TroopClaim::unit).containsExactly(tuple(4L, "jihadists"), tuple(6L, "jihadists"));
        assertThat(X.extract(null, "The army killed two ISIS militants and reported the arrests of seven others."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(2L, Status.KILLED), tuple(7L, Status.OTHER));
    }

    @Test
    void prisonersOfWarAndYoungPeopleEnrolledAreTroops() {
        assertThat(X.extract(null, "Russia and Ukraine exchanged 25 prisoners of war each."))
                .extracting(TroopClaim::unit).containsExactly("prisoners of war");
        assertThat(X.extract(null, "Macron said France aims to enrol 3,000 young people in 2026."))
                .extracting(TroopClaim::count, TroopClaim::unit).containsExactly(tuple(3000L, "people"));
    }

    @Test
    void theMembersOfAFormationAreTroopsWhateverTheirNoun() {
        assertThat(one("The Amphibious Rapid Deployment Brigade now consists of about 3,300 personnel.").count())
                .isEqualTo(3300L);
        assertThat(X.extract(null, "The committee consists of 12 members.")).isEmpty();
    }

    @Test
    void aFigureRestatedInBracketsIsOneClaim() {
        assertThat(X.extract(null, "Somali forces killed two (2) terrorists near Kismayo."))
                .extracting(TroopClaim::count, TroopClaim::unit).containsExactly(tuple(2L, "terrorists"));
    }

    @Test
    void aSideThatCountsItsOwnDeadIsTheirSide() {
        assertThat(one("Yemen's Houthi rebels said that six of their fighters have been killed in U.S.-British airstrikes.")
                .actor()).isEqualTo("Houthis");
    }

    @Test
    void coordinatedCasualtiesKeepTheirOwnStatus() {
        assertThat(X.extract(null, "An attack killed two Colombian soldiers and injured at least 21."))
                .extracting(TroopClaim::count, TroopClaim::status)
                .containsExactly(tuple(2L, Status.KILLED),
                        tuple(21L, Status.WOUNDED));
        assertThat(X.extract(null, "Nine Pakistani soldiers were killed while five others received injuries."))
                .extracting(TroopClaim::count).containsExactly(9L, 5L);
        assertThat(X.extract(null, "Uganda will provide 4,500 soldiers, Ethiopia 2,500, and Egypt 1,091."))
                .extracting(TroopClaim::actorId).containsExactly("UG", "ET", "EG");
    }

    @Test
    void aLaterSentenceThatRebutsTheFigureUndoesIt() {
        String text = "Over 20,000 Russian soldiers have been killed, according to the United States.\n\n"
                + "Russia refuted the claim, asserting that the number had been completely fabricated.";
        assertThat(X.extract(null, text)).isEmpty();
        assertThat(X.extract(null, "Over 20,000 Russian soldiers have been killed.\n\nRussia refuted nothing."))
                .hasSize(1);
        assertThat(X.extract(null, "As with all prisoners of war, these two North Korean soldiers receive care."))
                .isEmpty();
    }

    @Test
    void groupNamesWithDigitsAreNoFigures() {
        assertThat(X.extract(null, "Some 3,000 Rwandan soldiers fought alongside M23 rebels."))
                .singleElement().extracting(TroopClaim::count).isEqualTo(3000L);
        assertThat(one("Al Shabaab killed 180 KDF soldiers in El Adde.").actorId()).isEqualTo("KE");
    }

    @Test
    void namesTheGazetteerDoesNotKnowStillMakeAUnit() {
        assertThat(one("Two Peshmerga fighters were killed in Kolajo on Tuesday night.").unit()).isEqualTo("fighters");
        assertThat(one("Brigadier James commands the 3,000-strong 1st Brigade based in Darwin.").count())
                .isEqualTo(3000L);
        assertThat(X.extract(null, "Now in service with the American army are 354 F-35 fighters of all types."))
                .isEmpty();
    }

    @Test
    void datesAgesAndYearsCountNoOne() {
        assertThat(X.extract(null, "Troop deployment was increased from 35,000 to 50,000 on January 10."))
                .extracting(TroopClaim::count).containsExactly(35000L, 50000L);
        assertThat(X.extract(null, "The bloodiest year for UK troops was 2009, officials said.")).isEmpty();
        assertThat(X.extract(null, "The number of recruits included children under the age of 18.")).isEmpty();
        assertThat(X.examples(null, "Eight Israeli soldiers, ranging in age from 21 to 23, were killed."))
                .noneMatch(e -> e.task() == ClaimExtractor.Task.FIGURE && (e.count() == 21 || e.count() == 23));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In January 3,000 troops arrived in Poland.|3000",
        "By mid-April more than 800 British troops will be stationed in Estonia.|800",
    })
    void aCountAfterAMonthIsNoDay(String sentence, long count) {
        assertThat(X.extract(null, sentence)).extracting(TroopClaim::count).containsExactly(count);
    }

    @Test
    void anotherFigureAddsToTheClaimBeforeIt() {
        assertThat(X.extract(null, "North Korea sent an estimated 12,000 troops last year and another 3,000 this year."))
                .extracting(TroopClaim::count, TroopClaim::actorId)
                .containsExactly(tuple(12000L, "KP"),
                        tuple(3000L, "KP"));
    }

    @Test
    void aPartOfTheTroopsAPossessiveIntroducesIsCounted() {
        assertThat(one("“We lost 92 of our soldiers,” the president said.").unit()).isEqualTo("soldiers");
        assertThat(X.extract(null, "Ten of the 30 peacekeepers were wounded.")).extracting(TroopClaim::count)
                .containsExactly(10L, 30L);
        assertThat(X.extract(null, "Two of the reporters were wounded.")).isEmpty();
    }

    @Test
    void aFigureLostIsLosses() {
        TroopClaim c = one("In total British forces lost 108 in Afghanistan last year.");
        assertThat(c.actorId()).isEqualTo("GB");
        assertThat(c.status()).isEqualTo(Status.KILLED_OR_WOUNDED);
        assertThat(X.extract(null, "The company lost 108 contracts last year.")).isEmpty();
    }

    @Test
    void sourceComesFromThePreviousSentenceOfTheParagraphOnly() {
        String text = "According to Kyiv, the situation is grave. Russia sent 5,000 troops to Kursk.\n\n"
                + "Russia sent 6,000 troops to Belgorod.";
        List<TroopClaim> claims = X.extract(null, text);
        assertThat(claims).extracting(TroopClaim::source).containsExactly("Kyiv", null);
    }

    @Test
    void aGenericReportFallsBackToTheNamedAgency() {
        String text = "Findings from the South Korean Secret Service (NIS) are new.\n\n"
                + "According to a report published on Friday, Pyongyang wants to send 12,000 soldiers.";
        assertThat(one(text).source()).isEqualTo("NIS");
        assertThat(one(text.replace("(NIS)", "")).source()).isNull();
        assertThat(one(text.replace("According to a report published on Friday, Pyongyang wants to send 12,000 soldiers.",
                "Pyongyang wants to send 12,000 soldiers, he said.")).source()).isNull();
    }

    @Test
    void aFigureInDigitsAfterADemonstrativeIsStillCounted() {
        assertThat(one("These 140 soldiers based out of CFB Edmonton are being deployed to Latvia.").count())
                .isEqualTo(140);
        assertThat(X.extract(null, "These two North Korean soldiers are receiving medical assistance.")).isEmpty();
    }

    @Test
    void aMovementsFightersAreNeverAStatesButAStatesNamedForcesAreIts() {
        TroopClaim unnamed = one("Pakistani security forces killed four terrorists in North Waziristan.");
        assertThat(unnamed.actorId()).isNull();
        assertThat(unnamed.status()).isEqualTo(Status.KILLED);
        assertThat(one("Four Pakistani soldiers were killed in North Waziristan.").actorId())
                .isEqualTo("PK");
        assertThat(one("The Turkish army said it killed six PKK terrorists in northern Iraq.").actorId())
                .isEqualTo("org:PKK");
        assertThat(one("There were 2,200 Wagner militants in Libya.").actorId()).isEqualTo("RU");
    }

    @Test
    void fightersAreNeverABodyOfStatesButItsPeacekeepersAre() {
        assertThat(SHIPPED.extract(null, "According to the latest report by the UN Panel of Experts, about 2,000"
                + " fighters remained in Libya.")).extracting(TroopClaim::actorId).doesNotContain("org:UN");
        assertThat(SHIPPED.extract(null, "The UN has about 10,000 peacekeepers in Lebanon."))
                .extracting(TroopClaim::actorId).containsExactly("org:UN");
    }

    @Test
    void juntaTroopsAreTheGovernmentsWhereTheyStand() {
        TroopClaim c = one("More than 150 junta troops in northern Shan State surrendered to the Ta’ang National "
                + "Liberation Army.");
        assertThat(c.actorId()).isEqualTo("MM");
        assertThat(c.location()).isEqualTo("Shan State");
        assertThat(one("More than 150 troops in northern Shan State surrendered to the resistance.").actorId()).isNull();
        TroopClaim council = one("In Nyaung-U Township, Mandalay Region, a mine attack resulted in the death of 5 "
                + "military council soldiers.");
        assertThat(council.actorId()).isEqualTo("MM");
        assertThat(council.status()).isEqualTo(Status.KILLED);
    }

    @Test
    void aBareFigureCountsTheTroopsOfTheHeadCountItsClauseOpenedWith() {
        assertThat(X.extract(null, "With these new arrivals, the total complement of Guatemalan soldiers stationed in "
                + "the city now stands at 150.")).extracting(TroopClaim::count, TroopClaim::actor)
                .containsExactly(tuple(150L, "Guatemala"));
    }

    @Test
    void aYearLikeFigureAfterOfCountsTheTroopsRightAfterIt() {
        assertThat(X.extract(null, "The drawdown of 2000 soldiers is planned. In the summer of 2000 the army grew."))
                .extracting(TroopClaim::count).containsExactly(2000L);
    }

    @Test
    void juntaTroopsWhereTheSentenceNamesNoPlaceAreTheGovernmentsOfTheCountryTheArticleIsSetIn() {
        String fighting = "Fighting continued in Bhamo, in Kachin State, on Sunday. ";
        String captured = "In the clashes over the past few days, the KIA has captured around 20 junta troops.";
        assertThat(X.extract(null, fighting + captured)).extracting(TroopClaim::actorId).containsExactly("MM");
        assertThat(X.extract(null, captured)).extracting(TroopClaim::actorId).containsExactly((String) null);
        assertThat(X.extract(null, "Fighting continued in Bhamo on Sunday. " + captured))
                .extracting(TroopClaim::actorId).containsExactly((String) null); // named once: not yet its setting
    }

    @Test
    void aChangeFromOneFigureToAnotherCountsTheTroopsTwice() {
        List<TroopClaim> claims = X.extract(null, "The Netherlands will increase its troop contribution in Lithuania "
                + "from 270 to 350 military personnel.");
        assertThat(claims).extracting(TroopClaim::count).containsExactly(270L, 350L);
        assertThat(claims).extracting(TroopClaim::unit).containsOnly("military personnel");
    }

    @Test
    void aListOfFiguresLeavesOutTheUnitAfterTheFirst() {
        assertThat(X.extract(null, "The deployments included more than 5,000 troops to Los Angeles, about 500 into "
                + "Chicago and 200 to Portland.")).extracting(TroopClaim::count).containsExactly(5000L, 500L, 200L);
        assertThat(X.extract(null, "The deployments included more than 5,000 troops to Los Angeles, about 500 in "
                + "March and 200 in April.")).extracting(TroopClaim::count).containsExactly(5000L);
        List<TroopClaim> coalition = X.extract(null, "The coalition sent 500,000 troops from the United States; "
                + "Saudi Arabia (118,000), Egypt (40,000).");
        assertThat(coalition).extracting(TroopClaim::count).containsExactly(500_000L, 118_000L, 40_000L);
        assertThat(coalition).extracting(TroopClaim::actorId).containsExactly("US", "SA", "EG");
        assertThat(X.extract(null, "The Ukrainian army currently boasts around 800,000 soldiers, contrasted with "
                + "Russia's 1.3 million.")).extracting(TroopClaim::count, TroopClaim::actorId)
                .containsExactly(tuple(800_000L, "UA"), tuple(1_300_000L, "RU"));
    }

    @Test
    void aPartOfAWholeCountedInSomethingElseIsNoCandidateForTheFigureModel() {
        assertThat(X.examples(null, "Of the 120 seats, the remaining 49 of the 120 seats are assigned by party vote."))
                .noneMatch(e -> e.task() == ClaimExtractor.Task.FIGURE && e.count() == 49);
        assertThat(X.examples(null, "By that evening, 2,000 of the 5,000 were killed or wounded."))
                .anyMatch(e -> e.task() == ClaimExtractor.Task.FIGURE && e.count() == 2000);
    }

    @Test
    void juntaTroopsNeverGoToTheMovementTheySurrenderedTo() {
        TroopClaim c = ClaimExtractor.withDefaultRules().extract(null, "At least 32 junta soldiers surrendered to the "
                + "Karenni Nationalities Defense Force in Kayah State on Monday.").get(0);
        assertThat(c.count()).isEqualTo(32);
        assertThat(c.actorId()).isEqualTo("MM");
    }

    @Test
    void isThreadSafe() {
        String text = TestTexts.text("/seeds/004_9f1657411fcad977.txt");
        List<TroopClaim> expected = X.extract(null, text);
        IntStream.range(0, 64).parallel().forEach(i -> assertThat(X.extract(null, text)).isEqualTo(expected));
    }
}
