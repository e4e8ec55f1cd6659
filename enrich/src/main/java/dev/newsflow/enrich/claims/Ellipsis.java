package dev.newsflow.enrich.claims;

import java.util.List;
import java.util.Set;

/**
 * A bare figure that counts the troops of the claim before it, the unit left out: in the same sentence
 * ("300 soldiers have been killed and 2,700 wounded", "503 troops in Syria and 5,262 in Iraq", "Uganda
 * will provide 4,500 soldiers, Ethiopia 2,500", "nine soldiers were killed while five others received
 * injuries") or as the subject of a troop verb up to a paragraph on ("an estimated 6,400 will be sent back
 * home"). Such a figure takes the earlier claim's unit and, unless it names its own ("355 from Moldova"),
 * its actor; it is the ellipsis counterpart of {@link Anaphora}. When a figure refers back is said by the
 * TokensRegex rules of ellipsis.rules, which read the sentence's status cues and gazetteer mentions as marks on
 * its tokens.
 */
final class Ellipsis {

    /** "two others were wounded", "125 more sustained injuries". */
    private static final Set<String> OTHERS = LexiconFile.wordClass("ellipsis.others");

    private final FigureRules rules = new FigureRules("ellipsis.rules", Set.of("ADDED", "BESIDE", "SUBJECT"));
    private final StatusLexicon statuses;

    Ellipsis(StatusLexicon statuses) {
        this.statuses = statuses;
    }

    /**
     * Whether the bare figure {@code n} counts the troops of the claim before it (ellipsis.rules): in the same
     * sentence after "another", before a troop verb, a casualty word or a place, after a casualty verb ("and
     * injured at least 21"), in a gapped list ("Ethiopia 2,500"); or as the subject of a troop verb in reach
     * ("6,400 will be sent back home").
     *
     * @param sameSentence the claim before is in the figure's sentence
     * @param inReach      the claim before is in the figure's paragraph or the one before
     */
    boolean refersBack(List<Token> tokens, List<Gazetteer.Mention> mentions, NumberMention n, boolean sameSentence,
                       boolean inReach) {
        if (n.count() == 1) {
            return false; // "another one was wounded": a pronoun, not a count
        }
        Set<String> said = rules.matching(tokens, n, marks(tokens, mentions));
        return sameSentence && (said.contains("ADDED") || said.contains("BESIDE"))
                || inReach && said.contains("SUBJECT");
    }

    /** The status cues and gazetteer mentions of the sentence, as the rules read them. */
    private FigureRules.Marks marks(List<Token> tokens, List<Gazetteer.Mention> mentions) {
        FigureRules.Marks marks = FigureRules.Marks.none(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            Status at = statuses.statusAt(tokens, k);
            if (at != null) {
                marks.cue()[k] = at.label();
            }
        }
        for (StatusLexicon.Cue c : statuses.cues(tokens)) {
            marks.cueEnd()[c.end() - 1] = c.status().label();
        }
        for (Gazetteer.Mention m : mentions) {
            marks.mention()[m.start()] = "B";
            if (m.actor() != null && m.actor().kind() == Gazetteer.ActorKind.COUNTRY) {
                marks.country()[m.end() - 1] = "E";
            }
        }
        return marks;
    }

    private static boolean inParentheses(List<Token> tokens, NumberMention n) {
        return n.qualifierStart() > 0 && n.end() < tokens.size() && tokens.get(n.qualifierStart() - 1).norm().equals("(")
                && tokens.get(n.end()).norm().equals(")");
    }

    private static boolean afterPossessive(List<Token> tokens, NumberMention n) {
        return n.qualifierStart() > 0 && tokens.get(n.qualifierStart() - 1).norm().equals("'s");
    }

    private static Gazetteer.Actor gappedActor(List<Token> tokens, List<Gazetteer.Mention> mentions, NumberMention n) {
        int before = inParentheses(tokens, n) || afterPossessive(tokens, n) ? n.qualifierStart() - 1
                : n.qualifierStart();
        for (Gazetteer.Mention m : mentions) {
            if (m.end() == before && m.actor() != null
                    && m.actor().kind() == Gazetteer.ActorKind.COUNTRY) {
                return m.actor();
            }
        }
        return null;
    }

    /** The actor of "from X" right after a bare figure, or null. */
    private static Gazetteer.Actor fromActor(List<Token> tokens, List<Gazetteer.Mention> mentions, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i).norm().equals("from")) {
            return null;
        }
        int at = tokens.get(i + 1).norm().equals("the") ? i + 2 : i + 1;
        return mentions.stream().filter(m -> (m.start() == at || m.start() == i + 1) && m.actor() != null)
                .map(Gazetteer.Mention::actor)
                .findFirst().orElse(null);
    }

    /** The end of the figure's phrase: after "others" or "more" ("two others were wounded"). */
    static int end(List<Token> tokens, NumberMention n) {
        return n.end() < tokens.size() && OTHERS.contains(tokens.get(n.end()).norm()) ? n.end() + 1 : n.end();
    }

    /** The actor the figure names for itself: "Ethiopia 2,500", "Russia's 1.3 million", "355 from Moldova"; or null. */
    static Gazetteer.Actor ownActor(List<Token> tokens, List<Gazetteer.Mention> mentions, NumberMention n) {
        Gazetteer.Actor gapped = gappedActor(tokens, mentions, n);
        return gapped != null ? gapped : fromActor(tokens, mentions, n.end());
    }
}
