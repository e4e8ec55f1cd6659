package dev.newsflow.enrich.claims.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.newsflow.enrich.claims.LinearModel;
import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;

/**
 * Fits a {@link LinearModel} with CoreNLP's L2-regularised logistic regression: collect labelled feature
 * lists, then train once. Weights below {@link #MIN_WEIGHT} are left out of the table: they change no decision and would double its size.
 */
public final class LinearModelTrainer {

    /** The smallest weight kept in the table. */
    public static final double MIN_WEIGHT = 0.005;

    private final Dataset<String, String> data = new Dataset<>();
    private final Map<String, Integer> labels = new java.util.TreeMap<>();

    public void add(List<String> features, String label) {
        List<String> withBias = new ArrayList<>(features);
        withBias.add(LinearModel.BIAS);
        data.add(new BasicDatum<>(withBias, label));
        labels.merge(label, 1, Integer::sum);
    }

    public int examples() {
        return data.size();
    }

    /** How many examples each label has, by label. */
    public Map<String, Integer> labels() {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(labels));
    }

    /** @param sigma the Gaussian prior's standard deviation: smaller trusts single features less */
    public LinearModel train(double sigma) {
        if (labels.size() < 2) {
            throw new IllegalStateException("need examples of at least two labels, have " + labels);
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(data);
        Map<String, Map<String, Double>> weights = new HashMap<>();
        for (String label : classifier.labels()) {
            Map<String, Double> w = new HashMap<>();
            for (String feature : classifier.features()) {
                double v = classifier.weight(feature, label);
                if (Math.abs(v) >= MIN_WEIGHT) {
                    w.put(feature, v);
                }
            }
            weights.put(label, w);
        }
        return new LinearModel(weights);
    }
}
