package dev.newsflow.enrich.claims;

import java.util.List;

/**
 * Marks sentences that report a figure with reservation ("are said to", "reportedly", "whether",
 * "could"), so the alert can say how firm the figure is. The cues are in hedges.txt.
 */
public final class HedgeDetector {

    private final PhraseMatcher<Boolean> cues = PhraseMatcher.ofWords("hedges.txt");

    public boolean hedged(List<Token> tokens) {
        return !cues.findAll(tokens).isEmpty();
    }
}
