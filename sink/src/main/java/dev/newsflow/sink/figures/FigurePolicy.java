package dev.newsflow.sink.figures;

import java.util.ArrayList;
import java.util.List;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.FigureEvent;
import dev.newsflow.events.FigureSnapshot;
import dev.newsflow.events.Fingerprints;
import dev.newsflow.events.Ids;
import dev.newsflow.events.Provenance;

/**
 * Decides what a claim means for its figure key. A pure function of the key's state and the
 * claim, so the decision is the same live, in a replay and in tests:
 * <ul>
 *   <li><b>new figure</b>: nothing is known for the key — alert;</li>
 *   <li><b>corroboration</b>: within the tolerance of the current figure — no alert; a new outlet or
 *       source raises the figure's source count, while the same article again or a syndicated copy
 *       of a story already counted (near-duplicate text) does not;</li>
 *   <li><b>restatement</b>: within the tolerance of a figure the key had before — no alert (an
 *       outlet repeating an outdated figure is not news);</li>
 *   <li><b>late claim</b>: published before the current figure appeared and matching nothing — kept
 *       in the history, no alert (a figure older than the latest never revises it);</li>
 *   <li><b>revision</b>: anything else — alert, naming the figure it replaces and the change.</li>
 * </ul>
 * Vague quantities ("thousands of soldiers") never alert and never replace a figure.
 */
public final class FigurePolicy {

    /** Provenance entries and history kept per key; enough for an editor, bounded for the store. */
    static final int KEEP = 20;

    private final double tolerance;

    /** @param tolerance relative difference still counted as the same figure, e.g. 0.05 for ±5 % */
    public FigurePolicy(double tolerance) {
        if (tolerance < 0 || tolerance >= 1) {
            throw new IllegalArgumentException("tolerance must be in [0, 1): " + tolerance);
        }
        this.tolerance = tolerance;
    }

    /** The key's new state (null when nothing is known and nothing changed), an alert and a figure update, each optional. */
    public record Decision(FigureState state, AlertEvent alert, FigureEvent figure) {

        static Decision unchanged(FigureState state) {
            return new Decision(state, null, null);
        }
    }

    public Decision decide(FigureState state, ClaimEvent claim) {
        if (claim.vague()) {
            return Decision.unchanged(state);
        }
        if (state == null) {
            AlertEvent alert = alert(AlertEvent.Kind.NEW_FIGURE, claim, null);
            return changed(new FigureState(FigureState.SCHEMA_VERSION, figure(claim, alert.alertId()), List.of(),
                    story(List.of(), claim)), alert);
        }
        FigureEvent current = state.current();
        if (sameFigure(claim.count(), current.figure().count())) {
            return corroborate(state, claim);
        }
        if (state.history().stream().anyMatch(old -> sameFigure(claim.count(), old.count()))) {
            return Decision.unchanged(state);
        }
        if (claim.published() != null && current.figure().firstSeen() != null
                && claim.published().isBefore(current.figure().firstSeen())) {
            return Decision.unchanged(withHistory(state, current, FigureSnapshot.of(claim)));
        }
        AlertEvent alert = alert(AlertEvent.Kind.REVISION, claim, current.figure());
        List<FigureSnapshot> history = prepend(current.figure(), state.history());
        return changed(new FigureState(FigureState.SCHEMA_VERSION, figure(claim, alert.alertId()), history,
                story(List.of(), claim)), alert);
    }

    boolean sameFigure(long claimed, long known) {
        return Math.abs(claimed - known) <= tolerance * Math.max(claimed, known);
    }

    private static Decision changed(FigureState state, AlertEvent alert) {
        return new Decision(state, alert, state.current());
    }

    private static Decision corroborate(FigureState state, ClaimEvent claim) {
        FigureEvent current = state.current();
        boolean sameArticle = current.provenance().stream().anyMatch(p -> p.articleId().equals(claim.articleId()));
        boolean syndicatedCopy = state.stories().stream()
                .anyMatch(story -> Fingerprints.sameStory(story, claim.articleFingerprint()));
        if (sameArticle || syndicatedCopy) {
            return Decision.unchanged(state);
        }
        List<Provenance> provenance = new ArrayList<>(current.provenance());
        provenance.add(Provenance.of(claim));
        if (provenance.size() > KEEP) {
            provenance.remove(1); // keep the first statement and the newest ones
        }
        FigureEvent corroborated = new FigureEvent(FigureEvent.SCHEMA_VERSION, current.figureKey(), current.figure(),
                current.unit(), current.actorId(), current.actor(), current.location(), current.theatre(),
                current.status(), current.hedged() && claim.hedged(), latest(current, claim),
                current.sourceCount() + 1, provenance, current.lastAlertId());
        FigureState next = new FigureState(FigureState.SCHEMA_VERSION, corroborated, state.history(),
                story(state.stories(), claim));
        return new Decision(next, null, corroborated);
    }

    private static FigureState withHistory(FigureState state, FigureEvent current, FigureSnapshot older) {
        return new FigureState(FigureState.SCHEMA_VERSION, current, append(state.history(), older), state.stories());
    }

    private static java.time.OffsetDateTime latest(FigureEvent current, ClaimEvent claim) {
        if (current.lastSeen() == null) {
            return claim.published();
        }
        return claim.published() != null && claim.published().isAfter(current.lastSeen())
                ? claim.published() : current.lastSeen();
    }

    private static FigureEvent figure(ClaimEvent claim, String alertId) {
        return new FigureEvent(FigureEvent.SCHEMA_VERSION, claim.figureKey(), FigureSnapshot.of(claim), claim.unit(),
                claim.actorId(), claim.actor(), claim.location(), claim.theatre(), claim.status(), claim.hedged(),
                claim.published(), 1, List.of(Provenance.of(claim)), alertId);
    }

    private static AlertEvent alert(AlertEvent.Kind kind, ClaimEvent claim, FigureSnapshot previous) {
        Long change = previous == null ? null : claim.count() - previous.count();
        Double percent = previous == null || previous.count() == 0 ? null
                : Math.round(1000.0 * change / previous.count()) / 10.0;
        return new AlertEvent(AlertEvent.SCHEMA_VERSION, Ids.of(claim.figureKey(), claim.count(), claim.claimId()),
                kind, claim.figureKey(), claim.count(), claim.countLow(), claim.countHigh(), claim.qualifier(),
                claim.unit(), claim.actorId(), claim.actor(), claim.location(), claim.theatre(), claim.status(),
                claim.hedged(), claim.published(), previous, change, percent, List.of(Provenance.of(claim)));
    }

    private static List<String> story(List<String> stories, ClaimEvent claim) {
        return claim.articleFingerprint() == null ? stories : append(stories, claim.articleFingerprint());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out.size() > KEEP ? out.subList(out.size() - KEEP, out.size()) : out;
    }

    private static <T> List<T> prepend(T item, List<T> list) {
        List<T> out = new ArrayList<>();
        out.add(item);
        out.addAll(list);
        return out.size() > KEEP ? out.subList(0, KEEP) : out;
    }
}
