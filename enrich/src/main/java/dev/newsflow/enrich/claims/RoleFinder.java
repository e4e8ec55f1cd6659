package dev.newsflow.enrich.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the actor and the location of a claim among the gazetteer mentions of its sentence.
 *
 * <p>Without a parser, roles come from the words around a mention (prepositions.tsv, actor-heads.txt):
 * <ul>
 *   <li>An actor mention acts unless a preposition governs it ("to Russia", "between Russia and
 *       Ukraine"); a demonym or possessive acts only before an actor noun ("the North Korean dictator",
 *       "Russia's army", but not "Russian financial aid" or "Russia's war"). The nearest acting mention
 *       before the figure wins, else an agent after it ("100,000 volunteers that Kim Jong Un offered",
 *       "sent by Pyongyang").</li>
 *   <li>A place is a location only inside a locative phrase ("in the Russian port city of Vladivostok",
 *       "relocated to the Russian Kursk region"); "to" names a recipient, not a location, with offer
 *       verbs; possessives ("Russia's war") are not locations, but the place they possess is, in its
 *       possessor's phrase ("in Jammu and Kashmir's Kishtwar"). The most specific place wins; a demonym
 *       in a locative phrase ("to Russian construction sites") stands for its country.</li>
 * </ul>
 * Mentions inside the attribution ("According to TASS in Moscow") are never locations, and actors only
 * when the sentence names no other ("Russia's defence ministry said it had deployed 5,000 servicemen").
 */
public final class RoleFinder {

    private static final int MAX_PHRASE_WALK = 6;
    /** Words that end the noun phrase a locative preposition governs ("on Thursday that North Korea"). */
    private static final java.util.Set<String> CLAUSE_WORDS = LexiconFile.wordClass("roles.clause-words");

    /** Prepositions that place troops right after their noun ("troops in", not "fighters across Sudan"). */
    private static final java.util.Set<String> PRESENCE = LexiconFile.wordClass("roles.presence");

    /** Relative pronouns whose clause names who acts on the troops before it. */
    private static final java.util.Set<String> AGENT_CUES = LexiconFile.wordClass("roles.agent-cues");

    /** Each preposition of prepositions.tsv and its role: "in" locative, "by" agent, "against" other. */
    static final Map<String, String> PREPOSITIONS = prepositions();

    private final PhraseMatcher<Boolean> actorHeads = PhraseMatcher.ofWords("actor-heads.txt");

    private static Map<String, String> prepositions() {
        Map<String, String> roles = new HashMap<>();
        for (String[] r : LexiconFile.rows("prepositions.tsv")) {
            roles.put(r[0].strip(), r[1].strip());
        }
        return Map.copyOf(roles);
    }

    /** The actor of the figure at tokens [figStart, figEnd), or null. */
    public Gazetteer.Actor actor(List<Token> tokens, List<Gazetteer.Mention> mentions, int figStart, int figEnd,
                                 AttributionFinder.Attribution attribution) {
        return actor(tokens, mentions, figStart, figEnd, attribution, 0, true);
    }

    /**
     * As {@link #actor(List, List, int, int, AttributionFinder.Attribution)}, for casualties: the subject of
     * "Israel killed 9,000 militants" is who killed them, so mentions before {@code from} do not count, and
     * the speaker does not count when {@code speakerActs} is false (sides report the other side's losses).
     */
    public Gazetteer.Actor actor(List<Token> tokens, List<Gazetteer.Mention> mentions, int figStart, int figEnd,
                                 AttributionFinder.Attribution attribution, int from, boolean speakerActs) {
        Gazetteer.Mention before = null;
        Gazetteer.Mention after = null;
        Gazetteer.Mention attributed = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.actor() == null || (m.end() > figStart && m.start() < figEnd) || m.start() < from
                    || !acts(tokens, mentions, m) || !speakerActs && inside(m, attribution)) {
                continue;
            }
            if (inside(m, attribution)) {
                attributed = attributed == null ? m : attributed;
            } else if (m.end() <= figStart) {
                before = m;
            } else if (after == null && introducesAgent(tokens, m.start()) && (speakerActs || !killedBy(tokens, m))) {
                after = m; // but not the killer of casualties: "two Peshmerga fighters slain by Islamic State"
            }
        }
        Gazetteer.Mention m = before != null ? before : after != null ? after : attributed;
        return m == null ? null : m.actor();
    }

    /**
     * The country of the speaker when the attribution names it by demonym ("Israeli media", "Malian
     * officials"): a side reporting its own movements. Never used for casualties, which sides mostly
     * report of the enemy.
     */
    public Gazetteer.Actor speakerActor(List<Gazetteer.Mention> mentions, AttributionFinder.Attribution attribution) {
        for (Gazetteer.Mention m : mentions) {
            if (m.actor() != null && m.actor().kind() == Gazetteer.ActorKind.DEMONYM && inside(m, attribution)) {
                return m.actor();
            }
        }
        return null;
    }

    /**
     * Whether the attribution's speaker stands for {@code side}, by any name ("French President Emmanuel Macron
     * said", "the Kremlin said"): a side speaking of its own troops.
     */
    public boolean speakerIs(Gazetteer.Actor side, List<Gazetteer.Mention> mentions,
                             AttributionFinder.Attribution attribution) {
        return firstIs(side, mentions, m -> inside(m, attribution));
    }

    /**
     * Whether the side is the first one the sentence names, before the figure: the subject whose troops a
     * possibility or readiness concerns ("Indonesia has announced its readiness to deploy up to 20,000 troops").
     */
    public boolean subjectIs(Gazetteer.Actor side, List<Gazetteer.Mention> mentions, int figureStart) {
        return firstIs(side, mentions, m -> m.end() <= figureStart);
    }

    /** Whether the first side named where {@code where} holds is {@code side}, by any name. */
    private static boolean firstIs(Gazetteer.Actor side, List<Gazetteer.Mention> mentions,
                                   java.util.function.Predicate<Gazetteer.Mention> where) {
        return side != null && mentions.stream().filter(m -> m.actor() != null && where.test(m))
                .findFirst().map(m -> m.actor().id().equals(side.id())).orElse(false);
    }

    /**
     * "40,000 Russian troops in the Zaporizhzhia direction", "troops near Gomel": a unit phrase followed
     * straight by a locative phrase on a known place says where the troops are.
     */
    public boolean presence(List<Token> tokens, List<Gazetteer.Mention> mentions, int phraseEnd) {
        if (phraseEnd >= tokens.size() || !PRESENCE.contains(tokens.get(phraseEnd).norm())) {
            return false;
        }
        for (Gazetteer.Mention m : mentions) {
            if (m.place() != null && m.start() > phraseEnd && m.start() - phraseEnd <= MAX_PHRASE_WALK
                    && locative(tokens, m.start(), Status.DEPLOYED)) {
                return true;
            }
        }
        return false;
    }

    /** The most specific place in a locative phrase of the sentence outside the figure's phrase, or null. */
    public Gazetteer.Place location(List<Token> tokens, List<Gazetteer.Mention> mentions, Status status,
                                    AttributionFinder.Attribution attribution, int figStart, int figEnd) {
        Gazetteer.Place best = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.end() > figStart && m.start() < figEnd) {
                continue; // "reduce the number of U.S. forces": whose they are, not where
            }
            Gazetteer.Place place = m.place();
            if (place == null && m.actor() != null && m.actor().kind() == Gazetteer.ActorKind.DEMONYM) {
                // "to Russian construction sites": the country, less specific than any named place
                place = new Gazetteer.Place(m.actor().name(), m.actor().id(), 0);
            }
            if (place == null || inside(m, attribution) || possessive(tokens, m.end())
                    || !locative(tokens, possessorStart(tokens, mentions, m.start()), status)) {
                continue;
            }
            if (best == null || place.specificity() > best.specificity()) {
                best = place;
            }
        }
        return best;
    }

    private boolean acts(List<Token> tokens, List<Gazetteer.Mention> mentions, Gazetteer.Mention m) {
        Gazetteer.ActorKind kind = m.actor().kind();
        if (kind == Gazetteer.ActorKind.DEMONYM) {
            return actorHeads.matchAt(tokens, m.end()) != null;
        }
        if (possessive(tokens, m.end())) {
            return actorHeads.matchAt(tokens, m.end() + 1) != null;
        }
        int p = m.start() - 1;
        while (p >= 0 && tokens.get(p).norm().equals("the")) {
            p--;
        }
        if (p < 0) {
            return true;
        }
        String prev = tokens.get(p).norm();
        if (prev.equals("and") || prev.equals("or") || prev.equals("nor")) {
            for (Gazetteer.Mention other : mentions) {
                if (other.end() == p && other.actor() != null) {
                    return acts(tokens, mentions, other);
                }
            }
            return true;
        }
        String role = PREPOSITIONS.get(prev);
        return role == null || role.equals("agent");
    }

    /**
     * After the figure only an agent acts: "by Pyongyang", or the subject of a relative clause on the
     * troops ("100,000 volunteers that Kim Jong Un has offered") — not an object ("sent to help Russia").
     */
    private boolean introducesAgent(List<Token> tokens, int start) {
        int p = start - 1;
        while (p >= 0 && tokens.get(p).norm().equals("the")) {
            p--;
        }
        String prev = p >= 0 ? tokens.get(p).norm() : "";
        return AGENT_CUES.contains(prev) || "agent".equals(PREPOSITIONS.get(prev));
    }

    private static boolean killedBy(List<Token> tokens, Gazetteer.Mention m) {
        int p = m.start() - 1;
        while (p >= 0 && tokens.get(p).norm().equals("the")) {
            p--;
        }
        return p >= 0 && tokens.get(p).norm().equals("by");
    }

    private boolean locative(List<Token> tokens, int start, Status status) {
        for (int k = start - 1; k >= 0 && start - k <= MAX_PHRASE_WALK; k--) {
            Token t = tokens.get(k);
            String role = PREPOSITIONS.get(t.norm());
            if (role != null) {
                return role.equals("locative") && !(t.norm().equals("to") && status == Status.OFFERED);
            }
            if (!t.isWord() && !t.norm().equals("'s") || CLAUSE_WORDS.contains(t.norm())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the noun phrase of a place starts when a place possesses it ("in Jammu and Kashmir's Kishtwar"): at its
     * possessor; else at the place itself.
     */
    private static int possessorStart(List<Token> tokens, List<Gazetteer.Mention> mentions, int start) {
        if (start > 0 && possessive(tokens, start - 1)) {
            for (Gazetteer.Mention m : mentions) {
                if (m.end() == start - 1 && m.place() != null) {
                    return m.start();
                }
            }
        }
        return start;
    }

    private static boolean possessive(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).norm().equals("'s");
    }

    private static boolean inside(Gazetteer.Mention m, AttributionFinder.Attribution a) {
        return a != null && m.start() >= a.start() && m.end() <= a.end();
    }
}
