package dev.newsflow.enrich.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Describes a figure in its sentence as named features for the learned models ({@link ClaimModels}): whether
 * a figure the phrase grammar passed over is a troop count after all ("al Shabaab said 21 were killed",
 * "NATO's force in Kosovo numbers nearly 6,000"), which side named nearby owns a claim's troops, and which
 * status the claim has. The features are the words around the figure and what the grammar already knows
 * about the sentence: troop nouns, status cues, named sides and the claims found so far.
 */
final class ClaimFeatures {

    /** Words either side of the figure that go into its bag of context words. */
    private static final int WINDOW = 8;

    private final UnitPhrase.Grammar units;
    private final StatusLexicon statuses;

    ClaimFeatures(UnitPhrase.Grammar units, StatusLexicon statuses) {
        this.units = units;
        this.statuses = statuses;
    }

    /**
     * The features of figure {@code n} in {@code tokens}.
     *
     * @param previous         the previous sentence of the same paragraph, or an empty list
     * @param mentions         the named sides and places of the sentence
     * @param claimBefore      a claim was found earlier in the same sentence
     * @param claimInParagraph a claim was found earlier in the same paragraph
     */
    List<String> figure(List<Token> tokens, List<Token> previous, List<Gazetteer.Mention> mentions, NumberMention n,
                        boolean claimBefore, boolean claimInParagraph, boolean inTitle) {
        List<String> f = new ArrayList<>();
        int from = n.qualifierStart();
        int to = n.end();
        context(f, tokens, from, to);
        f.add("mag=" + magnitude(n.count()));
        f.add("qual=" + n.qualifier());
        if (tokens.get(n.start()).isWord()) {
            f.add("spelled");
        }
        if (n.vague()) {
            f.add("vague");
        }
        String left = nearestUnit(tokens, from, -1);
        String right = nearestUnit(tokens, to, +1);
        f.add("unitL=" + left);
        f.add("unitR=" + right);
        String gap = gapToUnit(tokens, to);
        if (gap != null) {
            f.add("gapR=" + gap);
        }
        if (left.equals("none") && right.equals("none")) {
            f.add(namesTroops(previous) ? "unitPrev" : "noUnit");
        }
        List<StatusLexicon.Cue> cues = statuses.cues(tokens);
        cues(f, cues, from, to);
        clauseCues(f, tokens, cues, from, to);
        for (Gazetteer.Mention m : mentions) {
            if (m.actor() == null) {
                continue;
            }
            if (m.start() == to) {
                f.add("actorRight=" + m.actor().kind());
            } else if (m.end() == from) {
                f.add("actorLeft=" + m.actor().kind());
            } else {
                f.add("actorInSentence");
            }
        }
        if (claimBefore) {
            f.add("claimBefore");
        }
        if (claimInParagraph) {
            f.add("claimInParagraph");
        }
        if (inTitle) {
            f.add("title");
        }
        return f;
    }

    /**
     * The features of a claim for its status: what the grammar decided and why, the status cues around
     * the figure, the words around it and the unit it counts.
     *
     * @param phraseEnd  the token after the claim's unit phrase (or after the figure)
     * @param grammar    the status the grammar gave
     * @param governing  the cue the grammar took it from, or null
     * @param inherited  the status of the claim it refers back to, or null
     * @param where      the place a locative phrase of the sentence names, or null
     * @param present    a locative phrase on a place follows the troops straight ("troops in Syria")
     */
    List<String> status(List<Token> tokens, NumberMention n, int phraseEnd, String unit, Status grammar,
                        StatusLexicon.Cue governing, Status inherited, boolean inTitle, Gazetteer.Place where,
                        boolean present) {
        List<String> f = new ArrayList<>();
        int from = n.qualifierStart();
        f.add("grammar=" + grammar);
        f.add(governing == null ? "governing=none" : "governing=" + governing.status()
                + (governing.end() <= from ? "L" : governing.start() >= phraseEnd ? "R" : "in"));
        if (inherited != null) {
            f.add("inherited=" + inherited);
        }
        f.add("unit=" + Token.lastWord(unit));
        context(f, tokens, from, phraseEnd);
        List<StatusLexicon.Cue> cues = statuses.cues(tokens);
        cues(f, cues, from, phraseEnd);
        nearestCue(f, cues, from, phraseEnd);
        clauseCues(f, tokens, cues, from, phraseEnd);
        if (inTitle) {
            f.add("title");
        }
        // troops somewhere are mostly deployed there; a force with no place is mostly a total
        f.add("where=" + (where == null ? "none" : where.specificity()));
        if (present) {
            f.add("present");
        }
        return f;
    }

    /**
     * The features of one mention of a candidate actor for the claim at [from, to): where it stands
     * (this sentence or the one before), on which side and how far, what kind of name it is, and the
     * words right before and after it.
     */
    void actorMention(List<String> f, List<Token> tokens, List<StatusLexicon.Cue> cues, Gazetteer.Mention m, int from,
                      int to, boolean previous, AttributionFinder.Attribution attribution, Status status) {
        String where = previous ? "prev" : m.end() <= from ? "L" + bucket(from - m.end())
                : m.start() >= to ? "R" + bucket(m.start() - to) : "in";
        String kind = m.actor().kind().name();
        f.add("at=" + where);
        f.add("at=" + where + "&" + kind);
        f.add("kind=" + kind);
        f.add("before=" + word(tokens, m.start() - 1));
        f.add("after=" + word(tokens, m.end()));
        f.add("before=" + word(tokens, m.start() - 1) + "&" + harm(status));
        if (!previous && attribution != null && m.start() >= attribution.start() && m.end() <= attribution.end()) {
            f.add("speaker&" + harm(status));
        }
        if (!previous) {
            between(f, tokens, cues, m, from, to, status);
        }
    }

    /**
     * How a side named in the claim's sentence stands to the figure: in the figure's clause or another
     * ("ISWAP fighters struck a base, | killing five soldiers"), and which status cue stands between them
     * (the side before "killing" is mostly the one that killed, not the one that lost troops).
     */
    private void between(List<String> f, List<Token> tokens, List<StatusLexicon.Cue> cues, Gazetteer.Mention m,
                         int from, int to, Status status) {
        int[] clause = statuses.clause(tokens, from, to);
        boolean sameClause = m.start() >= clause[0] && m.end() <= clause[1];
        f.add("clause=" + (sameClause ? "same" : "other") + "&" + harm(status));
        int gapFrom = m.end() <= from ? m.end() : to;
        int gapTo = m.end() <= from ? from : m.start();
        String cue = "none";
        for (StatusLexicon.Cue c : cues) {
            if (c.start() >= gapFrom && c.end() <= gapTo) {
                cue = harm(c.status());
            }
        }
        f.add("cueBetween=" + cue + "&" + harm(status));
    }

    /** The words next to [from, to) and the bag of words either side. */
    private static void context(List<String> f, List<Token> tokens, int from, int to) {
        f.add("m1=" + word(tokens, from - 1));
        f.add("m2=" + word(tokens, from - 2) + "_" + word(tokens, from - 1));
        f.add("p1=" + word(tokens, to));
        f.add("p2=" + word(tokens, to) + "_" + word(tokens, to + 1));
        f.add("p3=" + word(tokens, to + 1));
        for (int k = Math.max(0, from - WINDOW); k < from; k++) {
            f.add("wl=" + tokens.get(k).norm());
        }
        for (int k = to; k < Math.min(tokens.size(), to + WINDOW); k++) {
            f.add("wr=" + tokens.get(k).norm());
        }
    }

    /** Every status cue of the sentence, by side of [from, to) and distance. */
    private static void cues(List<String> f, List<StatusLexicon.Cue> cues, int from, int to) {
        for (StatusLexicon.Cue c : cues) {
            String side = c.end() <= from ? "L" : c.start() >= to ? "R" : "in";
            f.add("cue" + side + "=" + c.status() + "@" + bucket(gap(c, from, to)));
            f.add("cue=" + c.status());
        }
    }

    /** The status cue closest to [from, to): the one most likely to govern the figure. */
    private static void nearestCue(List<String> f, List<StatusLexicon.Cue> cues, int from, int to) {
        StatusLexicon.Cue nearest = null;
        for (StatusLexicon.Cue c : cues) {
            if (nearest == null || gap(c, from, to) < gap(nearest, from, to)) {
                nearest = c;
            }
        }
        f.add("nearestCue=" + (nearest == null ? "none" : nearest.status()));
    }

    /** Words between a cue and [from, to); 0 when it stands inside. */
    private static int gap(StatusLexicon.Cue c, int from, int to) {
        return c.end() <= from ? from - c.end() : c.start() >= to ? c.start() - to : 0;
    }

    /** The status cues of the figure's own clause ("were killed | while seven soldiers were wounded"). */
    private void clauseCues(List<String> f, List<Token> tokens, List<StatusLexicon.Cue> cues, int from, int to) {
        int[] clause = statuses.clause(tokens, from, to);
        boolean any = false;
        for (StatusLexicon.Cue c : cues) {
            if (c.start() >= clause[0] && c.end() <= clause[1]) {
                f.add("clauseCue=" + c.status());
                any = true;
            }
        }
        if (!any) {
            f.add("clauseCue=none");
        }
    }

    /** The head of the nearest troop phrase in direction {@code step} from {@code at}, bucketed by distance. */
    private String nearestUnit(List<Token> tokens, int at, int step) {
        for (int k = step > 0 ? at : at - 1, d = 0; k >= 0 && k < tokens.size(); k += step, d++) {
            UnitPhrase u = units.match(tokens, k);
            if (u != null && !u.demonymHead()) {
                return (u.ambiguous() ? "ambiguous@" : "troop@") + bucket(d);
            }
        }
        return "none";
    }

    /**
     * The shape of the words between the figure and a troop noun after it ("Dozens of coalition troops": "o w",
     * "4,100 Okinawa-based Marines": "C"), or null when no troop noun follows within the window: C a
     * capitalised word, w a lower-case word, o "of", p punctuation, each run of one kind written once.
     */
    private String gapToUnit(List<Token> tokens, int to) {
        StringBuilder shape = new StringBuilder();
        for (int k = to; k < Math.min(tokens.size(), to + WINDOW); k++) {
            UnitPhrase u = units.match(tokens, k);
            if (u != null && !u.demonymHead() && u.end() == k + 1) {
                return shape.length() == 0 ? "none" : shape.toString().strip();
            }
            Token t = tokens.get(k);
            String kind = t.norm().equals("of") ? "o" : !t.isWord() ? "p" : t.isCapitalised() ? "C" : "w";
            if (!shape.toString().endsWith(kind)) {
                shape.append(shape.length() == 0 ? "" : " ").append(kind);
            }
        }
        return null;
    }

    /** The status cues of a sentence, for {@link #actorMention} to read once per claim. */
    List<StatusLexicon.Cue> cues(List<Token> tokens) {
        return statuses.cues(tokens);
    }

    /** Whether the claim is a casualty figure or a movement: sides report their own and others' differently. */
    static String harm(Status status) {
        return status.isCasualty() ? "casualty" : "move";
    }

    /** A troop phrase (not one that also counts civilians) anywhere in the sentence. */
    boolean namesTroops(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            UnitPhrase u = units.match(tokens, k);
            if (u != null && !u.demonymHead() && !u.ambiguous()) {
                return true;
            }
        }
        return false;
    }

    private static String word(List<Token> tokens, int i) {
        return i < 0 ? "<s>" : i >= tokens.size() ? "</s>" : tokens.get(i).norm();
    }

    private static String bucket(int distance) {
        return distance == 0 ? "0" : distance == 1 ? "1" : distance <= 3 ? "3" : distance <= 8 ? "8" : "far";
    }

    private static int magnitude(long count) {
        return count < 2 ? 0 : (int) Math.min(7, Math.floor(Math.log10(count)) + 1);
    }
}
