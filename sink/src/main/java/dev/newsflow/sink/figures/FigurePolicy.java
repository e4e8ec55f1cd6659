package dev.newsflow.sink.figures;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.Ids;

/**
 * Decides what a claim means for its figure key: a new figure (nothing known), a revision (it
 * changes the latest figure), or a repeat of the latest figure (no alert). A pure function of
 * the key's state and the claim, so the decision is the same live, in a replay, and in tests.
 *
 * <p>Vague quantities ("thousands of soldiers") never alert: an editor cannot act on them as a
 * figure, and they would otherwise overwrite a precise figure with a vaguer one.
 */
public final class FigurePolicy {

    /** The new state for the key, and the alert to raise if any. */
    public record Decision(FigureState state, AlertEvent alert) {
    }

    /**
     * @param state the key's current state, or null when nothing is known
     * @return the decision; {@code state} is null only when the claim is ignored and nothing was known
     */
    public Decision decide(FigureState state, ClaimEvent claim) {
        if (claim.vague()) {
            return new Decision(state, null);
        }
        if (state == null) {
            return new Decision(newState(claim), alert(AlertEvent.Kind.NEW_FIGURE, claim, null));
        }
        if (state.count() == claim.count()) {
            return new Decision(new FigureState(FigureState.SCHEMA_VERSION, state.figureKey(), state.count(),
                    state.countLow(), state.countHigh(), state.qualifier(), state.firstSeen(), claim.claimId(),
                    state.repeats() + 1), null);
        }
        return new Decision(newState(claim), alert(AlertEvent.Kind.REVISION, claim, state.count()));
    }

    private static FigureState newState(ClaimEvent claim) {
        return new FigureState(FigureState.SCHEMA_VERSION, claim.figureKey(), claim.count(), claim.countLow(),
                claim.countHigh(), claim.qualifier(), claim.published(), claim.claimId(), 0);
    }

    private static AlertEvent alert(AlertEvent.Kind kind, ClaimEvent claim, Long previous) {
        return new AlertEvent(AlertEvent.SCHEMA_VERSION, Ids.of(claim.figureKey(), claim.count(), claim.claimId()),
                kind, claim.figureKey(), claim.count(), claim.countLow(), claim.countHigh(), claim.qualifier(),
                claim.unit(), claim.actorId(), claim.actor(), claim.location(), claim.theatre(), claim.status(),
                previous, claim.published(), claim.source(), claim.outlet(), claim.articleUrl(), claim.articleId(),
                claim.claimId(), claim.sentence(), claim.hedged());
    }
}
