package dev.newsflow.enrich.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks whose troops a claim counts among the sides named around it, with the learned actor model
 * ({@link ClaimModels#actors()}): the grammar reads the actor from one sentence, but a report often names
 * the side in the sentence before, in its headline, or only by naming it again and again.
 */
final class ActorChooser {

    /** A side that may own the claim's troops, with the features of all its mentions. */
    record Candidate(Gazetteer.Actor actor, List<String> features) {
    }

    /**
     * Where a claim stands: its sentence and named sides, the sentence before it in the paragraph (or an
     * empty list), the article's first sentence (its headline or lede), how often the article names
     * each side, and the side it names most (null when none or a tie).
     */
    record Surroundings(List<Token> tokens, List<Gazetteer.Mention> mentions, AttributionFinder.Attribution attribution,
                        List<Token> previous, List<Gazetteer.Mention> previousMentions,
                        List<Gazetteer.Mention> lede, Map<String, Integer> actorCounts, Gazetteer.Actor mostNamed) {
    }

    /** Troop nouns for the fighters of a movement, never of a state. */
    private static final Set<String> IRREGULAR = Set.copyOf(LexiconFile.words("irregular-heads.txt"));
    /** Heads of fighters a body of states never fields: "about 2,000 fighters remained in Libya". */
    private static final Set<String> FIGHTER_HEADS = LexiconFile.wordClass("units.fighter-heads");

    private final ClaimFeatures features;
    private final LinearModel model;

    /** @param model the actor model, or null to keep the grammar's pick */
    ActorChooser(ClaimFeatures features, LinearModel model) {
        this.features = features;
        this.model = model;
    }

    /**
     * Every side named in the sentence, the one before it and the lede, plus the grammar's pick and the
     * story's actor so far, each with its features.
     *
     * @param from first token of the figure (with its qualifier)
     * @param to   token after the claim's unit phrase
     * @param unit the claim's unit as written, or null
     */
    List<Candidate> candidates(Surroundings at, int from, int to, String unit, Gazetteer.Actor grammar,
                               Gazetteer.Actor story, Status status, Gazetteer.Actor placeCountry) {
        Map<String, Gazetteer.Actor> actors = new LinkedHashMap<>();
        Map<String, List<String>> described = new HashMap<>();
        List<StatusLexicon.Cue> cues = at.mentions().isEmpty() ? List.of() : features.cues(at.tokens());
        for (Gazetteer.Mention m : at.mentions()) {
            if (m.actor() != null) {
                actors.putIfAbsent(m.actor().id(), m.actor());
                features.actorMention(described.computeIfAbsent(m.actor().id(), k -> new ArrayList<>()),
                        at.tokens(), cues, m, from, to, false, at.attribution(), status);
            }
        }
        for (Gazetteer.Mention m : at.previousMentions()) {
            if (m.actor() != null) {
                actors.putIfAbsent(m.actor().id(), m.actor());
                features.actorMention(described.computeIfAbsent(m.actor().id(), k -> new ArrayList<>()),
                        at.previous(), List.of(), m, from, to, true, null, status);
            }
        }
        for (Gazetteer.Mention m : at.lede()) {
            if (m.actor() != null) {
                actors.putIfAbsent(m.actor().id(), m.actor());
                described.computeIfAbsent(m.actor().id(), k -> new ArrayList<>()).add("lede");
            }
        }
        String kind = ClaimFeatures.harm(status);
        if (grammar != null) {
            actors.putIfAbsent(grammar.id(), grammar);
            described.computeIfAbsent(grammar.id(), k -> new ArrayList<>()).add("grammar&" + kind);
        }
        if (story != null) {
            actors.putIfAbsent(story.id(), story);
            described.computeIfAbsent(story.id(), k -> new ArrayList<>()).add("story&" + kind);
        }
        if (placeCountry != null && actors.putIfAbsent(placeCountry.id(), placeCountry) == null) {
            // named only by a town or province of it: "five soldiers were killed in Kathua district"
            described.computeIfAbsent(placeCountry.id(), k -> new ArrayList<>()).add("onlyWhere&" + kind);
        }
        int most = at.actorCounts().values().stream().max(Integer::compare).orElse(0);
        if (at.mostNamed() != null && actors.putIfAbsent(at.mostNamed().id(), at.mostNamed()) == null) {
            // the side the story is about, named elsewhere in it: "Four terrorists have been slain"
            described.computeIfAbsent(at.mostNamed().id(), k -> new ArrayList<>()).add("onlyInArticle&" + kind);
        }
        List<Candidate> out = new ArrayList<>();
        for (Gazetteer.Actor a : actors.values()) {
            List<String> f = described.get(a.id());
            f.add("mentions=" + Math.min(3, f.stream().filter(x -> x.startsWith("kind=")).count()));
            int inArticle = at.actorCounts().getOrDefault(a.id(), 0);
            f.add("inArticle=" + (inArticle <= 1 ? inArticle : inArticle <= 3 ? 3 : 4));
            if (placeCountry != null && placeCountry.id().equals(a.id())) {
                f.add("whereTheyAre&" + kind); // Burkina Faso's soldiers killed in Burkina Faso; US troops in Syria
            }
            if (inArticle == most) {
                f.add("mostNamed"); // the side the article names most
            }
            if (unit != null) {
                f.add("unit=" + Token.lastWord(unit) + "&" + side(a)); // "militants" are rarely a state's
                f.add("unit=" + Token.lastWord(unit) + "&" + a.id()); // "Marines" are mostly American
            }
            out.add(new Candidate(a, List.copyOf(f)));
        }
        return out;
    }

    /** A state (an ISO code) or an organisation: a state fields soldiers, a movement fields fighters. */
    private static String side(Gazetteer.Actor actor) {
        return actor.organisation() ? "organisation" : "state";
    }

    /** Whether a troop phrase names the fighters of a movement ("15 militants"), never a state's soldiers. */
    static boolean irregular(String unit) {
        return unit != null && IRREGULAR.contains(Token.lastWord(unit));
    }

    /** Whether the actor is a body of states that fields missions: the UN, NATO, the African Union. */
    private static boolean missionBody(Gazetteer.Actor actor) {
        return SideRules.MISSION_BODIES.contains(actor.id());
    }

    /** Whether the actor is an armed movement: an organisation, not a body of states that fields missions. */
    static boolean movement(Gazetteer.Actor actor) {
        return actor.organisation() && !missionBody(actor);
    }

    /**
     * The candidate the model rates highest, or the grammar's pick when there is no model. Fighters a
     * movement fields ({@code irregular-heads.txt}) are never a state's nor a body of states': they go to the best
     * armed group named, or to no one; fighters and mercenaries are never a body of states'; and junta, regime or
     * government troops are never a movement's.
     *
     * @param unit       the claim's unit as written, or null
     * @param government the troop phrase names a government's forces ("junta troops")
     */
    Gazetteer.Actor choose(Gazetteer.Actor grammar, List<Candidate> candidates, String unit, boolean government) {
        boolean irregular = irregular(unit);
        boolean fighters = unit != null && FIGHTER_HEADS.contains(Token.lastWord(unit));
        if (grammar != null && (irregular && !movement(grammar) || fighters && missionBody(grammar))) {
            grammar = null;
        }
        if (model == null || candidates.isEmpty()) {
            return grammar;
        }
        Candidate best = null;
        double bestP = -1;
        for (Candidate c : candidates) {
            double p = model.probability(ClaimModels.ACTOR, c.features());
            boolean fits = (irregular ? movement(c.actor()) : !government || !c.actor().organisation())
                    && !(fighters && missionBody(c.actor()));
            if (p > bestP && fits) {
                best = c;
                bestP = p;
            }
        }
        return best == null ? null : best.actor();
    }
}
