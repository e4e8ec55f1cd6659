package dev.newsflow.enrich.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multinomial logistic model over named features ({@link ClaimFeatures}), stored as a plain table
 * ({@code label TAB feature TAB weight}) so a reviewer can read why a figure was taken or a status chosen,
 * and so retraining shows up as a diff. Immutable and thread-safe.
 */
public final class LinearModel {

    /** The feature every example has: the model's intercept. */
    public static final String BIAS = "bias";

    private final Map<String, Map<String, Double>> weights;

    /** @param weights label to feature to weight */
    public LinearModel(Map<String, Map<String, Double>> weights) {
        Map<String, Map<String, Double>> copy = new TreeMap<>();
        weights.forEach((label, w) -> copy.put(label, Map.copyOf(w)));
        this.weights = java.util.Collections.unmodifiableMap(copy);
    }

    /** Label to feature to weight, unmodifiable: what an earlier fit hands a new one as its prior. */
    public Map<String, Map<String, Double>> weights() {
        return weights;
    }

    /** The bytes of a table bundled in the jar under {@code dev/newsflow/enrich/claims/}, or null when there is none. */
    public static InputStream openBundled(String name) {
        return LinearModel.class.getResourceAsStream("/dev/newsflow/enrich/claims/" + name);
    }

    /** The table bundled in the jar under {@code dev/newsflow/enrich/claims/}, or null when there is none. */
    public static LinearModel bundled(String name) {
        try (InputStream in = openBundled(name)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LinearModel read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    private static LinearModel read(InputStream in) throws IOException {
        Map<String, Map<String, Double>> weights = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IOException("model line " + n + ": expected label, feature and weight: " + line);
            }
            try {
                weights.computeIfAbsent(cols[0], k -> new HashMap<>()).put(cols[1], Double.parseDouble(cols[2]));
            } catch (NumberFormatException e) {
                throw new IOException("model line " + n + ": weight is no number: " + cols[2], e);
            }
        }
        return new LinearModel(weights);
    }

    /** Writes the table sorted by label and feature, with {@code comment} as its header. */
    public void write(Writer out, String comment) throws IOException {
        out.write("# " + comment.replace("\n", "\n# ") + "\n");
        for (Map.Entry<String, Map<String, Double>> label : weights.entrySet()) {
            Map<String, Double> rows = new TreeMap<>(label.getValue());
            rows.putIfAbsent(BIAS, 0.0); // so that a label without weights is still a label when read back
            for (Map.Entry<String, Double> w : rows.entrySet()) {
                out.write(label.getKey() + "\t" + w.getKey() + "\t"
                        + String.format(Locale.ROOT, "%.4f", w.getValue()) + "\n");
            }
        }
    }

    /** The probability of each label given the features (the intercept is added here). */
    public Map<String, Double> probabilities(Collection<String> features) {
        Map<String, Double> scores = new HashMap<>();
        double max = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Map<String, Double>> label : weights.entrySet()) {
            double z = label.getValue().getOrDefault(BIAS, 0.0);
            for (String f : features) {
                z += label.getValue().getOrDefault(f, 0.0);
            }
            scores.put(label.getKey(), z);
            max = Math.max(max, z);
        }
        double sum = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            e.setValue(Math.exp(e.getValue() - max));
            sum += e.getValue();
        }
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            e.setValue(e.getValue() / sum);
        }
        return scores;
    }

    /** The probability of one label. */
    public double probability(String label, Collection<String> features) {
        return probabilities(features).getOrDefault(label, 0.0);
    }

    /** The most probable label. */
    public String best(Collection<String> features) {
        return probabilities(features).entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElseThrow();
    }
}
