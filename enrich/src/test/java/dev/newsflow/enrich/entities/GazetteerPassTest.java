package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.DocumentConsistencyTest.doc;
import static dev.newsflow.enrich.entities.EntityType.LOCATION;
import static dev.newsflow.enrich.entities.EntityType.MISC;
import static dev.newsflow.enrich.entities.EntityType.ORGANIZATION;
import static dev.newsflow.enrich.entities.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerPassTest {

    private static final GazetteerPass GAZ = GazetteerPass.standard();

    @Test
    void labelsWhatTheCrfMissed() {
        TaggedDocument d = doc(new String[] {"the NIS and KCNA said North Korean troops reached Kursk"},
                null, null, null, null, null, null, null, null, null, null);
        GAZ.apply(d);
        assertThat(d.label(1)).isEqualTo(ORGANIZATION);
        assertThat(d.label(3)).isEqualTo(ORGANIZATION);
        assertThat(d.label(5)).isEqualTo(MISC);
        assertThat(d.label(6)).isEqualTo(MISC);
        assertThat(d.label(9)).isEqualTo(LOCATION);
        assertThat(d.label(0)).isNull();
    }

    @Test
    void completesAHalfFoundNameAndKeepsTheCrfsOtherNames() {
        TaggedDocument d = doc(new String[] {"North Korea and Pyongyang 's Kim Jong Un"}, null, LOCATION, null,
                ORGANIZATION, null, PERSON, PERSON, PERSON);
        GAZ.apply(d);
        assertThat(d.spans()).containsExactly(new TaggedDocument.Span(0, 2, LOCATION),
                new TaggedDocument.Span(3, 4, ORGANIZATION), new TaggedDocument.Span(5, 8, PERSON));
    }

    @Test
    void aKnownPlaceTheCrfReadsAsAPersonIsAPlace() {
        TaggedDocument d = doc(new String[] {"troops near Damascus and Kyiv"}, null, null, PERSON, null, PERSON);
        GAZ.apply(d);
        assertThat(d.label(2)).isEqualTo(LOCATION);
        assertThat(d.label(4)).isEqualTo(LOCATION);
    }

    @Test
    void aPlaceThatNamesAPersonOfTheDocumentStaysAPerson() {
        TaggedDocument d = doc(new String[] {"Michael Jordan scored", "Jordan smiled"}, PERSON, PERSON, null,
                PERSON, null);
        GAZ.apply(d);
        assertThat(d.label(3)).isEqualTo(PERSON);
    }

    @Test
    void aKnownOrganisationTheCrfReadsAsAPersonIsAnOrganisationButNotAPlace() {
        TaggedDocument d = doc(new String[] {"the Houthis and Hezbollah fired", "Hezbollah said"}, null, PERSON,
                null, PERSON, null, LOCATION, null);
        GAZ.apply(d);
        assertThat(d.label(1)).isEqualTo(ORGANIZATION);
        assertThat(d.label(3)).isEqualTo(ORGANIZATION);
        assertThat(d.label(5)).isEqualTo(LOCATION);
    }

    @Test
    void aSeatOfGovernmentTheCrfReadsAsAPlaceIsAnOrganisation() {
        TaggedDocument d = doc(new String[] {"the Kremlin and the White House said"}, null, LOCATION, null, null,
                LOCATION, LOCATION, null);
        GAZ.apply(d);
        assertThat(d.label(1)).isEqualTo(ORGANIZATION);
        assertThat(d.label(4)).isEqualTo(LOCATION); // CoNLL-2003 tags the White House a place
    }

    @Test
    void aCountryIsNoOrganisationButACityMayBeATeam() {
        TaggedDocument d = doc(new String[] {"the Philippines said", "Chicago beat Boston"}, null, ORGANIZATION,
                null, ORGANIZATION, null, ORGANIZATION);
        GAZ.apply(d);
        assertThat(d.label(1)).isEqualTo(LOCATION);
        assertThat(d.label(3)).isEqualTo(ORGANIZATION);
    }

    @Test
    void tokenSplitsAndHeadlineCapitalsStillMatch() {
        TaggedDocument d = doc(new String[] {"Kim Jong - un visits MOSCOW"}, null, null, null, null, null, null);
        GAZ.apply(d);
        assertThat(d.label(3)).isEqualTo(PERSON);
        assertThat(d.label(4)).isNull();
        assertThat(d.label(5)).isNull(); // capitals match only in a headline (no lower-case word)

        TaggedDocument headline = doc(new String[] {"KIM VISITS MOSCOW"}, null, null, null);
        GAZ.apply(headline);
        assertThat(headline.label(2)).isEqualTo(LOCATION);
    }
}
