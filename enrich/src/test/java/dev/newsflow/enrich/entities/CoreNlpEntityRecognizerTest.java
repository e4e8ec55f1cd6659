package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** On sentences of the seed articles; one recognizer (one model load) for the class. */
class CoreNlpEntityRecognizerTest {

    private static final CoreNlpEntityRecognizer NER = new CoreNlpEntityRecognizer();

    private static final String TEXT = """
            According to a report published last Friday, Pyongyang wants to contribute up to 12,000 \
            soldiers to Russia's war in Ukraine. Recent findings from the South Korean Secret Service \
            (NIS) indicate that North Korean-Russian relations have reached a new high.

            According to Secretary of State Antony Blinken, the US government assumes that 10,000 \
            North Korean soldiers have been sent to Russia so far. Kim Jong Un has not commented. \
            Kim met Vladimir Putin in Vladivostok.""";

    private static final List<EntityMention> MENTIONS = NER.recognize(TEXT);

    private static EntityMention find(String text) {
        return MENTIONS.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + MENTIONS));
    }

    @Test
    void peopleWithIds() {
        EntityMention blinken = find("Antony Blinken");
        assertThat(blinken.type()).isEqualTo(EntityType.PERSON);
        assertThat(blinken.canonicalId()).isEqualTo("per:antony-blinken");
        assertThat(find("Kim Jong Un").canonicalId()).isEqualTo("per:kim-jong-un");
        assertThat(find("Vladimir Putin").canonicalId()).isEqualTo("per:vladimir-putin");
        // a later lone "Kim" is the same person (document consistency, then linking)
        EntityMention kim = find("Kim");
        assertThat(kim.type()).isEqualTo(EntityType.PERSON);
        assertThat(kim.canonicalId()).isEqualTo("per:kim-jong-un");
    }

    @Test
    void placesGovernmentsAndAgencies() {
        EntityMention pyongyang = find("Pyongyang");
        assertThat(pyongyang.canonicalId()).isEqualTo("KP");
        assertThat(pyongyang.canonicalName()).isEqualTo("North Korea");
        assertThat(find("NIS").canonicalId()).isEqualTo("org:NIS");
        assertThat(find("Ukraine").canonicalId()).isEqualTo("UA");
        assertThat(find("US").canonicalId()).isEqualTo("US");
        assertThat(MENTIONS).filteredOn(m -> "RU".equals(m.canonicalId())).isNotEmpty();
    }

    @Test
    void offsetsPointIntoTheText() {
        for (EntityMention m : MENTIONS) {
            assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(MENTIONS).isSortedAccordingTo(java.util.Comparator.comparingInt(EntityMention::start));
    }

    @Test
    void conllTokensTagged() {
        TaggedDocument d = NER.tag(List.of(List.of("Antony", "Blinken", "visited", "Seoul", ".")));
        assertThat(d.spans()).containsExactly(new TaggedDocument.Span(0, 2, EntityType.PERSON),
                new TaggedDocument.Span(3, 4, EntityType.LOCATION));
    }
}
