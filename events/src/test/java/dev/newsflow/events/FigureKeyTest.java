package dev.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureKeyTest {

    @Test
    void offersAndPlansArePledgesOfOneFigure() {
        assertThat(FigureKey.of("KP", null, "offered")).isEqualTo(FigureKey.of("KP", null, "planned"))
                .isEqualTo("KP|*|pledged");
    }

    @Test
    void deployedAndArrivedMeanPresent() {
        assertThat(FigureKey.of("KP", "RU/Kursk", "arrived")).isEqualTo("KP|RU/Kursk|present");
        assertThat(FigureKey.of("KP", "RU/Kursk", "deployed")).isEqualTo("KP|RU/Kursk|present");
    }

    @Test
    void casualtiesKeepKilledAndWoundedApart() {
        assertThat(FigureKey.statusClass("killed")).isEqualTo("killed");
        assertThat(FigureKey.statusClass("wounded")).isEqualTo("wounded");
        assertThat(FigureKey.statusClass("killed_or_wounded")).isEqualTo("casualties");
        assertThat(FigureKey.statusClass(null)).isEqualTo("other");
    }

    @Test
    void unknownActorIsMarked() {
        assertThat(FigureKey.of(null, "UA", "deployed")).isEqualTo("?|UA|present");
    }

    @Test
    void idsAreDeterministicAndDistinguishPartBoundaries() {
        assertThat(Ids.of("a", "bc")).isEqualTo(Ids.of("a", "bc")).hasSize(16);
        assertThat(Ids.of("a", "bc")).isNotEqualTo(Ids.of("ab", "c"));
    }
}
