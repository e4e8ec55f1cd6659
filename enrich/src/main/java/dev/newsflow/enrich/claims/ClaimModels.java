package dev.newsflow.enrich.claims;

/**
 * The learned parts of claim extraction, both trained by {@code newsflow train claims} on hand-annotated
 * news: a figure model that takes troop counts the phrase grammar passed over, and an actor model that picks
 * the claim's side among those named nearby. Either may be null, which leaves that decision to the grammar.
 * (A status model was tried and left out: it changed nothing measurable on held-out news.)
 *
 * @param figures   labels {@code claim} and {@code other}
 * @param threshold the probability of {@code claim} above which a passed-over figure is taken
 * @param actors    labels {@code actor} and {@code other}: whether a candidate side owns the claim's troops
 */
public record ClaimModels(LinearModel figures, double threshold, LinearModel actors) {

    public static final String FIGURES = "figure-model.tsv";
    public static final String ACTORS = "actor-model.tsv";
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

    /** These models with another figure threshold. */
    public ClaimModels withThreshold(double t) {
        return new ClaimModels(figures, t, actors);
    }

    /** The models bundled in the jar. */
    public static ClaimModels bundled() {
        return new ClaimModels(LinearModel.bundled(FIGURES), DEFAULT_THRESHOLD, LinearModel.bundled(ACTORS));
    }

    /** No models: the phrase grammar alone. */
    public static ClaimModels none() {
        return new ClaimModels(null, DEFAULT_THRESHOLD, null);
    }
}
