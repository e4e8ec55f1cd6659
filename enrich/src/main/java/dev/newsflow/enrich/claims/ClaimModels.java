package dev.newsflow.enrich.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The learned parts of claim extraction, all trained by {@code newsflow train claims} on hand-annotated
 * news: a figure model that takes troop counts the phrase grammar passed over, an actor model that picks the
 * claim's side among those named nearby, and a status model that reads a claim's status from the grammar's
 * cue and the words around the figure. Any may be null, which leaves that decision to the grammar.
 *
 * @param figures   labels {@code claim} and {@code other}
 * @param threshold the probability of {@code claim} above which a passed-over figure is taken
 * @param actors    labels {@code actor} and {@code other}: whether a candidate side owns the claim's troops
 * @param statuses  labels are {@link Status} labels
 */
public record ClaimModels(LinearModel figures, double threshold, LinearModel actors, LinearModel statuses) {

    public static final String FIGURES = "figure-model.tsv";
    public static final String ACTORS = "actor-model.tsv";
    public static final String STATUSES = "status-model.tsv";
    /** The label of the candidate that is the claim's actor. */
    public static final String ACTOR = "actor";
    /** The label of a figure that is a troop count. */
    public static final String CLAIM = "claim";
    /** The label of a figure that is not. */
    public static final String OTHER = "other";
    /**
     * Chosen by leaving each annotated set out in turn (docs/BENCHMARKS.md): lower takes more counts and
     * more false ones.
     */
    public static final double DEFAULT_THRESHOLD = 0.65;

    /** Figure and actor models without a status model. */
    public ClaimModels(LinearModel figures, double threshold, LinearModel actors) {
        this(figures, threshold, actors, null);
    }

    /** These models with another figure threshold. */
    public ClaimModels withThreshold(double t) {
        return new ClaimModels(figures, t, actors, statuses);
    }

    /** The models bundled in the jar. */
    public static ClaimModels bundled() {
        return new ClaimModels(LinearModel.bundled(FIGURES), DEFAULT_THRESHOLD, LinearModel.bundled(ACTORS),
                LinearModel.bundled(STATUSES));
    }

    /**
     * The tables {@code newsflow train claims} wrote into {@code dir}; a table the directory lacks leaves
     * that decision to the grammar.
     */
    public static ClaimModels read(Path dir) throws IOException {
        return new ClaimModels(readIfPresent(dir.resolve(FIGURES)), DEFAULT_THRESHOLD, readIfPresent(dir.resolve(ACTORS)),
                readIfPresent(dir.resolve(STATUSES)));
    }

    private static LinearModel readIfPresent(Path table) throws IOException {
        return Files.exists(table) ? LinearModel.read(table) : null;
    }

    /** No models: the phrase grammar alone. */
    public static ClaimModels none() {
        return new ClaimModels(null, DEFAULT_THRESHOLD, null, null);
    }
}
