package dev.newsflow.enrich.entities.conll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

    @Test
    void docstartSeparatesDocumentsAndBlankLinesSentences() throws Exception {
        String conll = """
                -DOCSTART- -X- O O

                EU NNP I-NP I-ORG
                rejects VBZ I-VP O

                Peter NNP I-NP I-PER
                -DOCSTART- -X- O O

                LONDON NNP I-NP I-LOC
                """;
        List<ConllReader.Document> docs = ConllReader.read(new StringReader(conll));
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).words()).containsExactly(List.of("EU", "rejects"), List.of("Peter"));
        assertThat(docs.get(0).sentences().get(0).get(0)).isEqualTo(new ConllReader.Token("EU", "I-ORG"));
        assertThat(docs.get(0).tokenCount()).isEqualTo(3);
        assertThat(docs.get(1).words()).containsExactly(List.of("LONDON"));
    }

    @Test
    void fileWithoutDocstartIsOneDocument() throws Exception {
        List<ConllReader.Document> docs = ConllReader.read(new StringReader("a O\nb B-LOC\n\nc O\n"));
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).sentences()).hasSize(2);
    }
}
