package dev.newsflow.enrich.claims;

import java.util.List;
import java.util.Set;

/**
 * Recognises a figure that refers back to the previous claim: "Of these, 1,500 are said to…",
 * "8,000 of them have been relocated…", "The NIS has now increased this number to around 3,000".
 * Such a figure needs no unit of its own; it inherits unit, actor, source, and (unless its own
 * sentence gives them) status and location from the antecedent. The cues are TokensRegex rules in
 * anaphora.rules.
 */
public final class Anaphora {

    private final FigureRules rules = new FigureRules("anaphora.rules", Set.of("AFTER", "BEFORE"));

    /**
     * End token of the phrase made of the figure and its anaphoric cue, or -1 when the figure does
     * not refer back.
     */
    public int refersBack(List<Token> tokens, NumberMention n) {
        List<FigureRules.Match> matches = rules.matches(tokens, n);
        if (matches.isEmpty()) {
            return -1;
        }
        FigureRules.Match first = matches.get(0);
        return first.result().equals("AFTER") ? first.end() : n.end();
    }
}
