package dev.newsflow.enrich.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Named entities with Stanford CoreNLP's CoNLL 4-class CRF ({@code tokenize,ssplit,ner}), revised
 * per document by a gazetteer ({@link GazetteerPass}), the words around a name ({@link ContextCues})
 * and label consistency ({@link DocumentConsistency}), then linked to canonical ids ({@link EntityLinker}).
 *
 * <p>Thread-safe: the CoreNLP pipeline is built once per JVM on first use (about 1.5 s) and shared;
 * every call works on its own annotation. Call {@link #warmUp()} at service start to pay the load
 * before the first record.
 */
public final class CoreNlpEntityRecognizer implements EntityRecognizer {

    /** Which document-level passes run after the CRF (for measuring each; all on in production). */
    public record Options(boolean consistency, boolean gazetteer, boolean cues) {
        public static final Options ALL = new Options(true, true, true);
        public static final Options CRF_ONLY = new Options(false, false, false);
    }

    private final Options options;
    private final EntityLinker linker;
    private final GazetteerPass gazetteer;

    public CoreNlpEntityRecognizer() {
        this(Options.ALL);
    }

    public CoreNlpEntityRecognizer(Options options) {
        this(options, EntityLinker.standard(), GazetteerPass.standard());
    }

    public CoreNlpEntityRecognizer(Options options, EntityLinker linker, GazetteerPass gazetteer) {
        this.options = options;
        this.linker = linker;
        this.gazetteer = gazetteer;
    }

    /** Loads the model now rather than on the first call. */
    public static void warmUp() {
        CoreNlp.textPipeline();
    }

    @Override
    public List<EntityMention> recognize(String text) {
        Annotation a = new Annotation(text);
        CoreNlp.textPipeline().annotate(a);
        List<CoreLabel> tokens = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < sentences.size(); s++) {
            for (CoreLabel t : sentences.get(s).get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(t);
                sentenceOf.add(s);
            }
        }
        TaggedDocument doc = revise(document(tokens, sentenceOf.stream().mapToInt(Integer::intValue).toArray()));
        List<EntityMention> out = new ArrayList<>();
        for (TaggedDocument.Span s : doc.spans()) {
            int begin = tokens.get(s.start()).beginPosition();
            int end = tokens.get(s.end() - 1).endPosition();
            out.add(linker.link(new EntityMention(text.substring(begin, end), s.type(), begin, end, null, null)));
        }
        return out;
    }

    /**
     * Labels one document given as tokenised sentences (CoNLL input): one label per token,
     * null outside entities.
     */
    public TaggedDocument tag(List<List<String>> sentences) {
        Annotation a = new Annotation("");
        List<CoreLabel> tokens = new ArrayList<>();
        List<CoreMap> sents = new ArrayList<>();
        int[] sentenceOf = new int[sentences.stream().mapToInt(List::size).sum()];
        int offset = 0;
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> st = new ArrayList<>();
            int index = 1;
            for (String w : sentences.get(s)) {
                CoreLabel t = new CoreLabel();
                t.setWord(w);
                t.setValue(w);
                t.setOriginalText(w);
                t.setBeginPosition(offset);
                t.setEndPosition(offset + w.length());
                t.setIndex(index++);
                t.setSentIndex(s);
                offset += w.length() + 1;
                sentenceOf[tokens.size()] = s;
                tokens.add(t);
                st.add(t);
            }
            CoreMap sentence = new ArrayCoreMap();
            sentence.set(CoreAnnotations.TokensAnnotation.class, st);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
            sents.add(sentence);
        }
        a.set(CoreAnnotations.TokensAnnotation.class, tokens);
        a.set(CoreAnnotations.SentencesAnnotation.class, sents);
        CoreNlp.tokensPipeline().annotate(a);
        return revise(document(tokens, sentenceOf));
    }

    private TaggedDocument revise(TaggedDocument doc) {
        if (options.gazetteer()) {
            gazetteer.apply(doc);
        }
        if (options.cues()) {
            ContextCues.standard().apply(doc);
        }
        if (options.consistency()) {
            DocumentConsistency.apply(doc);
        }
        return doc;
    }

    private static TaggedDocument document(List<CoreLabel> tokens, int[] sentenceOf) {
        List<String> words = new ArrayList<>(tokens.size());
        EntityType[] labels = new EntityType[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            words.add(tokens.get(i).word());
            labels[i] = type(tokens.get(i).ner());
        }
        return new TaggedDocument(words, sentenceOf, labels);
    }

    static EntityType type(String ner) {
        if (ner == null) {
            return null;
        }
        return switch (ner) {
            case "PERSON", "PER" -> EntityType.PERSON;
            case "LOCATION", "LOC" -> EntityType.LOCATION;
            case "ORGANIZATION", "ORG" -> EntityType.ORGANIZATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }
}
