package dev.newsflow.enrich.claims;

import java.util.List;
import java.util.Set;

/**
 * A bare figure that counts the troops of the claim before it, the unit left out: in the same sentence
 * ("300 soldiers have been killed and 2,700 wounded", "503 troops in Syria and 5,262 in Iraq", "Uganda
 * will provide 4,500 soldiers, Ethiopia 2,500", "nine soldiers were killed while five others received
 * injuries") or as the subject of a troop verb up to a paragraph on ("an estimated 6,400 will be sent back
 * home"). Such a figure takes the earlier claim's unit and, unless it names its own ("355 from Moldova"),
 * its actor; it is the ellipsis counterpart of {@link Anaphora}.
 */
final class Ellipsis {

    /** Auxiliaries between a bare figure and its verb: "6,400 will be sent", "168 have been killed". */
    private static final Set<String> SUBJECT_AUXILIARIES = LexiconFile.wordClass("ellipsis.subject-auxiliaries");

    /** "… and another 3,000": a figure added to the claim before it. */
    private static final Set<String> ANOTHER = LexiconFile.wordClass("ellipsis.another");
    /** "two others were wounded", "125 more sustained injuries". */
    private static final Set<String> OTHERS = LexiconFile.wordClass("ellipsis.others");

    /** Prepositions before a place that may follow a bare figure: "503 troops in Syria and 5,262 in Iraq". */
    private static final Set<String> PLACE_PREPOSITIONS = LexiconFile.wordClass("ellipsis.place-prepositions");
    /** Prepositions after which a name not in the gazetteer still reads as a place: "500 into Chicago". */
    private static final Set<String> NAMED_PLACE_PREPOSITIONS = LexiconFile.wordClass("ellipsis.named-place-prepositions");
    private static final Set<String> CALENDAR = Set.copyOf(LexiconFile.words("calendar.tsv"));

    private final StatusLexicon statuses;

    Ellipsis(StatusLexicon statuses) {
        this.statuses = statuses;
    }

    /**
     * Whether the bare figure {@code n} counts the troops of the claim before it: in the same sentence before
     * a troop verb, a casualty word or a place, after a casualty verb ("and injured at least 21"), in a gapped
     * list ("Ethiopia 2,500"), or as the subject of a troop verb in reach ("6,400 will be sent back home").
     *
     * @param sameSentence the claim before is in the figure's sentence
     * @param inReach      the claim before is in the figure's paragraph or the one before
     */
    boolean refersBack(List<Token> tokens, List<Gazetteer.Mention> mentions, NumberMention n, boolean sameSentence,
                       boolean inReach) {
        if (n.count() == 1) {
            return false; // "another one was wounded": a pronoun, not a count
        }
        int i = n.end();
        boolean others = i < tokens.size() && OTHERS.contains(tokens.get(i).norm());
        if (sameSentence && n.qualifierStart() > 0 && ANOTHER.contains(tokens.get(n.qualifierStart() - 1).norm())) {
            return true; // "sending an estimated 12,000 troops last year and another 3,000 this year"
        }
        if (sameSentence) {
            Status st = statuses.statusAt(tokens, i);
            if (st != null || placeFollows(tokens, mentions, i) || others && verbAfter(tokens, i + 1)
                    || casualtyVerbBefore(tokens, n.qualifierStart()) && bare(tokens, i) // "… and injured at least 21"
                    || gapped(tokens, mentions, n)) { // "Uganda will provide 4,500 soldiers, Ethiopia 2,500"
                return true;
            }
        }
        if (!inReach) {
            return false;
        }
        return others ? verbAfter(tokens, i + 1) : verbAfter(tokens, i) && !statusFollowsDirectly(tokens, i);
    }

    /** A troop verb at token {@code i}, after auxiliaries: "will be sent", "were wounded", "received injuries". */
    private boolean verbAfter(List<Token> tokens, int i) {
        int k = i;
        while (k < tokens.size() && SUBJECT_AUXILIARIES.contains(tokens.get(k).norm())) {
            k++;
        }
        return k < tokens.size() && statuses.statusAt(tokens, k) != null;
    }

    /** A cue straight after a bare figure ("5,000 killed"): a subject needs an auxiliary between, unless beside troops. */
    private boolean statusFollowsDirectly(List<Token> tokens, int i) {
        return i < tokens.size() && statuses.statusAt(tokens, i) != null;
    }

    /** A casualty verb right before the figure: "… and injured at least 21". */
    private boolean casualtyVerbBefore(List<Token> tokens, int figureStart) {
        return statuses.cues(tokens).stream().anyMatch(c -> c.end() == figureStart && c.status().isCasualty());
    }

    /**
     * "…, Ethiopia 2,500, Djibouti 1,520", "Saudi Arabia (118,000), Egypt (40,000)": a country then a bare
     * figure, the verb and unit left out.
     */
    private static boolean gapped(List<Token> tokens, List<Gazetteer.Mention> mentions, NumberMention n) {
        int end = inParentheses(tokens, n) ? n.end() + 1 : n.end();
        boolean closes = end >= tokens.size() || Set.of(",", ".", ";", "and").contains(tokens.get(end).norm());
        return closes && gappedActor(tokens, mentions, n) != null;
    }

    private static boolean inParentheses(List<Token> tokens, NumberMention n) {
        return n.qualifierStart() > 0 && n.end() < tokens.size() && tokens.get(n.qualifierStart() - 1).norm().equals("(")
                && tokens.get(n.end()).norm().equals(")");
    }

    private static Gazetteer.Actor gappedActor(List<Token> tokens, List<Gazetteer.Mention> mentions, NumberMention n) {
        int before = inParentheses(tokens, n) ? n.qualifierStart() - 1 : n.qualifierStart();
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
        return mentions.stream().filter(m -> m.start() == at && m.actor() != null).map(Gazetteer.Mention::actor)
                .findFirst().orElse(null);
    }

    /** Nothing counted follows the figure: "injured at least 21.", not "wounding two bystanders". */
    private static boolean bare(List<Token> tokens, int i) {
        return i >= tokens.size() || !tokens.get(i).isWord() || Set.of("and", "in", "on", "at", "during", "while",
                "when", "after", "others", "more").contains(tokens.get(i).norm());
    }

    /**
     * "in Iraq", "from Azerbaijan", "in 2008", "into Chicago", "to Portland": a preposition and then a known
     * place, country or year, or a name (not a month or a day) after "in", "into" or "to".
     */
    private static boolean placeFollows(List<Token> tokens, List<Gazetteer.Mention> mentions, int i) {
        if (i + 1 >= tokens.size() || !PLACE_PREPOSITIONS.contains(tokens.get(i).norm())) {
            return false;
        }
        if (tokens.get(i).norm().equals("in") && tokens.get(i + 1).isYear()) {
            return true; // "lost 108 last year, compared to 51 in 2008, 42 in 2007"
        }
        int at = tokens.get(i + 1).norm().equals("the") ? i + 2 : i + 1;
        if (mentions.stream().anyMatch(m -> m.start() == at)) {
            return true;
        }
        return at < tokens.size() && NAMED_PLACE_PREPOSITIONS.contains(tokens.get(i).norm())
                && tokens.get(at).isCapitalised() && !CALENDAR.contains(tokens.get(at).norm());
    }


    /** The end of the figure's phrase: after "others" or "more" ("two others were wounded"). */
    static int end(List<Token> tokens, NumberMention n) {
        return n.end() < tokens.size() && OTHERS.contains(tokens.get(n.end()).norm()) ? n.end() + 1 : n.end();
    }

    /** The actor the figure names for itself: "Ethiopia 2,500", "355 from Moldova"; or null. */
    static Gazetteer.Actor ownActor(List<Token> tokens, List<Gazetteer.Mention> mentions, NumberMention n) {
        Gazetteer.Actor gapped = gappedActor(tokens, mentions, n);
        return gapped != null ? gapped : fromActor(tokens, mentions, n.end());
    }
}
