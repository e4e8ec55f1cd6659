package dev.newsflow.enrich.claims.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.newsflow.enrich.claims.ClaimModels;
import dev.newsflow.enrich.claims.LinearModel;
import edu.stanford.nlp.optimization.DiffFunction;
import edu.stanford.nlp.optimization.QNMinimizer;

/**
 * Fits a {@link LinearModel} that ranks the candidates of one decision against each other (a conditional
 * logit): which of the sides named around a claim owns its troops. Judging each candidate on its own, as a
 * plain logistic model does, spends its weights on telling good candidates from bad ones across claims; a
 * ranking learns only what sets the right one apart from the others of the same claim, which is the choice
 * {@code ActorChooser} makes.
 *
 * <p>The table it writes has the weights under {@code label} and an empty {@code other} label, so the
 * probability of {@code label} rises with the score and the best-rated candidate is the top-ranked one.
 */
public final class RankingTrainer {

    /** Stop when the objective improves by less than this, relatively. */
    private static final double TOLERANCE = 1e-5;

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<int[][]> groups = new ArrayList<>();
    private final List<Integer> chosen = new ArrayList<>();
    private int candidates;

    /**
     * Adds one decision.
     *
     * @param features each candidate's features
     * @param right    the index of the right candidate
     */
    public void add(List<List<String>> features, int right) {
        if (right < 0 || right >= features.size()) {
            throw new IllegalArgumentException("right candidate " + right + " of " + features.size());
        }
        int[][] group = new int[features.size()][];
        for (int c = 0; c < group.length; c++) {
            group[c] = features.get(c).stream().mapToInt(this::id).distinct().toArray();
        }
        groups.add(group);
        chosen.add(right);
        candidates += group.length;
    }

    private int id(String feature) {
        return index.computeIfAbsent(feature, f -> {
            names.add(f);
            return names.size() - 1;
        });
    }

    /** Candidates seen, right and other. */
    public int examples() {
        return candidates;
    }

    /** How many candidates were right ({@code label}) and how many not ({@code other}). */
    public Map<String, Integer> labels(String label) {
        return new java.util.TreeMap<>(Map.of(label, groups.size(), ClaimModels.OTHER, candidates - groups.size()));
    }

    /** Whether there is anything to learn: some decision with more than one candidate. */
    public boolean trainable() {
        return groups.stream().anyMatch(g -> g.length > 1);
    }

    /**
     * @param sigma the Gaussian prior's standard deviation: smaller trusts single features less
     * @param label the label the weights are stored under
     */
    public LinearModel train(double sigma, String label) {
        return train(sigma, label, null);
    }

    /**
     * Fits the weights with the Gaussian prior centred on {@code prior}'s weights under {@code label} (on zero
     * when it is null), so that new decisions adjust an earlier fit whose own decisions are not at hand.
     */
    public LinearModel train(double sigma, String label, LinearModel prior) {
        Map<String, Double> mean = prior == null ? Map.of() : prior.weights().getOrDefault(label, Map.of());
        return new LinearModel(Map.of(label, fit(sigma, mean), ClaimModels.OTHER, Map.of()));
    }

    /**
     * Fits the weights with a Gaussian prior centred on {@code prior} (feature to weight; absent features on
     * zero) instead of on zero, so new decisions adjust an earlier fit rather than replace it. A feature only
     * the prior has keeps the prior's weight.
     *
     * @return feature to weight, without weights below {@link LinearModelTrainer#MIN_WEIGHT}
     */
    Map<String, Double> fit(double sigma, Map<String, Double> prior) {
        prior.keySet().forEach(this::id);
        double[] mean = new double[names.size()];
        prior.forEach((feature, weight) -> mean[index.get(feature)] = weight);
        QNMinimizer minimizer = new QNMinimizer(15);
        minimizer.shutUp();
        double[] w = minimizer.minimize(new Objective(sigma, mean), TOLERANCE, mean.clone());
        Map<String, Double> weights = new HashMap<>();
        for (int f = 0; f < w.length; f++) {
            if (Math.abs(w[f]) >= LinearModelTrainer.MIN_WEIGHT) {
                weights.put(names.get(f), w[f]);
            }
        }
        return weights;
    }

    /**
     * The negative log-likelihood of the right candidates under a softmax over each group, plus the Gaussian
     * prior's penalty for straying from its mean.
     */
    private final class Objective implements DiffFunction {

        private final double sigma;
        private final double[] mean;

        Objective(double sigma, double[] mean) {
            this.sigma = sigma;
            this.mean = mean;
        }

        @Override
        public int domainDimension() {
            return names.size();
        }

        @Override
        public double valueAt(double[] w) {
            return evaluate(w, null);
        }

        @Override
        public double[] derivativeAt(double[] w) {
            double[] gradient = new double[w.length];
            evaluate(w, gradient);
            return gradient;
        }

        private double evaluate(double[] w, double[] gradient) {
            double loss = 0;
            for (int g = 0; g < groups.size(); g++) {
                int[][] group = groups.get(g);
                double[] z = new double[group.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < group.length; c++) {
                    for (int f : group[c]) {
                        z[c] += w[f];
                    }
                    max = Math.max(max, z[c]);
                }
                double sum = 0;
                for (double v : z) {
                    sum += Math.exp(v - max);
                }
                double logSum = max + Math.log(sum);
                int right = chosen.get(g);
                loss += logSum - z[right];
                if (gradient != null) {
                    for (int c = 0; c < group.length; c++) {
                        double p = Math.exp(z[c] - logSum) - (c == right ? 1 : 0);
                        for (int f : group[c]) {
                            gradient[f] += p;
                        }
                    }
                }
            }
            double variance = sigma * sigma;
            for (int f = 0; f < w.length; f++) {
                double d = w[f] - mean[f];
                loss += d * d / (2 * variance);
                if (gradient != null) {
                    gradient[f] += d / variance;
                }
            }
            return loss;
        }
    }
}
