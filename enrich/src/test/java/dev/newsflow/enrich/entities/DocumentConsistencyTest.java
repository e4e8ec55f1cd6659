package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.EntityType.LOCATION;
import static dev.newsflow.enrich.entities.EntityType.ORGANIZATION;
import static dev.newsflow.enrich.entities.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {

    /** One sentence per string; labels by position, "-" for none. */
    static TaggedDocument doc(String[] sentences, EntityType... labels) {
        List<String> words = new java.util.ArrayList<>();
        List<Integer> sent = new java.util.ArrayList<>();
        for (int s = 0; s < sentences.length; s++) {
            for (String w : sentences[s].split(" ")) {
                words.add(w);
                sent.add(s);
            }
        }
        return new TaggedDocument(words, sent.stream().mapToInt(Integer::intValue).toArray(), labels);
    }

    @Test
    void laterSurnameAloneFollowsTheFullName() {
        TaggedDocument d = doc(new String[] {"Kim Jong Un met troops", "Kim said"},
                PERSON, PERSON, PERSON, null, null, null, null);
        DocumentConsistency.apply(d);
        assertThat(d.label(5)).isEqualTo(PERSON);
        assertThat(d.label(6)).isNull();
        assertThat(d.spans()).hasSize(2);
    }

    @Test
    void namePartVotesAgainstAWrongClass() {
        // "Simmons" alone once tagged ORG: the name part of "Phil Simmons", twice, outvotes it
        TaggedDocument d = doc(new String[] {"Phil Simmons took four", "Phil Simmons again", "Simmons bowled"},
                PERSON, PERSON, null, null, PERSON, PERSON, null, ORGANIZATION, null);
        DocumentConsistency.apply(d);
        assertThat(d.label(7)).isEqualTo(PERSON);
    }

    @Test
    void majorityWinsAndTiesChangeNothing() {
        TaggedDocument d = doc(new String[] {"Lotte won", "Lotte lost", "Lotte drew"},
                ORGANIZATION, null, ORGANIZATION, null, PERSON, null);
        DocumentConsistency.apply(d);
        assertThat(d.label(4)).isEqualTo(ORGANIZATION);

        TaggedDocument tie = doc(new String[] {"Jordan won", "Jordan lost"}, PERSON, null, LOCATION, null);
        DocumentConsistency.apply(tie);
        assertThat(tie.label(0)).isEqualTo(PERSON);
        assertThat(tie.label(2)).isEqualTo(LOCATION);
    }

    @Test
    void lowercaseAndAllCapsTakeNoPart() {
        TaggedDocument d = doc(new String[] {"May said", "it may rain", "NEW YORK", "NEW YORK won", "NEW YORK lost"},
                PERSON, null, null, null, null, LOCATION, LOCATION, ORGANIZATION, ORGANIZATION, null,
                ORGANIZATION, ORGANIZATION, null);
        DocumentConsistency.apply(d);
        assertThat(d.label(3)).isNull();
        assertThat(d.label(5)).isEqualTo(LOCATION);
    }

    @Test
    void aTitleIsNoPartOfTheNameAndDoesNotSpread() {
        // the CRF put "Mr" into one "Mr Nazarbayev": the title leaves the name and no other "Mr" becomes a person
        TaggedDocument d = doc(new String[] {"Mr Nazarbayev said", "Mr Nazarbayev resigned"},
                PERSON, PERSON, null, null, PERSON, null);
        DocumentConsistency.apply(d);
        assertThat(d.label(0)).isNull();
        assertThat(d.label(1)).isEqualTo(PERSON);
        assertThat(d.label(3)).isNull();
        assertThat(d.label(4)).isEqualTo(PERSON);
    }
}
