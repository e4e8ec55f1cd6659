package dev.newsflow.enrich.claims.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.newsflow.enrich.claims.LinearModel;

/**
 * Fits a {@link LinearModel}, an L2-regularised multinomial logistic regression: collect labelled feature
 * lists, then train once. It is fitted as a {@link RankingTrainer} ranking of the labels of each example
 * (label {@code L} sees feature {@code f} as {@code L TAB f}), which is the same model, so one optimiser
 * serves both and both can start from an earlier fit. Weights below {@link #MIN_WEIGHT} are left out of
 * the table: they change no decision and would double its size.
 */
public final class LinearModelTrainer {

    /** The smallest weight kept in the table. */
    public static final double MIN_WEIGHT = 0.005;

    private final List<List<String>> features = new ArrayList<>();
    private final List<String> labelled = new ArrayList<>();
    private final Map<String, Integer> labels = new TreeMap<>();

    public void add(List<String> features, String label) {
        List<String> withBias = new ArrayList<>(features);
        withBias.add(LinearModel.BIAS);
        this.features.add(withBias);
        labelled.add(label);
        labels.merge(label, 1, Integer::sum);
    }

    public int examples() {
        return features.size();
    }

    /** How many examples each label has, by label. */
    public Map<String, Integer> labels() {
        return Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** @param sigma the Gaussian prior's standard deviation: smaller trusts single features less */
    public LinearModel train(double sigma) {
        return train(sigma, null);
    }

    /**
     * Fits the model with a Gaussian prior centred on {@code prior}'s weights (on zero when it is null), so that
     * new examples adjust an earlier fit whose own examples are not at hand. Labels only the prior has stay
     * labels of the model.
     */
    public LinearModel train(double sigma, LinearModel prior) {
        TreeSet<String> all = new TreeSet<>(labels.keySet());
        if (prior != null) {
            all.addAll(prior.weights().keySet());
        }
        if (all.size() < 2) {
            throw new IllegalStateException("need examples of at least two labels, have " + labels);
        }
        List<String> order = List.copyOf(all);
        RankingTrainer ranking = new RankingTrainer();
        for (int e = 0; e < features.size(); e++) {
            List<List<String>> byLabel = new ArrayList<>();
            for (String label : order) {
                byLabel.add(features.get(e).stream().map(f -> label + "\t" + f).toList());
            }
            ranking.add(byLabel, order.indexOf(labelled.get(e)));
        }
        Map<String, Double> mean = new HashMap<>();
        if (prior != null) {
            prior.weights().forEach((label, w) -> w.forEach((f, v) -> mean.put(label + "\t" + f, v)));
        }
        Map<String, Map<String, Double>> weights = new HashMap<>();
        order.forEach(label -> weights.put(label, new HashMap<>()));
        ranking.fit(sigma, mean).forEach((key, v) -> {
            int tab = key.indexOf('\t');
            weights.get(key.substring(0, tab)).put(key.substring(tab + 1), v);
        });
        return new LinearModel(weights);
    }
}
