package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LexiconFileTest {

    @Test
    void aWordClassIsTheWordsOfItsRow() {
        assertThat(LexiconFile.wordClass("extractor.government")).containsExactlyInAnyOrder("junta", "government",
                "regime", "council");
    }

    @Test
    void punctuationIsAWordOfItsOwn() {
        assertThat(LexiconFile.wordClass("extractor.lost-figure-ends")).contains(".", ",", ";", "in", "people");
    }

    @Test
    void anUnknownClassFailsLoudly() {
        assertThatThrownBy(() -> LexiconFile.wordClass("no.such-class"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no.such-class");
    }
}
