package dev.newsflow.enrich.entities;

import static dev.newsflow.enrich.entities.DocumentConsistencyTest.doc;
import static dev.newsflow.enrich.entities.EntityType.LOCATION;
import static dev.newsflow.enrich.entities.EntityType.MISC;
import static dev.newsflow.enrich.entities.EntityType.ORGANIZATION;
import static dev.newsflow.enrich.entities.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContextCuesTest {

    private final ContextCues cues = ContextCues.standard();

    @Test
    void aTownOfNamesAPlaceEverywhereInTheDocument() {
        TaggedDocument d = doc(new String[] {"defending the town of Pokrovsk", "Pokrovsk is a hub", "losing Pokrovsk"},
                null, null, null, null, PERSON, PERSON, null, null, null, null, PERSON);
        cues.apply(d);
        assertThat(d.label(4)).isEqualTo(LOCATION);
        assertThat(d.label(5)).isEqualTo(LOCATION);
        assertThat(d.label(10)).isEqualTo(LOCATION);
    }

    @Test
    void aPlaceWordAfterOrInsideTheName() {
        TaggedDocument after = doc(new String[] {"missiles into Deir el-Zour province"},
                null, null, PERSON, PERSON, null);
        cues.apply(after);
        assertThat(after.label(2)).isEqualTo(LOCATION);

        TaggedDocument head = doc(new String[] {"a strike on Krasnodar Krai", "ships near Second Thomas Shoal"},
                null, null, null, PERSON, PERSON, null, null, null, PERSON, PERSON);
        cues.apply(head);
        assertThat(head.label(3)).isEqualTo(LOCATION);
        assertThat(head.label(9)).isEqualTo(LOCATION);
    }

    @Test
    void aShipIsMisc() {
        TaggedDocument d = doc(new String[] {"the container ship Koi was hit", "the Koi sank"},
                null, null, null, ORGANIZATION, null, null, null, ORGANIZATION, null);
        cues.apply(d);
        assertThat(d.label(3)).isEqualTo(MISC);
        assertThat(d.label(7)).isEqualTo(MISC);
    }

    @Test
    void aNationalityBeforeAPlaceWordStaysMisc() {
        TaggedDocument d = doc(new String[] {"in the Syrian province of Idlib"},
                null, null, MISC, null, null, LOCATION);
        cues.apply(d);
        assertThat(d.label(2)).isEqualTo(MISC);
    }

    @Test
    void aLoneHeadWordOrCuesOfTwoClassesDecideNothing() {
        TaggedDocument lone = doc(new String[] {"Region said"}, ORGANIZATION, null);
        cues.apply(lone);
        assertThat(lone.label(0)).isEqualTo(ORGANIZATION);

        TaggedDocument both = doc(new String[] {"the ship Mercury docked", "the town of Mercury"},
                null, null, PERSON, null, null, null, null, PERSON);
        cues.apply(both);
        assertThat(both.label(2)).isEqualTo(PERSON);
        assertThat(both.label(7)).isEqualTo(PERSON);
    }

    @Test
    void aMalformedCueRowIsRejectedWithTheRow() {
        assertThatThrownBy(() -> new ContextCues(List.<String[]>of(new String[] {"LOCATION", "head"})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LOCATION\thead");
        assertThatThrownBy(() -> new ContextCues(List.<String[]>of(new String[] {"LOCATION", "inside", "Krai"})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside");
    }
}
