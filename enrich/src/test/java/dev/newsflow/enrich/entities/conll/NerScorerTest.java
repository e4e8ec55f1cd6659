package dev.newsflow.enrich.entities.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerScorerTest {

    private static List<String> tags(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void chunksReadIob1Iob2AndBareTypes() {
        // IOB1: B- only between two adjacent entities of one type
        assertThat(NerScorer.chunks(tags("I-PER I-PER B-PER O I-LOC")))
                .containsExactly(new NerScorer.Chunk(0, 2, "PER"), new NerScorer.Chunk(2, 3, "PER"),
                        new NerScorer.Chunk(4, 5, "LOC"));
        assertThat(NerScorer.chunks(tags("B-ORG I-ORG B-ORG I-LOC")))
                .containsExactly(new NerScorer.Chunk(0, 2, "ORG"), new NerScorer.Chunk(2, 3, "ORG"),
                        new NerScorer.Chunk(3, 4, "LOC"));
        assertThat(NerScorer.chunks(tags("PER PER O MISC"))).containsExactly(
                new NerScorer.Chunk(0, 2, "PER"), new NerScorer.Chunk(3, 4, "MISC"));
    }

    @Test
    void exactSpanAndTypeMatchOnly() throws Exception {
        // gold: [Phil Simmons]PER [Leicestershire]ORG [Somerset]ORG [West Indian]MISC
        // pred: [Phil Simmons]PER (tp) [Leicestershire]LOC (fp + fn) [Somerset]ORG (tp)
        //       [West]MISC (fp, wrong span; gold West Indian fn)
        String conll = """
                -DOCSTART- -X- O O

                Phil x I-PER I-PER
                Simmons x I-PER I-PER
                beat x O O
                Leicestershire x I-LOC I-ORG

                Somerset x I-ORG I-ORG
                West x I-MISC I-MISC
                Indian x O I-MISC
                """;
        NerScorer s = new NerScorer();
        for (ConllReader.Document d : ConllReader.read(new StringReader(conll))) {
            for (List<ConllReader.Token> sentence : d.sentences()) {
                // lines are: word, unused, predicted, gold (last, as the reader takes it)
                s.add(sentence.stream().map(ConllReader.Token::tag).toList(), predicted(conll, sentence));
            }
        }
        assertThat(s.counts("PER")).isEqualTo(new NerScorer.Counts(1, 0, 0));
        assertThat(s.counts("ORG")).isEqualTo(new NerScorer.Counts(1, 0, 1));
        assertThat(s.counts("LOC")).isEqualTo(new NerScorer.Counts(0, 1, 0));
        assertThat(s.counts("MISC")).isEqualTo(new NerScorer.Counts(0, 1, 1));
        NerScorer.Counts all = s.overall();
        assertThat(all).isEqualTo(new NerScorer.Counts(2, 2, 2));
        assertThat(all.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(all.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(all.f1()).isCloseTo(0.5, within(1e-9));
        assertThat(s.counts("ORG").f1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-9));
        assertThat(s.tokens()).isEqualTo(7);
        assertThat(s.report()).contains("PER+LOC+ORG");
    }

    private static List<String> predicted(String conll, List<ConllReader.Token> sentence) {
        return sentence.stream().map(t -> conll.lines().filter(l -> l.startsWith(t.word() + " "))
                .findFirst().orElseThrow().split(" ")[2]).toList();
    }

    @Test
    void emptyCountsScoreZero() {
        NerScorer s = new NerScorer();
        s.add(tags("O O"), tags("O O"));
        assertThat(s.overall().f1()).isZero();
    }
}
