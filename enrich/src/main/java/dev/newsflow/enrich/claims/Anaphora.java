package dev.newsflow.enrich.claims;

import java.util.List;

/**
 * Recognises a figure that refers back to the previous claim: "Of these, 1,500 are said to…",
 * "8,000 of them have been relocated…", "The NIS has now increased this number to around 3,000".
 * Such a figure needs no unit of its own; it inherits unit, actor, source, and (unless its own
 * sentence gives them) status and location from the antecedent. Cues are in anaphora.tsv.
 */
public final class Anaphora {

    /** Most tokens allowed between a "before" cue and the figure ("this number to around 3,000"). */
    private static final int MAX_GAP = 3;

    private final PhraseMatcher<String> cues = new PhraseMatcher<>();

    public Anaphora() {
        for (String[] r : LexiconFile.rows("anaphora.tsv")) {
            cues.add(r[0], r[1].strip());
        }
    }

    /**
     * End token of the phrase made of the figure and its anaphoric cue, or -1 when the figure does
     * not refer back.
     */
    public int refersBack(List<Token> tokens, NumberMention n) {
        PhraseMatcher.Match<String> after = cues.matchAt(tokens, n.end());
        if (after != null && after.value().contains("after")) {
            return after.end();
        }
        for (PhraseMatcher.Match<String> m : cues.findAll(tokens)) {
            if (m.value().contains("before") && m.end() <= n.qualifierStart()
                    && n.qualifierStart() - m.end() <= MAX_GAP) {
                return n.end();
            }
        }
        return -1;
    }
}
