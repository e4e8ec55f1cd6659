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
 * these figures". A rebuttal in a later sentence that points back at a figure ("Russia refuted the claim,
 * asserting that the number had been completely fabricated") disputes the figures it points at
 * ({@link #rebutsAnEarlierFigure}).
 */
public final class NegationDetector {

    private enum Kind { DISPUTE, DENIAL, NEGATOR, RETRACTION, REBUTTAL, REFERENCE, NONE }

    private final PhraseMatcher<Kind> cues = new PhraseMatcher<>();

    public NegationDetector() {
        for (String[] r : LexiconFile.rows("negation.tsv")) {
            cues.add(r[0], Kind.valueOf(r[1].strip().toUpperCase(java.util.Locale.ROOT)));
        }
    }

    /** A sentence that rebuts ("refuted", "fabricated", "an exaggeration") a figure it points back at ("the claim"). */
    public boolean rebutsAnEarlierFigure(List<Token> tokens) {
        boolean rebuttal = false;
        boolean reference = false;
        for (PhraseMatcher.Match<Kind> m : cues.findAll(tokens)) {
            rebuttal |= m.value() == Kind.REBUTTAL;
            reference |= m.value() == Kind.REFERENCE;
        }
        return rebuttal && reference;
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
                case RETRACTION, REBUTTAL, REFERENCE -> { } // about figures before it, or in earlier sentences
                case NONE -> { } // "disputed land": a cue's word in a phrase that disputes nothing
            }
        }
        return false;
    }
}
