package dev.newsflow.enrich.entities;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The CoreNLP pipelines, built once per JVM on first use and shared by every thread (CoreNLP
 * annotators are thread-safe for annotation). Only the annotators NER needs: tokenize, ssplit
 * and the CoNLL 4-class CRF, with fine-grained, numeric and SUTime classifiers switched off.
 */
final class CoreNlp {

    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private CoreNlp() {
    }

    private static Properties nerProperties() {
        Properties p = new Properties();
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }

    /** tokenize, ssplit, ner over raw text. */
    private static final class TextHolder {
        static final StanfordCoreNLP PIPELINE;

        static {
            Properties p = nerProperties();
            p.setProperty("annotators", "tokenize,ssplit,ner");
            p.setProperty("tokenize.language", "en");
            // blank lines separate paragraphs: a sentence never runs across one
            p.setProperty("ssplit.newlineIsSentenceBreak", "two");
            PIPELINE = new StanfordCoreNLP(p);
        }
    }

    /** ner alone, over tokens and sentences the caller built (CoNLL input). */
    private static final class TokensHolder {
        static final StanfordCoreNLP PIPELINE;

        static {
            Properties p = nerProperties();
            p.setProperty("annotators", "ner");
            p.setProperty("enforceRequirements", "false");
            PIPELINE = new StanfordCoreNLP(p);
        }
    }

    static StanfordCoreNLP textPipeline() {
        return TextHolder.PIPELINE;
    }

    static StanfordCoreNLP tokensPipeline() {
        return TokensHolder.PIPELINE;
    }
}
