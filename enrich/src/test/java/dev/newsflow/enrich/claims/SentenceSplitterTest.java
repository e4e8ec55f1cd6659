package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static List<String> texts(String text) {
        return SPLITTER.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtFinalPunctuation() {
        assertThat(texts("Of these, 1,500 are said to have disembarked. The NIS has now increased this number."))
                .containsExactly("Of these, 1,500 are said to have disembarked.", "The NIS has now increased this number.");
    }

    @Test
    void headingLinesWithoutPunctuationAreSentences() {
        assertThat(texts("Kim offered 100,000 “volunteer” soldiers\nAccording to this, it should all be soldiers."))
                .containsExactly("Kim offered 100,000 “volunteer” soldiers", "According to this, it should all be soldiers.");
    }

    @Test
    void aWrappedLineContinuesTheSentence() {
        assertThat(texts("Pyongyang wants to contribute\nsoldiers to the war.")).hasSize(1);
    }

    @Test
    void quotesAndAbbreviationsDoNotEndSentences() {
        assertThat(texts("“There are reports,” Korotchenko said. Then he left."))
                .containsExactly("“There are reports,” Korotchenko said.", "Then he left.");
        assertThat(texts("Kim Jong Un (l.) and Putin (r.) met. U.S. officials said so.")).hasSize(2);
        assertThat(texts("They met Dr. Kim in the Korean War (ed.) yesterday.")).hasSize(1);
        assertThat(texts("It numbers 1.5 million men.")).hasSize(1);
    }

    @Test
    void sentencesEndingInsideQuotes() {
        assertThat(texts("He said “Why be shy?” Korean workers are tough."))
                .containsExactly("He said “Why be shy?”", "Korean workers are tough.");
    }

    @Test
    void paragraphsAndOffsets() {
        String text = "First one. Second one.\n\n  Third one.";
        List<Sentence> s = SPLITTER.split(text);
        assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
        for (Sentence x : s) {
            assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
        }
    }
}
