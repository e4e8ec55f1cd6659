package dev.newsflow.enrich.claims;

import java.util.List;
import java.util.Set;

/**
 * The noun phrase after a figure that makes it a troop count: "12,000 soldiers",
 * "100,000 “volunteer” soldiers", "10,000 North Korean soldiers", "thousands of construction workers",
 * "100,000 North Koreans", "5,000 troops from North Korea".
 *
 * <p>A strength compound counts the people of a formation: "a 13,500-strong mission", "a 4,500-member
 * brigade" (formation nouns are the heads marked {@code formation} in units.txt, valid only there).
 *
 * <p>Grammar: {@code [of [det]] (quote | demonym | country | force | modifier | (ABBR)){0,4} head [quote] [from ACTOR]} where heads
 * come from units.txt (or a demonym plural), modifiers from unit-modifiers.txt, and demonyms from the
 * gazetteer. A figure followed by anything else ("six nuclear tests", "two years", "1,850 euros") is
 * not a troop count. A demonym inside the phrase names the actor.
 *
 * @param unit        the head as written
 * @param actor       the actor named inside the phrase (demonym, demonym plural, "from X", or the side served), or null
 * @param demonymHead true when the head itself is a demonym plural ("North Koreans"), which counts
 *                    troops only when a troop verb governs it
 * @param counts      whom the head counts: troops, also civilians ("men", "workers": a claim needs an actor), or
 *                    anyone ("people", "foreign nationals": troops only when recruited or mobilised, with an actor)
 * @param end         token index after the phrase
 * @param actorSource where the actor was read ({@link Source})
 */
public record UnitPhrase(String unit, Gazetteer.Actor actor, boolean demonymHead, Counts counts, int end,
                         Source actorSource) {

    /** This phrase, naming {@code side} as its actor. */
    public UnitPhrase withActor(Gazetteer.Actor side) {
        return side == actor ? this : new UnitPhrase(unit, side, demonymHead, counts, end, actorSource);
    }

    /** Where a phrase's actor was read. */
    public enum Source {
        /** In the phrase: a demonym, a force, a group's name ("10,000 North Korean soldiers"), or none. */
        PHRASE,
        /** "from X" after the head: where the troops come from; after a withdrawal, where they leave. */
        ORIGIN,
        /** The side they fight or serve for, after the head: "155 Chinese citizens who are fighting for Russia". */
        SERVED,
        /**
         * More than one side, so no one actor: "14,000 US and Philippine troops", "16,000 troops from 14 nations"
         * (docs/ANNOTATING.md: a multinational total has none).
         */
        JOINT,
        /** The side "its" refers to, its clause's subject: "Armenia said the number of its soldiers … rose to three". */
        POSSESSOR
    }

    /** The actor came from "from X" after the head. */
    public boolean actorFromOrigin() {
        return actorSource == Source.ORIGIN;
    }

    /** Whom a head counts (units.txt's second column). */
    public enum Counts {
        /** "soldiers", "troops". */
        TROOPS,
        /** "men", "workers", "officers": civilians too, so a claim needs an actor. */
        ALSO_CIVILIANS,
        /** "people", "foreign nationals": anyone, so troops only when a force recruits or mobilises them. */
        RECRUITS
    }

    /** The head also counts civilians, so a claim needs an actor. */
    public boolean ambiguous() {
        return counts != Counts.TROOPS;
    }

    private static final int MAX_MODIFIERS = 4;
    /** Function words that may follow a complete noun phrase. */
    private static final java.util.Set<String> AFTER_NOUN_PHRASE = LexiconFile.wordClass("units.after-noun-phrase");
    /** Words between "of (the)" and the whole's figure of a partitive: "of about 12,000", "of a promised 2,500". */
    private static final java.util.Set<String> PARTITIVE_QUALIFIERS = LexiconFile.wordClass("units.partitive-qualifiers");
    /** Most words between "the number of" and its figure. */
    private static final int MAX_NUMBER_OF_DISTANCE = 24;
    /** "troop level(s)", "troop numbers", "troop strength": the size of a deployment. */
    private static final java.util.Set<String> TROOP_LEVEL = LexiconFile.wordClass("units.troop-level");
    /** Most words between a troop noun and a figure after it. */
    private static final int MAX_LINK_WORDS = 5;
    /** Words that may link a troop noun to a later figure: "troops from about 12,000 to", "toll stands at". */
    private static final java.util.Set<String> LINK_WORDS = LexiconFile.wordClass("units.link-words");
    /** Link words that give a formation's size: "the force numbers 6,000", "UN peacekeeping force reaches 10,500". */
    private static final java.util.Set<String> SIZE_VERBS = LexiconFile.wordClass("units.size-verbs");
    /** What may follow a bare figure: the end of its phrase. */
    private static final java.util.Set<String> BARE_FIGURE_ENDS = LexiconFile.wordClass("units.bare-figure-ends");
    /** The second half of a strength compound: "13,500-strong", "4,500-member", "3,000-man", "5,000-troop". */
    private static final java.util.Set<String> STRENGTH = LexiconFile.wordClass("units.strength");

    /** Nouns that name many states: "troops from 14 nations", "from 12 member states". */
    private static final java.util.Set<String> MANY_STATES = LexiconFile.wordClass("units.many-states");
    /** What "of X …" says of a soldier's birth, not his side: "710 soldiers of Ukrainian origin". */
    private static final java.util.Set<String> BIRTH = LexiconFile.wordClass("units.birth");
    /** Words between a head and the verb of serving: "citizens who are fighting for Russia". */
    private static final java.util.Set<String> SERVING_SKIPS = LexiconFile.wordClass("units.serving-skips");
    /** Verbs that name the side troops serve: "fighting for Russia". */
    private static final java.util.Set<String> SERVING_VERBS = LexiconFile.wordClass("units.serving-verbs");
    /** Words from such a verb to the side: "for", "alongside", "in the ranks of". */
    private static final java.util.Set<String> SERVING_LINKS = LexiconFile.wordClass("units.serving-links");
    /** Bodies whose missions field national contingents: "Bangladeshi peacekeepers serving with the UN". */
    private static final java.util.Set<String> MISSION_BODIES = LexiconFile.wordClass("units.mission-bodies");
    /** Possessives whose side is the clause's subject: "the number of its soldiers". */
    private static final java.util.Set<String> POSSESSIVES = LexiconFile.wordClass("units.possessives");
    /** Nouns of a head count whose troops follow "of": "the number of …", "the total complement of …". */
    private static final java.util.Set<String> NUMBER_NOUNS = LexiconFile.wordClass("units.number-nouns");
    /** Serving verbs of fighting, whose "with" may name the enemy: "fighting with M23". */
    private static final java.util.Set<String> FIGHTING_VERBS = LexiconFile.wordClass("units.fighting-verbs");
    /** Verbs whose object is the side joined: "who joined the Russian army". */
    private static final java.util.Set<String> JOINING_VERBS = LexiconFile.wordClass("units.joining-verbs");
    /** Forces named after "serving in": "serving in the Russian Army", not "fighting in Ukraine". */
    private static final java.util.Set<String> SERVED_FORCES = LexiconFile.wordClass("units.served-forces");

    /** Actor mentions that may stand before the head and name the actor: "North Korean", "US", "Wagner". */
    private static final java.util.Set<Gazetteer.ActorKind> NAMES_IN_A_UNIT = java.util.EnumSet.of(
            Gazetteer.ActorKind.DEMONYM, Gazetteer.ActorKind.COUNTRY, Gazetteer.ActorKind.ALIAS,
            Gazetteer.ActorKind.FORCE);

    /** Reads the unit phrases; one instance is shared by all extractions. */
    public static final class Grammar {
        private final PhraseMatcher<Counts> heads = new PhraseMatcher<>();
        /** Heads of anyone ("people"), read only by {@link #recruited}: troops only when recruited. */
        private final PhraseMatcher<Counts> recruits = new PhraseMatcher<>();
        private final PhraseMatcher<Counts> formations = new PhraseMatcher<>();
        /** Heads for a count of one only: "one Saudi army officer", not "80 fighter jets". */
        private final PhraseMatcher<Counts> singulars = new PhraseMatcher<>();
        private final PhraseMatcher<Boolean> modifiers = PhraseMatcher.ofWords("unit-modifiers.txt");
        private final Gazetteer gazetteer;

        public Grammar(Gazetteer gazetteer) {
            this.gazetteer = gazetteer;
            for (String[] r : LexiconFile.rows("units.txt")) {
                String mark = r.length > 1 ? r[1].strip() : "";
                Counts counts = mark.equals("ambiguous") ? Counts.ALSO_CIVILIANS : Counts.TROOPS;
                if (r.length > 2 && r[2].strip().equals("singular")) {
                    singulars.add(r[0], counts);
                } else if (mark.equals("formation")) {
                    formations.add(r[0], Counts.TROOPS); // a brigade is military whoever fields it
                } else if (mark.equals("recruits")) {
                    recruits.add(r[0], Counts.RECRUITS);
                } else {
                    heads.add(r[0], counts);
                }
            }
        }

        /** The unit phrase starting at token {@code i} (just after the figure), or null. */
        public UnitPhrase match(List<Token> tokens, int i) {
            return match(tokens, i, -1);
        }

        /** As {@link #match(List, int)} for a figure of {@code count}, which lets a singular head count one. */
        public UnitPhrase match(List<Token> tokens, int i, long count) {
            int j = i;
            if (j + 1 < tokens.size() && tokens.get(j).norm().equals("out") && tokens.get(j + 1).norm().equals("of")) {
                j++; // "936 out of a promised 2,500 security personnel": as "of"
            }
            if (j < tokens.size() && tokens.get(j).norm().equals("of")) {
                j++;
                int k = j < tokens.size() && Set.of("the", "a").contains(tokens.get(j).norm()) ? j + 1 : j;
                if (k < tokens.size() && PARTITIVE_QUALIFIERS.contains(tokens.get(k).norm())) {
                    k++;
                }
                if (k + 1 < tokens.size() && tokens.get(k).isDigits()) {
                    j = k + 1; // "6,000 of the (approximately) 13,000 UN peacekeepers": the whole's unit
                }
            }
            Gazetteer.Actor actor = null;
            boolean joint = false; // two sides share the head: "Filipino and American soldiers"
            boolean coordinated = false; // a second figure with its own side stands between the side and the head
            int words = 0;
            boolean strength = strengthCompound(tokens, j);
            if (strength) {
                j += 2; // "13,500-strong"
            }
            while (j < tokens.size() && words <= MAX_MODIFIERS) {
                Token t = tokens.get(j);
                PhraseMatcher.Match<Counts> head = heads.matchAt(tokens, j);
                if (head == null && count == 1) {
                    head = singulars.matchAt(tokens, j);
                }
                if (head == null && strength) {
                    head = formations.matchAt(tokens, j); // "mission", "brigade": only after "-strong"
                }
                if (head != null) {
                    Gazetteer.Mention named = gazetteer.at(tokens, head.start());
                    if (actor == null && named != null && named.end() == head.end() && named.actor() != null) {
                        actor = named.actor(); // "hundreds of Houthis": a group whose members are its fighters
                    }
                    return finish(tokens, Tokenizer.join(tokens, head.start(), head.end()), actor, false, head.value(),
                            head.end(), joint);
                }
                Gazetteer.Mention g = gazetteer.at(tokens, j);
                PhraseMatcher.Match<Counts> named = strength && g != null && g.actor() != null
                        && g.actor().kind() == Gazetteer.ActorKind.FORCE ? formations.matchAt(tokens, g.end() - 1) : null;
                if (named != null && named.end() == g.end()) {
                    // "the 130,000-strong Indian Army": a force's name ending in a formation is the phrase's head
                    return finish(tokens, Tokenizer.join(tokens, named.start(), named.end()), g.actor(), false,
                            named.value(), g.end(), joint);
                }
                if (g != null && g.actor() != null && g.actor().kind() == Gazetteer.ActorKind.DEMONYM_PL) {
                    return finish(tokens, Tokenizer.join(tokens, g.start(), g.end()), g.actor(), true, Counts.TROOPS, g.end(),
                            false);
                }
                if (g != null && g.actor() != null && NAMES_IN_A_UNIT.contains(g.actor().kind())
                        && g.end() < tokens.size() && tokens.get(g.end()).text().equals("-") && tokens.get(g.end()).joined()) {
                    j = g.end(); // "nine Turkish-backed fighters", "US-led coalition troops": not the side's own
                    words++;
                } else if (g != null && g.actor() != null && NAMES_IN_A_UNIT.contains(g.actor().kind())) {
                    // "two Chinese UN peacekeepers", "Kenyan AMISOM troops": a national contingent of a mission;
                    // "Mexican National Guard troops": a force another state also has by that name is the first's
                    boolean contingent = actor != null && !actor.organisation()
                            && (g.actor().organisation() || g.actor().kind() == Gazetteer.ActorKind.FORCE);
                    actor = contingent || coordinated ? actor : g.actor();
                    j = g.end();
                    words++;
                    if (words == 1 && g.actor().kind() == Gazetteer.ActorKind.DEMONYM && sideServed(tokens, j) != null) {
                        // "155 Chinese fighting for Russia": a demonym that is its own plural, serving a side
                        return finish(tokens, Tokenizer.join(tokens, g.start(), g.end()), g.actor(), true, Counts.TROOPS,
                                j, false);
                    }
                    int next = nextFigure(tokens, j);
                    if (next > j && !coordinated && g.actor().kind() == Gazetteer.ActorKind.DEMONYM) {
                        // "550 German and 150 Austrian soldiers": the head is shared, each figure names its side
                        j = next;
                        coordinated = true;
                    }
                    int listEnd = otherSides(tokens, j, !endsInHead(tokens, g));
                    if (listEnd > j) {
                        // "8,000 Filipino and American soldiers", "14,000 Filipino, U.S., Australian, and Japanese
                        // service members": more than one side, no one actor
                        joint = actor != null && otherSide(tokens, j, listEnd, actor);
                        actor = joint ? null : actor;
                        j = listEnd;
                    }
                    if (endsInHead(tokens, g) && !continues(tokens, j) && endsNounPhrase(tokens, j)) {
                        // "1,500 Royal Marines", "3,000 Rapid Support Forces": the force names the troops
                        return finish(tokens, Tokenizer.join(tokens, g.start(), g.end()), actor, false, Counts.TROOPS, j,
                                joint);
                    }
                } else if (words > 0 && abbreviation(tokens, j)) {
                    j += 3; // "Five New People's Army (NPA) rebels"
                } else if (t.isQuote() || t.text().equals("-") && t.joined()) {
                    j++; // "“volunteer” soldiers", "Iranian-backed fighters"
                } else if (modifiers.matchAt(tokens, j) != null) {
                    j = modifiers.matchAt(tokens, j).end();
                    words++;
                } else if (j > 0 && t.isWord() && tokens.get(j - 1).text().equals("-") && tokens.get(j - 1).joined()) {
                    j++; // the second half of a compound: "61,000 combat-ready troops", "500 battle-hardened soldiers"
                    words++;
                } else if (compoundStart(tokens, j)) {
                    j++; // the first half of one: "500 battle-hardened soldiers", "several hundred red-bereted commandos"
                    words++;
                } else if (t.isCapitalised() && t.isWord() && !t.text().contains("-")) {
                    // a name the gazetteer does not know: "180 KDF soldiers", "3,000 M23 fighters", "two Peshmerga
                    // fighters", "4,000 California National Guard troops"; the head must still follow
                    j++;
                    words++;
                } else if (ordinal(tokens, j)) {
                    j += 2; // "the 3,000-strong 1st Brigade"
                    words++;
                } else {
                    return null;
                }
            }
            return null;
        }

        /**
         * The end of a list of further sides after a side's name at {@code j}: "and American", "or Russian", and
         * with {@code commas} also ", U.S., Australian, and Japanese"; {@code j} when none follows.
         */
        private int otherSides(List<Token> tokens, int j, boolean commas) {
            int end = j;
            while (true) {
                int k = commas && end < tokens.size() && tokens.get(end).norm().equals(",") ? end + 1 : end;
                k = k < tokens.size() && Set.of("and", "or").contains(tokens.get(k).norm()) ? k + 1 : k;
                Gazetteer.Mention other = k > end && k < tokens.size() ? gazetteer.at(tokens, k) : null;
                if (other == null || other.actor() == null || !NAMES_IN_A_UNIT.contains(other.actor().kind())) {
                    return end;
                }
                end = other.end();
            }
        }

        /** Whether the list of sides in [from, to) names one other than {@code actor}. */
        private boolean otherSide(List<Token> tokens, int from, int to, Gazetteer.Actor actor) {
            for (int k = from; k < to; k++) {
                Gazetteer.Mention m = gazetteer.at(tokens, k);
                if (m != null && m.actor() != null && !m.actor().id().equals(actor.id())) {
                    return true;
                }
            }
            return false;
        }

        /** "(NPA)", "(FC)": a name's abbreviation in parentheses, written after it. */
        private static boolean abbreviation(List<Token> tokens, int j) {
            return j + 2 < tokens.size() && tokens.get(j).norm().equals("(") && tokens.get(j + 1).isCapitalised()
                    && tokens.get(j + 2).norm().equals(")");
        }

        /**
         * The troop noun before a bare figure, when only linking words stand between: "reduce its troops from
         * about 12,000 to 8,600", "the Russian army's death toll stands at 180,000". The figure must end its
         * phrase ("troops from 31 countries" counts countries, not troops).
         *
         * @param start first token of the figure with its qualifier
         * @param end   token after the figure
         */
        public UnitPhrase before(List<Token> tokens, int start, int end) {
            if (end < tokens.size() && !BARE_FIGURE_ENDS.contains(tokens.get(end).norm())) {
                return null;
            }
            boolean sized = false; // passed "numbers", "reaches": a formation's size follows
            for (int k = start; k > 0 && start - k <= MAX_LINK_WORDS; k--) {
                PhraseMatcher.Match<Counts> head = heads.matchEndingAt(tokens, k);
                if (head == null && sized) {
                    head = formations.matchEndingAt(tokens, k); // "NATO's force in Kosovo currently numbers 6,000"
                }
                if (head != null && head.start() > 0 && tokens.get(head.start() - 1).norm().equals("civilian")) {
                    return null; // "the civilian death toll at 15"
                }
                if (head != null) {
                    Gazetteer.Mention g = head.start() > 0 ? gazetteer.at(tokens, head.start() - 1) : null;
                    Gazetteer.Actor actor = g != null && g.end() == head.start() && g.actor() != null
                            && NAMES_IN_A_UNIT.contains(g.actor().kind()) ? g.actor() : null;
                    return new UnitPhrase(Tokenizer.join(tokens, head.start(), head.end()), actor, false,
                            head.value(), end, Source.PHRASE);
                }
                Token t = tokens.get(k - 1);
                if (!t.isDigits() && !LINK_WORDS.contains(t.norm())) {
                    return null;
                }
                sized |= SIZE_VERBS.contains(t.norm()) || t.norm().equals("of") && k == start; // "a force of 300,000"
            }
            return null;
        }

        /**
         * The troops a bare figure counts when the clause opened with "the number of …" or a troop level:
         * "cut the number of American troops in Afghanistan to 2,500", "the total complement of Guatemalan soldiers
         * stationed in the city now stands at 150", "the number of Russian troops killed and
         * wounded is approaching 200,000", "the troop level would sit between 4,000 and 5,000".
         */
        public UnitPhrase numberOf(List<Token> tokens, int start, int end) {
            if (end + 3 < tokens.size() && tokens.get(end).norm().equals("the")
                    && tokens.get(end + 1).norm().equals("number") && tokens.get(end + 2).norm().equals("of")) {
                UnitPhrase unit = match(tokens, end + 2); // "bring to 217 the number of Israeli soldiers killed"
                return unit == null ? null : new UnitPhrase(unit.unit(), unit.actor(), unit.demonymHead(),
                        unit.counts(), unit.end(), unit.actorSource());
            }
            if (end < tokens.size() && !BARE_FIGURE_ENDS.contains(tokens.get(end).norm())) {
                return null;
            }
            for (int k = start - 1; k >= 1 && start - k <= MAX_NUMBER_OF_DISTANCE; k--) {
                String w = tokens.get(k).norm();
                if (w.equals(";")) {
                    return null;
                }
                if (w.equals("of") && NUMBER_NOUNS.contains(tokens.get(k - 1).norm())) {
                    UnitPhrase unit = match(tokens, k);
                    if (unit == null || unit.end() > start) {
                        return null;
                    }
                    Gazetteer.Actor possessor = unit.actor() == null && k + 1 < tokens.size()
                            && POSSESSIVES.contains(tokens.get(k + 1).norm()) ? subjectBefore(tokens, k - 1) : null;
                    return possessor != null
                            ? new UnitPhrase(unit.unit(), possessor, false, unit.counts(), end, Source.POSSESSOR)
                            : new UnitPhrase(unit.unit(), unit.actor(), unit.demonymHead(), unit.counts(), end,
                                    unit.actorSource());
                }
                if (TROOP_LEVEL.contains(w) && tokens.get(k - 1).norm().startsWith("troop")) {
                    return new UnitPhrase("troops", null, false, Counts.TROOPS, end, Source.PHRASE);
                }
            }
            return null;
        }

        /**
         * The subject "its" refers back to: the side named first in the clause a "that" opens before token
         * {@code before} ("Syrskyi has said that Russia was increasing the number of its armed forces"), else in the
         * sentence ("Israel deployed a fourth division …, expanding its front with Hezbollah and bringing the total
         * number of its soldiers in the country to more than 15,000").
         */
        private Gazetteer.Actor subjectBefore(List<Token> tokens, int before) {
            int that = -1;
            for (int k = 0; k < before; k++) {
                that = tokens.get(k).norm().equals("that") ? k : that;
            }
            Gazetteer.Actor inClause = firstSide(tokens, that + 1, before);
            return inClause != null ? inClause : firstSide(tokens, 0, before);
        }

        private Gazetteer.Actor firstSide(List<Token> tokens, int from, int before) {
            for (int k = from; k < before; k++) {
                Gazetteer.Mention g = gazetteer.at(tokens, k);
                if (g != null && g.actor() != null && g.end() <= before) {
                    return g.actor();
                }
            }
            return null;
        }

        /**
         * A head of anyone straight after a figure ("recruited 422,704 people", "mobilised 18,000 foreign nationals"),
         * which counts troops only when a force recruits or mobilises them: the caller checks the cue.
         */
        public UnitPhrase recruited(List<Token> tokens, int i) {
            int j = i;
            while (j < tokens.size() && recruits.matchAt(tokens, j) == null) {
                Gazetteer.Mention g = gazetteer.at(tokens, j);
                if (g != null && g.actor() != null && g.actor().kind() == Gazetteer.ActorKind.DEMONYM) {
                    j = g.end(); // "628 Tajik citizens" recruited by Russia: the passport, not the side
                } else if (modifiers.matchAt(tokens, j) != null) {
                    j = modifiers.matchAt(tokens, j).end(); // "3,000 young people", but "18,000 foreign nationals"
                } else {
                    break;
                }
            }
            PhraseMatcher.Match<Counts> head = recruits.matchAt(tokens, j);
            return head == null ? null
                    : finish(tokens, Tokenizer.join(tokens, head.start(), head.end()), null, false, Counts.RECRUITS, head.end(),
                            false);
        }

        /**
         * After "and" at {@code j}, a second figure in digits ("and 150", "and about 650"): the index after it, or
         * {@code j} when there is none.
         */
        private static int nextFigure(List<Token> tokens, int j) {
            if (j + 1 >= tokens.size() || !tokens.get(j).norm().equals("and")) {
                return j;
            }
            int k = PARTITIVE_QUALIFIERS.contains(tokens.get(j + 1).norm()) ? j + 2 : j + 1;
            return k < tokens.size() && tokens.get(k).isDigits() ? k + 1 : j;
        }

        /** "1st", "14th": a digit token joined to its suffix. */
        static boolean ordinal(List<Token> tokens, int j) {
            return j + 1 < tokens.size() && tokens.get(j).isDigits() && tokens.get(j + 1).joined()
                    && Set.of("st", "nd", "rd", "th").contains(tokens.get(j + 1).norm());
        }


        /** Whether tokens at {@code i} continue a figure into a strength compound: "-strong", "-member". */
        public boolean strengthCompound(List<Token> tokens, int i) {
            return i + 1 < tokens.size() && tokens.get(i).text().equals("-") && tokens.get(i).joined()
                    && STRENGTH.contains(tokens.get(i + 1).norm());
        }

        private boolean endsInHead(List<Token> tokens, Gazetteer.Mention g) {
            PhraseMatcher.Match<Counts> head = heads.matchAt(tokens, g.end() - 1);
            return head != null && head.end() == g.end();
        }

        /**
         * Whether token j can follow a complete noun phrase: punctuation, a function word or a verb, not another
         * noun ("seven Ukrainian Armed Forces permanent weapons storage sites" counts sites).
         */
        private static boolean endsNounPhrase(List<Token> tokens, int j) {
            return j >= tokens.size() || !tokens.get(j).isWord() || AFTER_NOUN_PHRASE.contains(tokens.get(j).norm())
                    || tokens.get(j).norm().endsWith("ed");
        }

        /**
         * Whether token j is a lower-case word that a hyphen joins to the next: "battle" of "battle-hardened", "ultra"
         * of "ultra-Orthodox". Not when a side is named after the hyphen ("anti-Houthi", "pro-Russian"): the
         * troops are for or against it, not its own.
         */
        private boolean compoundStart(List<Token> tokens, int j) {
            if (j + 2 >= tokens.size() || !tokens.get(j).isWord() || tokens.get(j).isCapitalised()
                    || !tokens.get(j + 1).text().equals("-") || !tokens.get(j + 1).joined()
                    || !tokens.get(j + 2).isWord() || !tokens.get(j + 2).joined()) {
                return false;
            }
            Gazetteer.Mention side = gazetteer.at(tokens, j + 2);
            return side == null || side.actor() == null;
        }

        /** Whether the phrase goes on at token j: a head or a modifier follows. */
        private boolean continues(List<Token> tokens, int j) {
            return j < tokens.size() && (heads.matchAt(tokens, j) != null || modifiers.matchAt(tokens, j) != null);
        }

        private UnitPhrase finish(List<Token> tokens, String unit, Gazetteer.Actor actor, boolean demonymHead,
                                  Counts counts, int end, boolean joint) {
            int j = end;
            if (j < tokens.size() && tokens.get(j).isQuote()) {
                j++;
            }
            // recruits from many states are the recruiting side's: "mobilized 18,000 foreign nationals from 128 countries"
            Source source = joint || counts != Counts.RECRUITS && fromManyStates(tokens, j) ? Source.JOINT : Source.PHRASE;
            if (actor == null && source != Source.JOINT && j + 1 < tokens.size()
                    && Set.of("from", "of").contains(tokens.get(j).norm())) {
                // "5,000 troops from North Korea", "44 members of Hayat Tahrir al-Sham"
                int k = tokens.get(j + 1).norm().equals("the") && j + 2 < tokens.size() ? j + 2 : j + 1;
                Gazetteer.Mention g = gazetteer.at(tokens, k);
                boolean birth = g != null && g.end() < tokens.size() && BIRTH.contains(tokens.get(g.end()).norm());
                if (g != null && g.actor() != null && !birth) { // not "710 soldiers of Ukrainian origin"
                    actor = g.actor();
                    source = tokens.get(j).norm().equals("from") ? Source.ORIGIN : Source.PHRASE;
                    end = g.end(); // the phrase runs on to its verb: "four soldiers of Pakistan army were killed"
                }
            }
            Gazetteer.Actor servedSide = sideServed(tokens, j);
            // "Six Bangladeshi peacekeepers serving with the United Nations": a national contingent of a mission
            boolean contingent = servedSide != null && actor != null && !actor.organisation()
                    && MISSION_BODIES.contains(servedSide.id());
            if (servedSide != null && !contingent) {
                actor = servedSide; // "155 Chinese citizens who are fighting for Russia": whose ranks, not whose passports
                source = Source.SERVED;
                counts = counts == Counts.RECRUITS ? Counts.ALSO_CIVILIANS : counts; // serving a side, they are troops
            }
            return new UnitPhrase(unit, actor, demonymHead, counts, end, source);
        }

        /**
         * "from 14 nations", "from 30 partner nations", "from both countries", "from Australia, the US and other
         * partnering nations", "from Chad, Nigeria, Cameroon, Niger, and Benin": troops of many states, named by
         * lower-case words or listed by name ("from the United States" is one).
         */
        private boolean fromManyStates(List<Token> tokens, int j) {
            if (j >= tokens.size() || !tokens.get(j).norm().equals("from")) {
                return false;
            }
            int k = j + 1;
            Set<String> named = new java.util.HashSet<>();
            boolean linked = true;
            for (Gazetteer.Mention g; linked && (g = gazetteer.at(tokens, skipThe(tokens, k))) != null
                    && g.actor() != null; ) {
                named.add(g.actor().id()); // "from Australia, the US and other partnering nations"
                k = g.end();
                linked = k < tokens.size() && Set.of(",", "and").contains(tokens.get(k).norm());
                while (k < tokens.size() && Set.of(",", "and").contains(tokens.get(k).norm())) {
                    k++;
                }
            }
            if (!named.isEmpty() && !linked) {
                return named.size() > 1; // a list of states by name
            }
            k = skipThe(tokens, k);
            for (int words = 0; k < tokens.size() && words < 3; k++, words++) {
                Token t = tokens.get(k);
                if (words > 0 && MANY_STATES.contains(t.norm()) && !t.isCapitalised()) {
                    return true;
                }
                if (!t.isDigits() && (!t.isWord() || t.isCapitalised())) {
                    return false;
                }
            }
            return false;
        }

        private static int skipThe(List<Token> tokens, int k) {
            return k < tokens.size() && tokens.get(k).norm().equals("the") ? k + 1 : k;
        }

        /**
         * The sides a sentence names as ones that fighters serve, wherever it names them: "hired to fight for the
         * RSF", "recruited by the Russian army", "serving in the Ukrainian armed forces"; not a mission's body
         * ("serving with the UN": contingents stay their state's) nor a side fought "with", which may be the enemy.
         */
        public List<Gazetteer.Actor> sidesServed(List<Token> tokens) {
            List<Gazetteer.Actor> sides = new java.util.ArrayList<>();
            for (int j = 0; j < tokens.size(); j++) {
                boolean against = j + 1 < tokens.size() && FIGHTING_VERBS.contains(tokens.get(j).norm())
                        && tokens.get(j + 1).norm().equals("with"); // "fighting with M23" may be against it
                if (!against && (SERVING_VERBS.contains(tokens.get(j).norm())
                        || JOINING_VERBS.contains(tokens.get(j).norm()))) {
                    Gazetteer.Actor side = sideServed(tokens, j);
                    if (side != null && !MISSION_BODIES.contains(side.id())) {
                        sides.add(side);
                    }
                }
            }
            return sides;
        }

        /**
         * The side named after the head as the one the troops fight or serve for: "(who are) fighting for Russia",
         * "serving in the ranks of the Russian army", "fighting alongside Russian forces", "serving in the Russian
         * Army" (a force after "in", not a place: "fighting in Ukraine"); or null.
         */
        private Gazetteer.Actor sideServed(List<Token> tokens, int j) {
            int k = j;
            while (k < tokens.size() && SERVING_SKIPS.contains(tokens.get(k).norm()) && k - j < 3) {
                k++;
            }
            if (k + 2 < tokens.size() && tokens.get(k).norm().equals("in")) {
                Gazetteer.Mention g = gazetteer.at(tokens, k + 1); // "1,000 Cuban mercenaries already in Russian ranks"
                return g != null && g.actor() != null && g.end() < tokens.size()
                        && tokens.get(g.end()).norm().equals("ranks") ? g.actor() : null;
            }
            if (k + 1 >= tokens.size() || !SERVING_VERBS.contains(tokens.get(k).norm())
                    && !JOINING_VERBS.contains(tokens.get(k).norm())) {
                return null;
            }
            boolean joined = JOINING_VERBS.contains(tokens.get(k).norm());
            k++;
            boolean inForce = false;
            if (k + 3 < tokens.size() && Tokenizer.join(tokens, k, k + 4).equalsIgnoreCase("in the ranks of")) {
                k += 4; // "serving in the ranks of the Russian army"
            } else if (joined) {
                // "15,000 Nepali men who joined the Russian army": the side is the verb's object
            } else if (SERVING_LINKS.contains(tokens.get(k).norm())) {
                k++; // "fighting for", "serving with", "recruited by", not "fighting in Ukraine"
            } else if (k + 3 < tokens.size() && Tokenizer.join(tokens, k, k + 3).equalsIgnoreCase("on the side")
                    && tokens.get(k + 3).norm().equals("of")) {
                k += 4; // "foreign volunteers fighting on the side of Ukraine"
            } else if (tokens.get(k).norm().equals("in")) {
                k++; // "serving in the Russian Army", if a force follows the side
                inForce = true;
            } else {
                return null;
            }
            if (k < tokens.size() && tokens.get(k).norm().equals("the")) {
                k++;
            }
            Gazetteer.Mention g = k < tokens.size() ? gazetteer.at(tokens, k) : null;
            if (g == null && k + 1 < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).isCapitalised()) {
                g = gazetteer.at(tokens, k + 1); // "fighting alongside the paramilitary Rapid Support Forces"
            }
            boolean named = g != null && g.actor() != null;
            if (named && inForce) {
                named = SERVED_FORCES.contains(tokens.get(g.end() - 1).norm()) // "the Ukrainian armed forces"
                        || g.end() < tokens.size() && SERVED_FORCES.contains(tokens.get(g.end()).norm());
            }
            return named ? g.actor() : null;
        }
    }
}
