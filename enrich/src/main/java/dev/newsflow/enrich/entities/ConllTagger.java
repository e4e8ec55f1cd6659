package dev.newsflow.enrich.entities;

import dev.newsflow.enrich.entities.conll.ConllReader;
import dev.newsflow.enrich.entities.conll.NerScorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the recognizer over CoNLL documents (each {@code -DOCSTART-} block is one document, so the
 * document-level passes see what they would see in an article) and writes or scores the result.
 * Output lines are {@code token gold predicted}, a blank line after each sentence, predicted tags
 * in the IOB1 style of CoNLL-2003 ({@code I-PER}), so conlleval and {@link NerScorer} read them.
 */
public final class ConllTagger {

    private final CoreNlpEntityRecognizer recognizer;

    public ConllTagger(CoreNlpEntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    /** Predicted tags of one document, per sentence. */
    public List<List<String>> tag(ConllReader.Document doc) {
        TaggedDocument tagged = recognizer.tag(doc.words());
        List<List<String>> out = new ArrayList<>();
        int i = 0;
        for (List<ConllReader.Token> sentence : doc.sentences()) {
            List<String> tags = new ArrayList<>(sentence.size());
            for (int k = 0; k < sentence.size(); k++, i++) {
                tags.add(tag(tagged.label(i)));
            }
            out.add(tags);
        }
        return out;
    }

    static String tag(EntityType t) {
        if (t == null) {
            return "O";
        }
        return switch (t) {
            case PERSON -> "I-PER";
            case ORGANIZATION -> "I-ORG";
            case LOCATION -> "I-LOC";
            case MISC -> "I-MISC";
        };
    }

    /** Tags and scores every document. */
    public NerScorer score(List<ConllReader.Document> docs) {
        NerScorer scorer = new NerScorer();
        for (ConllReader.Document doc : docs) {
            List<List<String>> predicted = tag(doc);
            for (int s = 0; s < predicted.size(); s++) {
                scorer.add(doc.sentences().get(s).stream().map(ConllReader.Token::tag).toList(), predicted.get(s));
            }
        }
        return scorer;
    }

    /** Tags every document and writes {@code token gold predicted} lines, with a -DOCSTART- line per document. */
    public void write(List<ConllReader.Document> docs, Writer out) {
        try {
            for (ConllReader.Document doc : docs) {
                out.write("-DOCSTART- O O\n\n");
                List<List<String>> predicted = tag(doc);
                for (int s = 0; s < predicted.size(); s++) {
                    List<ConllReader.Token> sentence = doc.sentences().get(s);
                    for (int k = 0; k < sentence.size(); k++) {
                        ConllReader.Token t = sentence.get(k);
                        out.write(t.word() + " " + t.tag() + " " + predicted.get(s).get(k) + "\n");
                    }
                    out.write("\n");
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
