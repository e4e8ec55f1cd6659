package dev.newsflow.enrich.claims;

import java.util.List;

/**
 * Tells whether the sentence disputes or negates a figure, so that restated-and-rejected numbers do
 * not raise alerts: "cautions against drawing the conclusion that 12,000 North Korean soldiers are
 * fighting", "no evidence that", "denied reports of".
 *
 * <p>A cue (negation.tsv) negates figures that follow it in the same sentence. A denial is itself
 * reversed by an earlier negator: "Neither Moscow nor Pyongyang have yet denied reports of ..." does
 * not dispute the reports. A retraction negates the figures before it: "… 300,000 … but he dismissed
 * these figures".
 */
public final class NegationDetector {

    private enum Kind { DISPUTE, DENIAL, NEGATOR, RETRACTION }

    private final PhraseMatcher<Kind> cues = new PhraseMatcher<>();

    public NegationDetector() {
        for (String[] r : LexiconFile.rows("negation.tsv")) {
            cues.add(r[0], Kind.valueOf(r[1].strip().toUpperCase(java.util.Locale.ROOT)));
        }
    }

    /** True when a cue before token {@code figureStart} negates the figure. */
    public boolean negates(List<Token> tokens, int figureStart) {
        boolean negator = false;
        for (PhraseMatcher.Match<Kind> m : cues.findAll(tokens)) {
            if (m.end() > figureStart) {
                if (m.value() == Kind.RETRACTION) {
                    return true;
                }
                continue;
            }
            switch (m.value()) {
                case DISPUTE -> {
                    return true;
                }
                case DENIAL -> {
                    if (!negator) {
                        return true;
                    }
                }
                case NEGATOR -> negator = true;
                case RETRACTION -> { } // about figures before it only
                default -> { }
            }
        }
        return false;
    }
}
