package dev.newsflow.enrich.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The written rules on whose troops a figure counts where a sentence's words overrule the actor model: the dead
 * are the side they are handed back to, recruits the side that recruits them, fighters never the side they fight,
 * and a country that only receives or hosts troops not their owner. The model weighs sides by features; these
 * readings need the sentence's structure.
 */
final class SideRules {

    /** Modifiers of a troop noun that make them the forces of the government where they stand. */
    private static final Set<String> GOVERNMENT = LexiconFile.wordClass("extractor.government");
    /** Heads that name people by their nationality rather than a state's army: "Cuban nationals", "mercenaries". */
    private static final Set<String> RECRUITS = LexiconFile.wordClass("extractor.recruits-by-nationality");
    /** Words that put soldiers out of their state's army: "retired Colombian soldiers", "Colombian ex-soldiers". */
    private static final Set<String> NO_LONGER_SERVING = LexiconFile.wordClass("extractor.no-longer-serving");
    /** Words for the dead handed back: "the bodies of 6,060 fallen soldiers", "1,200 bodies". */
    private static final Set<String> REMAINS = LexiconFile.wordClass("extractor.remains");
    /** Words of peacekeeping, whose troops are never their host's. */
    private static final Set<String> PEACEKEEPING = LexiconFile.wordClass("extractor.peacekeeping");
    /** Heads of a state's regular troops: "soldiers", "servicemen"; not fighters, who may serve another side. */
    private static final Set<String> NATIONAL_TROOP_HEADS = LexiconFile.wordClass("sides.national-troop-heads");
    /** Bodies whose missions field troops: "the UN's 10,000 peacekeepers". */
    static final Set<String> MISSION_BODIES = LexiconFile.wordClass("units.mission-bodies");
    /** Verbs that hand the dead back to their side: "transferred", "repatriated", "handed over". */
    private static final Set<String> HANDOVER_VERBS = LexiconFile.wordClass("extractor.handover-verbs");
    /** Verbs of a side that takes its dead back: "Ukraine confirmed receiving 1,200 bodies". */
    private static final Set<String> RECEIVING = LexiconFile.wordClass("extractor.receiving-verbs");
    /** Heads that count police as readily as troops: "officers", "personnel", "gunners". */
    private static final Set<String> POLICE_OR_TROOPS = LexiconFile.wordClass("extractor.police-or-troops");
    /** Verbs of fighting, whose side after "against" is the enemy: "fighting against Ukraine". */
    private static final Set<String> FIGHTING = LexiconFile.wordClass("units.fighting-verbs");
    /** Most words from a fighting verb to its "against": "fighting on the front in Ukraine against". */
    private static final int MAX_FIGHTING_GAP = 6;
    /** Words between a side and the verb by which it kills: "Russian forces have killed", "Ukraine says it killed". */
    private static final Set<String> KILLER_SKIPS = LexiconFile.wordClass("sides.killer-skips");
    /** Most such words. */
    private static final int MAX_KILLER_GAP = 3;
    /** Most words looked back from a side for a preposition: "in northeastern Ukraine", "by the Nigerian troops". */
    private static final int PREPOSITION_REACH = 3;

    private SideRules() {
    }

    /**
     * Whether the claim's side is only the nationality its troop phrase names ("Nepalis", "Cuban nationals",
     * "Colombian mercenaries", "retired Colombian soldiers"; not "North Korean soldiers", a state's army) in an
     * article that says which other side such fighters serve, and not of a state the article says sends troops
     * itself.
     */
    static boolean recruitedByNationality(UnitPhrase unit, Gazetteer.Actor actor, Article article,
                                          List<Token> phrase) {
        Gazetteer.Actor served = article.servedSide();
        return served != null && actor != null && unit != null && unit.actor() != null
                && (unit.demonymHead() || RECRUITS.contains(Token.lastWord(unit.unit())) || noLongerServing(phrase))
                && unit.actorSource() == UnitPhrase.Source.PHRASE && actor.id().equals(unit.actor().id())
                && unit.actor().demonym() && !served.id().equals(actor.id()) && !article.senders().contains(actor.id());
    }

    /** Whether a troop phrase names soldiers who have left their state's army: "300 retired Colombian soldiers". */
    private static boolean noLongerServing(List<Token> phrase) {
        return phrase.stream().anyMatch(t -> NO_LONGER_SERVING.contains(t.norm()));
    }

    /** The last side named before a recruiting verb other than the recruits' own country, or null. */
    static Gazetteer.Actor recruiter(List<Gazetteer.Mention> mentions, StatusLexicon.Cue cue,
                                     Gazetteer.Actor recruits) {
        Gazetteer.Actor found = null;
        for (Gazetteer.Mention m : mentions) {
            boolean theirOwn = recruits != null && m.actor() != null && m.actor().id().equals(recruits.id());
            if (m.actor() != null && m.end() <= cue.start() && !theirOwn) {
                found = m.actor();
            }
        }
        return found;
    }

    /**
     * Whether the sentence names the side only as where troops go, by its own name right after "to" ("deploying
     * 25,000 troops to Ukraine"): a country troops are sent to is not whose they are. A town or province after
     * "to" is not one ("sent 2,000 troops to Texas" may well be its country's own).
     */
    static boolean destinationOnly(Gazetteer.Actor actor, List<Token> tokens, List<Gazetteer.Mention> mentions) {
        if (actor == null || actor.organisation()) {
            return false;
        }
        boolean named = false;
        for (Gazetteer.Mention m : mentions) {
            if (m.actor() == null || !m.actor().id().equals(actor.id())) {
                continue;
            }
            if (!afterTo(tokens, m) || m.actor().kind() != Gazetteer.ActorKind.COUNTRY) {
                return false;
            }
            named = true;
        }
        return named;
    }

    /**
     * Whether the side is the country peacekeepers stand in: peacekeepers are never their host's ("his country is
     * ready to deploy 20,000 peacekeepers in Gaza").
     */
    static boolean hostOfPeacekeepers(Gazetteer.Actor actor, List<Token> tokens, Gazetteer.Actor placeCountry) {
        return actor != null && placeCountry != null && actor.id().equals(placeCountry.id())
                && tokens.stream().anyMatch(t -> PEACEKEEPING.contains(t.norm()));
    }

    /**
     * Whether the troop phrase names peacekeepers by the state that sends them ("two of its Sri Lankan peacekeepers",
     * "one peacekeeper from Cameroon"): a mission's contingent from one state is that state's, whatever mission the
     * sentence or the claim before names (docs/ANNOTATING.md).
     */
    static boolean nationalContingent(UnitPhrase unit) {
        return ofAState(unit)
                && (unit.actorSource() == UnitPhrase.Source.PHRASE || unit.actorSource() == UnitPhrase.Source.ORIGIN)
                && PEACEKEEPING.contains(Token.lastWord(unit.unit()));
    }

    /**
     * Whether the troop phrase names a state's regular troops by its demonym ("45 Chinese servicemen", "an Indian
     * squad of about 50 soldiers"): that state's, whatever else the sentence names.
     */
    static boolean nationalTroops(UnitPhrase unit) {
        return ofAState(unit) && unit.actorSource() == UnitPhrase.Source.PHRASE
                && unit.actor().kind() == Gazetteer.ActorKind.DEMONYM
                && NATIONAL_TROOP_HEADS.contains(Token.lastWord(unit.unit()));
    }

    /** Whether the troop phrase names a state, not an organisation, as its side. */
    private static boolean ofAState(UnitPhrase unit) {
        return unit != null && unit.actor() != null && !unit.actor().organisation();
    }

    /** The body whose mission the sentence names (the UN, the AU, NATO), or null. */
    static Gazetteer.Actor missionBody(List<Gazetteer.Mention> mentions) {
        return mentions.stream().map(Gazetteer.Mention::actor)
                .filter(a -> a != null && MISSION_BODIES.contains(a.id())).findFirst().orElse(null);
    }

    /**
     * Whether a figure counts the dead by their remains, by its cue ("transferred the bodies of 6,060 fallen
     * soldiers"), its head ("1,200 bodies") or the words before it ("The bodies of 1 000 dead have been returned").
     *
     * @param cue   the cue that governs the figure, or null
     * @param start where the figure starts, with its qualifier
     */
    static boolean countsRemains(List<Token> tokens, StatusLexicon.Cue cue, String unitText, int start) {
        return cue != null && REMAINS.contains(tokens.get(cue.start()).norm())
                || REMAINS.contains(Token.lastWord(unitText))
                || start >= 2 && tokens.get(start - 1).norm().equals("of")
                && REMAINS.contains(tokens.get(start - 2).norm());
    }

    /**
     * The side a sentence hands the dead back to: the side after "to" or "to the" in a sentence with a handover
     * verb ("transferred the bodies … to Ukraine", "handed over … to the Ukrainian side"), the first such after the
     * figure when there is one ("14,480 bodies returned to Ukraine and 391 bodies returned to Russia"; not "according
     * to the Russian side"); else the side that receives them, named before the nearest receiving verb ahead of the
     * figure ("Ukraine confirmed receiving 1,200 bodies of soldiers from Russia"); else the side the sentence names
     * besides the one that hands them over ("Ukraine says Russia returned 1,000 bodies"); else null.
     *
     * @param figureEnd where the figure's phrase ends
     */
    static Gazetteer.Actor receiver(List<Token> tokens, List<Gazetteer.Mention> mentions, int figureEnd) {
        if (tokens.stream().anyMatch(t -> HANDOVER_VERBS.contains(t.norm()))) {
            Gazetteer.Actor first = null;
            for (Gazetteer.Mention m : mentions) {
                if (m.actor() != null && afterTo(tokens, m)) {
                    if (m.start() >= figureEnd) {
                        return m.actor();
                    }
                    first = first != null ? first : m.actor();
                }
            }
            if (first != null) {
                return first;
            }
        }
        Gazetteer.Actor subject = receivingSubject(tokens, mentions, figureEnd);
        return subject != null ? subject : besidesTheGiver(tokens, mentions, figureEnd);
    }

    /**
     * The one other side a sentence names when a side right before a handover verb ahead of the figure gives the
     * dead back: "Ukraine says Russia returned 1,000 bodies"; else null.
     */
    private static Gazetteer.Actor besidesTheGiver(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                   int figureEnd) {
        Gazetteer.Actor giver = mentions.stream()
                .filter(m -> m.actor() != null && m.end() < Math.min(figureEnd, tokens.size())
                        && HANDOVER_VERBS.contains(tokens.get(m.end()).norm()))
                .map(Gazetteer.Mention::actor).findFirst().orElse(null);
        if (giver == null) {
            return null;
        }
        List<Gazetteer.Actor> others = mentions.stream().map(Gazetteer.Mention::actor)
                .filter(a -> a != null && !a.id().equals(giver.id())).distinct().toList();
        return others.size() == 1 ? others.get(0) : null;
    }

    /**
     * The side named last before the nearest receiving verb ahead of the figure, not as where the dead come from:
     * "with Ukraine receiving the bodies of 757 soldiers and Russia obtaining 45 remains"; else null.
     */
    private static Gazetteer.Actor receivingSubject(List<Token> tokens, List<Gazetteer.Mention> mentions,
                                                    int figureEnd) {
        int verb = Math.min(figureEnd, tokens.size()) - 1;
        while (verb >= 0 && !RECEIVING.contains(tokens.get(verb).norm())) {
            verb--;
        }
        Gazetteer.Actor subject = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.actor() != null && m.end() <= verb && after(tokens, m, "from") < 0) {
                subject = m.actor();
            }
        }
        return subject;
    }

    /**
     * The side whose dead a figure counts by their remains ("909 Ukrainian bodies", "757 bodies … to Ukraine"):
     * the demonym before "bodies", else the side they are handed back to; null when the figure counts no
     * remains or names neither.
     */
    static Gazetteer.Actor remainsSide(List<Token> tokens, List<Gazetteer.Mention> mentions, int figureEnd) {
        Gazetteer.Mention demonym = mentions.stream()
                .filter(m -> m.start() == figureEnd && m.actor() != null
                        && m.actor().kind() == Gazetteer.ActorKind.DEMONYM)
                .findFirst().orElse(null);
        int head = demonym != null ? demonym.end() : figureEnd;
        if (head >= tokens.size() || !REMAINS.contains(tokens.get(head).norm())) {
            return null;
        }
        return demonym != null ? demonym.actor() : receiver(tokens, mentions, head + 1);
    }

    /** Whether the mention follows "to" or "to the" ("to Ukraine", "to the Ukrainian side"), not "according to". */
    private static boolean afterTo(List<Token> tokens, Gazetteer.Mention m) {
        int to = after(tokens, m, "to");
        return to >= 0 && (to == 0 || !tokens.get(to - 1).norm().equals("according"));
    }

    /**
     * Where the word stands when the mention follows it, straight or past "the" ("against Ukraine", "against the
     * Ukrainian army"); else -1.
     */
    static int after(List<Token> tokens, Gazetteer.Mention m, String word) {
        int k = m.start() > 0 && tokens.get(m.start() - 1).norm().equals("the") ? m.start() - 1 : m.start();
        return k > 0 && tokens.get(k - 1).norm().equals(word) ? k - 1 : -1;
    }

    /**
     * The sides the sentence names as fought: "fighting against Ukraine", "fought on the front in Ukraine against
     * Russian troops". Fighters are not the side they fight.
     */
    static Set<String> foughtSides(List<Token> tokens, List<Gazetteer.Mention> mentions) {
        Set<String> fought = new HashSet<>();
        for (Gazetteer.Mention m : mentions) {
            int against = after(tokens, m, "against");
            if (m.actor() != null && against >= 0 && fightingBefore(tokens, against)) {
                fought.add(m.actor().id());
            }
        }
        return fought;
    }

    /**
     * The side a sentence names as the subject of the active verb that kills or wounds the figure's troops, right
     * before the figure: Russia in "Russian forces have killed 5,962 of those volunteer fighters" and "Ukraine says
     * it killed 100 soldiers". Those it kills are not its own; null when no side stands there, or the side is the
     * object of a preposition ("an attack in Benin kills three soldiers").
     *
     * @param cue         the status cue governing the figure, or null
     * @param figureStart first token of the figure (with its qualifier)
     */
    static Gazetteer.Actor killer(List<Token> tokens, List<Gazetteer.Mention> mentions, StatusLexicon.Cue cue,
                                  int figureStart) {
        if (cue == null || cue.end() != figureStart
                || cue.status() != Status.KILLED && cue.status() != Status.WOUNDED) {
            return null;
        }
        Gazetteer.Mention subject = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.actor() != null && m.end() <= cue.start() && (subject == null || m.end() > subject.end())) {
                subject = m;
            }
        }
        if (subject == null || cue.start() - subject.end() > MAX_KILLER_GAP) {
            return null;
        }
        for (int k = subject.end(); k < cue.start(); k++) {
            if (!KILLER_SKIPS.contains(tokens.get(k).norm())) {
                return null;
            }
        }
        for (int k = subject.start() - 1; k >= Math.max(0, subject.start() - PREPOSITION_REACH); k--) {
            String word = tokens.get(k).norm();
            if (RoleFinder.PREPOSITIONS.containsKey(word)) {
                // a preposition's object is no subject: "a strike on a training site in northeastern Ukraine has
                // killed six soldiers"
                return null;
            }
            if (!word.isEmpty() && !Character.isLetter(word.charAt(0))) {
                break; // the clause starts here: "Overall, Russian forces have killed" (the dot of "U.S." has no norm)
            }
        }
        return subject.actor();
    }

    /** Whether a fighting verb stands at most {@link #MAX_FIGHTING_GAP} words before {@code against}. */
    private static boolean fightingBefore(List<Token> tokens, int against) {
        for (int k = against - 1; k >= Math.max(0, against - MAX_FIGHTING_GAP); k--) {
            if (FIGHTING.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names an organisation that may field a multinational force: the UN, NATO, KFOR. */
    static boolean namesOrganisation(List<Gazetteer.Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.actor() != null && m.actor().organisation());
    }

    /** A troop phrase that names the forces of the government where they stand: "junta troops". */
    static boolean governmentForces(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (GOVERNMENT.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** A country named before a colon that opens the sentence: the headline's topic, not the killer. */
    static Gazetteer.Actor headlineTopic(List<Token> tokens, List<Gazetteer.Mention> mentions, int before) {
        for (int k = 0; k < before; k++) {
            if (tokens.get(k).norm().equals(":")) {
                int colon = k;
                return mentions.stream().filter(m -> m.end() <= colon && m.actor() != null
                        && m.actor().kind() == Gazetteer.ActorKind.COUNTRY).map(Gazetteer.Mention::actor)
                        .reduce((a, b) -> b).orElse(null);
            }
        }
        return null;
    }

    /**
     * Whether a police story ({@link Article#policeStory()}) counts police by a head that may name either: "two
     * gunners", "four personnel", "all three officers". A military word in the phrase keeps them troops ("three
     * military personnel").
     */
    static boolean policeOfficers(Article article, String unitText) {
        List<String> words = java.util.Arrays.asList(unitText.toLowerCase(Locale.ROOT).split(" "));
        return article.policeStory() && POLICE_OR_TROOPS.contains(words.get(words.size() - 1))
                && words.stream().noneMatch(ArticleSides.MILITARY::contains);
    }
}
