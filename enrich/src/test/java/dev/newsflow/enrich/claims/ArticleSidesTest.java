package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSidesTest {

    private static final Gazetteer GAZ = new Gazetteer();
    private static final ArticleSides SIDES = new ArticleSides(GAZ, new UnitPhrase.Grammar(GAZ), new StatusLexicon());

    private static List<Sentence> split(String text) {
        return new SentenceSplitter().split(text);
    }

    private static List<List<Gazetteer.Mention>> mentions(List<Sentence> sentences) {
        return sentences.stream().map(s -> GAZ.find(s.tokens())).toList();
    }

    @Test
    void theServedSideIsTheOneTheArticleSaysRecruitsOrHiresFighters() {
        List<Sentence> text = split("The Rapid Support Forces (RSF) have been accused of recruiting foreign "
                + "mercenaries. Some 300 Colombian mercenaries arrived in Darfur.");
        assertThat(SIDES.servedSide(text, mentions(text)).name()).isEqualTo("Rapid Support Forces");
        List<Sentence> none = split("Some 300 Colombian soldiers arrived in Darfur.");
        assertThat(SIDES.servedSide(none, mentions(none))).isNull();
    }

    @Test
    void sendersAreTheStatesANamedVerbSaysSendOrOfferTroops() {
        List<Sentence> text = split("North Korea has reportedly sent more than 10,000 troops. Russia welcomed them.");
        assertThat(SIDES.senders(text, mentions(text))).containsExactly("KP");
        List<Sentence> support = split("North Korea has apparently offered military support to Russia.");
        assertThat(SIDES.senders(support, mentions(support))).containsExactly("KP");
        List<Sentence> samples = split("Nepal has already sent DNA samples of forty-five people to Russia.");
        assertThat(SIDES.senders(samples, mentions(samples))).isEmpty();
    }

    @Test
    void theHomeCountryIsTheOneNamedMostByItselfOrItsPlacesAtLeastTwice() {
        List<Sentence> text = split("Fighting spread in Kachin State. Myanmar's junta lost ground near Bhamo.");
        assertThat(SIDES.homeCountry(mentions(text)).id()).isEqualTo("MM");
        List<Sentence> once = split("Myanmar's junta lost ground.");
        assertThat(SIDES.homeCountry(mentions(once))).isNull();
    }

    @Test
    void ofCountriesNamedEquallyOftenTheHomeCountryIsTheOneNamedFirst() {
        List<Sentence> text = split("Time is running out for Britain. The British Army shrank. Russia's occupation of"
                + " Ukraine began a dark chapter. China is propping up Russia.");
        assertThat(SIDES.homeCountry(mentions(text)).id()).isEqualTo("GB");
        List<Sentence> once = split("Britain and Russia met.");
        assertThat(SIDES.homeCountry(mentions(once))).isNull();
    }

    @Test
    void aPoliceStoryIsOneWhoseFirstSentenceNamesPoliceAndNoTroops() {
        assertThat(ArticleSides.policeStory(split("Six policemen martyred as terrorists attack police van in Kohat. "
                + "Two gunners were killed."))).isTrue();
        assertThat(ArticleSides.policeStory(split("Police and soldiers clash with militants in Kohat."))).isFalse();
        assertThat(ArticleSides.policeStory(List.of())).isFalse();
    }

    @Test
    void aNameSeveralSidesShareIsGivenToTheOneAtHomeWhereTheArticleIsSet() {
        List<Sentence> text = split("Nepal's peace talks resumed in Kathmandu. The PLA fighters and the Maoists wait.");
        List<List<Gazetteer.Mention>> named = mentions(text);
        Gazetteer.Actor home = SIDES.homeCountry(named);
        assertThat(home.id()).isEqualTo("NP");
        assertThat(SIDES.namesakesAt(named, home).get(1)).extracting(m -> m.actor().id())
                .containsExactly("org:cpn-maoist", "org:cpn-maoist");
        assertThat(SIDES.namesakesAt(named, null).get(1)).extracting(m -> m.actor().id())
                .containsExactly("CN", "org:maoists");
    }

    @Test
    void aNameSeveralSidesShareDoesNotSetTheArticleInTheDefaultsCountry() {
        List<Sentence> text = split("The PLA fighters wait. The PLA leaders met in Kathmandu.");
        assertThat(SIDES.homeCountry(mentions(text))).isNull();
        List<Sentence> china = split("China's PLA held drills. China warned Taiwan.");
        assertThat(SIDES.homeCountry(mentions(china)).id()).isEqualTo("CN");
    }

    @Test
    void aSideReadFromASharedNameFollowsTheSentencesNamesakeUnlessTheSentenceNamesItOtherwise() {
        List<Sentence> nepal = split("Nepal's peace talks resumed in Nepal. Some 19,000 PLA soldiers remain.");
        List<List<Gazetteer.Mention>> resolved = SIDES.namesakesAt(mentions(nepal), SIDES.homeCountry(mentions(nepal)));
        Gazetteer.Actor china = GAZ.find(Tokenizer.tokenize("China")).get(0).actor();
        assertThat(ArticleSides.namesakeIn(china, resolved.get(1)).id()).isEqualTo("org:cpn-maoist");
        List<Sentence> both = split("Nepal's peace talks resumed in Nepal. China said 19,000 PLA soldiers wait.");
        List<List<Gazetteer.Mention>> named = SIDES.namesakesAt(mentions(both), SIDES.homeCountry(mentions(both)));
        assertThat(ArticleSides.namesakeIn(china, named.get(1)).id()).isEqualTo("CN");
        assertThat(ArticleSides.namesakeIn(null, named.get(1))).isNull();
    }
}
