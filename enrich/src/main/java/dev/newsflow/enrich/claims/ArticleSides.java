package dev.newsflow.enrich.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a whole article says about the sides in it, read once before its figures: the side it names most, the
 * country it is set in, the side its fighters serve, the states that send troops themselves, and whether it is a
 * police story. One sentence rarely says whose troops it counts; the article around it often does.
 */
final class ArticleSides {

    /** Words between a side and its recruiting verb: "the RSF have been accused of recruiting". */
    private static final Set<String> RECRUITER_SKIPS = LexiconFile.wordClass("extractor.recruiter-skips");
    /** Most such words, with the side's initials in brackets. */
    private static final int RECRUITER_GAP = 8;
    /** Most words from a sending verb to the troops it sends: "has sent more than 10,000 combat troops". */
    private static final int SENT_REACH = 8;
    /** Where a sending verb's clause ends before its troops are named. */
    private static final Set<String> SENT_ENDS = Set.of(".", ";", ":");
    /** Verbs of a side that takes fighters on: "recruiting", "hired". */
    private static final Set<String> RECRUITING = LexiconFile.wordClass("extractor.recruiting");
    /** Words between a state and the verb that sends its troops: "North Korea has reportedly sent". */
    private static final Set<String> SENDER_SKIPS = LexiconFile.wordClass("extractor.sender-skips");
    /** Most such words. */
    private static final int SENDER_GAP = 3;
    /** Words of police: a headline that names them and no troops makes a police story. */
    private static final Set<String> POLICE = LexiconFile.wordClass("extractor.police");
    /** Words of troops and armed forces, which keep a story or a phrase military. */
    static final Set<String> MILITARY = LexiconFile.wordClass("extractor.military");
    /** Forces many states have under one name, lower case: "national guard". */
    private static final Set<String> HOME_FORCES = Set.copyOf(LexiconFile.words("home-forces.txt"));

    private final Gazetteer gazetteer;
    private final UnitPhrase.Grammar units;
    private final StatusLexicon statuses;

    ArticleSides(Gazetteer gazetteer, UnitPhrase.Grammar units, StatusLexicon statuses) {
        this.gazetteer = gazetteer;
        this.units = units;
        this.statuses = statuses;
    }

    /** How often the article names each side, by id. */
    static Map<String, Integer> actorCounts(List<List<Gazetteer.Mention>> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        mentions.forEach(ms -> ms.stream().filter(m -> m.actor() != null)
                .forEach(m -> counts.merge(m.actor().id(), 1, Integer::sum)));
        return counts;
    }

    /** The side an article names more often than any other, or null when it names none or two tie. */
    static Gazetteer.Actor mostNamed(List<List<Gazetteer.Mention>> mentions, Map<String, Integer> actorCounts) {
        String id = countedMost(actorCounts);
        return id == null ? null : mentions.stream().flatMap(List::stream)
                .filter(m -> m.actor() != null && m.actor().id().equals(id))
                .map(Gazetteer.Mention::actor).findFirst().orElse(null);
    }

    /** The id counted more often than any other, or null when none is counted or two tie. */
    private static String countedMost(Map<String, Integer> counts) {
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        List<String> top = counts.entrySet().stream().filter(e -> e.getValue() == most)
                .map(Map.Entry::getKey).toList();
        return most > 0 && top.size() == 1 ? top.get(0) : null;
    }

    /**
     * The country an article is set in: the one it names most often, by name or by its towns and provinces, at
     * least twice (the first named of several named equally often); else null.
     */
    Gazetteer.Actor homeCountry(List<List<Gazetteer.Mention>> mentions) {
        // by id: "Myanmar", "Burmese" and "the Myanmar capital" are one country named three ways
        List<Gazetteer.Actor> countries = mentions.stream().flatMap(List::stream)
                .filter(m -> m.namesakes().isEmpty()) // "PLA" does not make a story Chinese before it is known
                .map(m -> m.actor() != null && !m.actor().organisation() ? m.actor() : gazetteer.countryOf(m.place()))
                .filter(java.util.Objects::nonNull).toList();
        // of several named equally often, the first: an article names its own country before the others it reports
        // on ("time is running out for Britain … Russia's occupation of Ukraine … propping up Russia")
        return mostOften(countries, 2, true);
    }

    /**
     * The side listed most often and at least {@code atLeast} times; of several listed equally often, the one listed
     * first when {@code firstOfTied}, else null.
     */
    private static Gazetteer.Actor mostOften(List<Gazetteer.Actor> sides, int atLeast, boolean firstOfTied) {
        Map<String, Integer> counts = new HashMap<>();
        sides.forEach(side -> counts.merge(side.id(), 1, Integer::sum));
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        boolean tied = counts.values().stream().filter(c -> c == most).count() > 1;
        if (most < atLeast || tied && !firstOfTied) {
            return null;
        }
        return sides.stream().filter(side -> counts.get(side.id()) == most).findFirst().orElse(null);
    }

    /**
     * The mentions, with each name that several sides share given to the one at home in the country the article is
     * set in: "Maoists" and "PLA" in a report from Nepal are Nepal's Maoists.
     *
     * @param home the country the article is set in ({@link #homeCountry}), or null
     */
    List<List<Gazetteer.Mention>> namesakesAt(List<List<Gazetteer.Mention>> mentions, Gazetteer.Actor home) {
        return mentions.stream().map(ms -> ms.stream().map(m -> m.namesakes().isEmpty() ? m
                : new Gazetteer.Mention(m.start(), m.end(), gazetteer.namesakeAt(m, home), m.place(), m.namesakes()))
                .toList()).toList();
    }

    /**
     * The side a claim serves, with one that a troop phrase read from a shared name ("PLA soldiers": China's)
     * given to the namesake the sentence's mentions were given ({@link #namesakesAt}), unless the sentence also
     * names that side another way ("China").
     */
    static Gazetteer.Actor namesakeIn(Gazetteer.Actor actor, List<Gazetteer.Mention> mentions) {
        if (actor == null) {
            return null;
        }
        Gazetteer.Actor namesake = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.actor() != null && m.actor().id().equals(actor.id())) {
                return actor;
            }
            if (m.actor() != null && !m.namesakes().isEmpty() && m.namesakes().get(0).id().equals(actor.id())) {
                namesake = m.actor();
            }
        }
        return namesake != null ? namesake : actor;
    }

    /**
     * The mentions, with each force many states have under one name (home-forces.txt) given to the one state the
     * article names as its owner ("Mexico's National Guard … Six thousand National Guard troops"); failing that, to
     * the country the article is set in when that is another state and the article names the force's own state no
     * other way: "two National Guard officers" ambushed in Jalisco are Mexico's.
     *
     * @param home the country the article is set in ({@link #homeCountry}), or null
     */
    static List<List<Gazetteer.Mention>> localForces(List<Sentence> sentences, List<List<Gazetteer.Mention>> mentions,
                                                     Gazetteer.Actor home) {
        Gazetteer.Actor owner = homeForceOwner(sentences, mentions);
        if (owner != null) {
            return givenTo(sentences, mentions, owner, Set.of());
        }
        if (home == null) {
            return mentions;
        }
        Set<String> namedOtherwise = new HashSet<>();
        for (int si = 0; si < sentences.size(); si++) {
            for (Gazetteer.Mention m : mentions.get(si)) {
                if (m.actor() != null && !homeForce(sentences.get(si).tokens(), m)) {
                    namedOtherwise.add(m.actor().id());
                }
            }
        }
        return givenTo(sentences, mentions, home, namedOtherwise);
    }

    /**
     * The one state the article names as the owner of a force many states have under one name, right before it:
     * "Mexico's National Guard", "the Mexican National Guard"; null if none, or if two states are named so.
     */
    private static Gazetteer.Actor homeForceOwner(List<Sentence> sentences, List<List<Gazetteer.Mention>> mentions) {
        Gazetteer.Actor owner = null;
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> tokens = sentences.get(si).tokens();
            List<Gazetteer.Mention> ms = mentions.get(si);
            for (int k = 1; k < ms.size(); k++) {
                Gazetteer.Mention force = ms.get(k);
                Gazetteer.Mention before = ms.get(k - 1);
                boolean possessive = before.end() + 1 == force.start() && tokens.get(before.end()).norm().equals("'s");
                if (!homeForce(tokens, force) || before.actor() == null || before.actor().organisation()
                        || before.actor().id().equals(force.actor().id())
                        || before.end() != force.start() && !possessive) {
                    continue;
                }
                if (owner != null && !owner.id().equals(before.actor().id())) {
                    return null; // "Ukraine's National Guard … Russia's National Guard": no one owner
                }
                owner = before.actor();
            }
        }
        return owner;
    }

    /**
     * The mentions, with every force many states share given to {@code state}, except one linked to a state in
     * {@code kept}.
     */
    private static List<List<Gazetteer.Mention>> givenTo(List<Sentence> sentences,
                                                        List<List<Gazetteer.Mention>> mentions,
                                                        Gazetteer.Actor state, Set<String> kept) {
        Gazetteer.Actor force = new Gazetteer.Actor(state.id(), state.name(), Gazetteer.ActorKind.FORCE);
        List<List<Gazetteer.Mention>> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> tokens = sentences.get(si).tokens();
            out.add(mentions.get(si).stream().map(m -> homeForce(tokens, m) && !m.actor().id().equals(state.id())
                    && !kept.contains(m.actor().id())
                    ? new Gazetteer.Mention(m.start(), m.end(), force, m.place()) : m).toList());
        }
        return out;
    }

    /** Whether the mention names a force many states have under one name. */
    private static boolean homeForce(List<Token> tokens, Gazetteer.Mention m) {
        return m.actor() != null
                && HOME_FORCES.contains(Tokenizer.join(tokens, m.start(), m.end()).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The side an article says its fighters serve, most often and more often than any other ("hired to fight for
     * the RSF", "recruited by the Russian army", "the RSF have been accused of recruiting"); else null. Fighters
     * it names only by their nationality elsewhere ("300 Colombian mercenaries") serve that side.
     */
    Gazetteer.Actor servedSide(List<Sentence> sentences, List<List<Gazetteer.Mention>> mentions) {
        List<Gazetteer.Actor> sides = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            sides.addAll(units.sidesServed(sentences.get(si).tokens()));
            sides.addAll(recruiters(sentences.get(si).tokens(), mentions.get(si)));
        }
        return mostOften(sides, 1, false);
    }

    /**
     * The sides a sentence says recruit or hire fighters themselves: "the Rapid Support Forces (RSF) have been
     * accused of recruiting foreign mercenaries", "Russia has hired".
     */
    private static List<Gazetteer.Actor> recruiters(List<Token> tokens, List<Gazetteer.Mention> mentions) {
        List<Gazetteer.Actor> found = new ArrayList<>();
        for (Gazetteer.Mention m : mentions) {
            if (m.actor() == null || m.actor().demonym()) {
                continue;
            }
            int k = m.end();
            if (k + 2 < tokens.size() && tokens.get(k).norm().equals("(") && tokens.get(k + 2).norm().equals(")")) {
                k += 3; // the side's initials: "the Rapid Support Forces (RSF)"
            }
            k = skipWords(tokens, k, m.end() + RECRUITER_GAP, t -> RECRUITER_SKIPS.contains(t.norm()));
            if (k < tokens.size() && RECRUITING.contains(tokens.get(k).norm())) {
                found.add(m.actor());
            }
        }
        return found;
    }

    /** The first token from {@code k} on, before {@code limit}, that {@code skip} does not pass over. */
    private static int skipWords(List<Token> tokens, int k, int limit, Predicate<Token> skip) {
        while (k < Math.min(tokens.size(), limit) && skip.test(tokens.get(k))) {
            k++;
        }
        return k;
    }

    /**
     * The states an article says send or offer troops themselves ("North Korea has sent more than 10,000 troops",
     * "North Korea has apparently offered military support"): their soldiers stay theirs, whichever side they
     * fight for.
     */
    Set<String> senders(List<Sentence> sentences, List<List<Gazetteer.Mention>> mentions) {
        Set<String> senders = new HashSet<>();
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> tokens = sentences.get(si).tokens();
            for (Gazetteer.Mention m : mentions.get(si)) {
                if (m.actor() == null || m.actor().organisation() || m.actor().demonym()) {
                    continue;
                }
                int k = skipWords(tokens, m.end(), m.end() + SENDER_GAP,
                        t -> SENDER_SKIPS.contains(t.norm()) || StatusLexicon.mannerAdverb(t));
                Status verb = k < tokens.size() ? statuses.statusAt(tokens, k) : null;
                if ((verb == Status.DEPLOYED || verb == Status.ARRIVED || verb == Status.OFFERED)
                        && sendsTroops(tokens, k + 1)) {
                    senders.add(m.actor().id());
                }
            }
        }
        return senders;
    }

    /**
     * Whether troops or a military word follow a sending verb in its clause ("has sent more than 10,000 troops",
     * "offered military support"): not "Nepal has already sent DNA samples".
     */
    private boolean sendsTroops(List<Token> tokens, int from) {
        for (int j = from; j < Math.min(tokens.size(), from + SENT_REACH); j++) {
            if (SENT_ENDS.contains(tokens.get(j).norm())) {
                return false;
            }
            UnitPhrase u = units.match(tokens, j);
            if (u != null && !u.ambiguous() || MILITARY.contains(tokens.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article is a police story: its first sentence, the headline or lede, speaks of police and of no
     * troops ("Six policemen martyred as terrorists attack police van in Kohat").
     */
    static boolean policeStory(List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return false;
        }
        List<Token> tokens = sentences.get(0).tokens();
        return tokens.stream().anyMatch(t -> POLICE.contains(t.norm()))
                && tokens.stream().noneMatch(t -> MILITARY.contains(t.norm()));
    }
}
