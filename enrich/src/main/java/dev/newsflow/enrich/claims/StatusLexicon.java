package dev.newsflow.enrich.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides a claim's status from the verb or noun that governs the figure (status.tsv), turning
 * deployed, arrived or other (recruiting) into planned after an intention marker (intent.txt: "would send",
 * "wants to contribute", "are being prepared to join", "plans to recruit"), and into offered after an offer
 * ("offered to send").
 *
 * <p>Which cue governs the figure, without a parser, in this order: a cue right after the unit phrase with
 * only auxiliaries and adverbs between ("8,000 of them have already been relocated"); a verb right
 * before the figure ("captured two injured soldiers"); a cue inside the phrase ("2,000 wounded
 * soldiers"); the nearest cue before the figure ("Kim offered 100,000"); else the first cue after it
 * ("100,000 volunteers that Kim Jong Un has offered").
 */
public final class StatusLexicon {

    /** What status.tsv's third column says of a cue besides its status. */
    public enum Kind {
        /** Nothing more. */
        PLAIN,
        /** The cue withdraws troops ("withdraw", "drawdown"): status other, whatever the intention. */
        WITHDRAWAL,
        /** Said of civilians as much as of troops ("returned home", "were evacuated"): it makes no one troops. */
        ANYONE,
        /** Said of troops alone ("killed in action"): a bare figure before it counts them. */
        TROOPS,
        /** Raises troops ("recruited", "mobilised"): it makes "people" troops. */
        RECRUITMENT,
        /** Troops on their way ("on their way", "en route"): planned, not yet there. */
        TRANSIT,
        /** Puts enemies out of action ("neutralised"): killed, unless the side that says it counts captives too. */
        NEUTRALISATION,
        /** Takes part ("taking part", "participated"): in an exercise or parade, other. */
        PARTICIPATION
    }

    /** A status cue found at tokens {@code [start, end)}. */
    public record Cue(int start, int end, Status status, Kind kind) {

        public boolean withdrawal() {
            return kind == Kind.WITHDRAWAL;
        }

        public boolean anyone() {
            return kind == Kind.ANYONE;
        }

        public boolean troopsOnly() {
            return kind == Kind.TROOPS;
        }

        public boolean recruitment() {
            return kind == Kind.RECRUITMENT;
        }

        public boolean transit() {
            return kind == Kind.TRANSIT;
        }

        public boolean neutralisation() {
            return kind == Kind.NEUTRALISATION;
        }

        public boolean participation() {
            return kind == Kind.PARTICIPATION;
        }
    }

    /** Words between a figure's noun and the participle that gives its status: "troops have already been sent". */
    private static final Set<String> AUXILIARIES = LexiconFile.wordClass("status.auxiliaries");
    /** Words between a participle and the finite verb after it: "stationed in Russia were killed". */
    private static final int MAX_PARTICIPLE_PHRASE = 6;
    /** Number words ("five", "dozens"): another figure, whose verb the casualty after it may be. */
    private static final Set<String> NUMBER_WORDS = Set.copyOf(LexiconFile.words("numbers.tsv"));
    /** Most words from a cue in a relative clause to the casualty verb after it. */
    private static final int MAX_RELATIVE_CLAUSE = 20;
    /** Finite forms before a second participle: "stationed in Russia were killed". */
    private static final Set<String> FINITE_AUXILIARIES = LexiconFile.wordClass("status.finite-auxiliaries");
    /** Relative pronouns that open a clause on the troops: "troops who were sent". */
    private static final Set<String> RELATIVE_PRONOUNS = LexiconFile.wordClass("status.relative-pronouns");
    /** Words between an intent and its verb: "plans to be sent", "is set to soon deploy". */
    private static final Set<String> SKIP_BEFORE_VERB = LexiconFile.wordClass("status.skip-before-verb");

    /** Sending verbs in their -ing form: "it was sending 700 Marines" are on their way, not there yet. */
    private static final Set<String> SENDING = LexiconFile.wordClass("status.sending");
    /** Verbs that move troops, from a place or to one: "redeploy", "relocated", "shifted". */
    private static final Set<String> MOVERS = LexiconFile.wordClass("status.movers");
    /** Words that name where moved troops go: "to", "into". */
    private static final Set<String> DESTINATIONS = LexiconFile.wordClass("status.destinations");
    /** Sending verbs in their participle: "the 30,000 troops being deployed in the Gulf" are on their way. */
    private static final Set<String> SENT = LexiconFile.wordClass("status.sent");
    /** Verbs that send troops to an occasion, which they then only plan: "will send 15,000 troops for the exercise". */
    private static final Set<String> OCCASION_SENDING = LexiconFile.wordClass("status.occasion-sending");
    /** Verbs that change a force's size, besides the withdrawal cues: "increase", "expand", "grow". */
    private static final Set<String> CHANGE_VERBS = LexiconFile.wordClass("status.change-verbs");
    /** Modals of a side's own offer before a sending verb: "could contribute", "would be willing to send". */
    private static final Set<String> OFFER_MODALS = LexiconFile.wordClass("status.offer-modals");
    /** A side's stance before a sending verb: "ready to contribute", "considering deploying". */
    private static final Set<String> OFFER_STANCES = LexiconFile.wordClass("status.offer-stances");
    /** Change verbs whose size may follow "at": "cap the military at 800,000". */
    private static final Set<String> CAP_VERBS = LexiconFile.wordClass("status.cap-verbs");
    /** Verbs that grow a force, whose "by N" is the growth: "will increase by 14,000". */
    private static final Set<String> GROWTH_VERBS = LexiconFile.wordClass("status.growth-verbs");
    /** Most words from a target's "to" to the "and" of a second size: "to roughly 260,000 active soldiers and". */
    private static final int MAX_CONJUNCT = 6;
    /** Most words from a present size's number to its "to": "2,000 peacekeeping troops to". */
    private static final int MAX_PRESENT_RANGE_START = 4;
    /** Words that make a change's start the present size: "from the current 2,000", "from its present 60,000". */
    private static final Set<String> PRESENT = LexiconFile.wordClass("status.present-size");
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their");
    /** Most words of a range's start: "from 162,000 to", "from about 4,500 to". */
    private static final int MAX_RANGE_START = 3;
    /** Most words from a change's verb to its target: "reduce the size of the army to 135,000". */
    private static final int MAX_TARGET_DISTANCE = 8;
    /** Verbs of hearsay before "to be": "reported to be based", "believed to be deployed". */
    private static final Set<String> HEARSAY = LexiconFile.wordClass("status.hearsay");
    /** Words that belittle a target between its "to" and its number: "to just 73,000". */
    private static final Set<String> BELITTLING = LexiconFile.wordClass("status.belittling");
    /**
     * Most words from a change's verb to the "from" of its range, which names the force in full first: "increase
     * the total strength of the Armed Forces of the Philippines (AFP) from 162,000 to 360,000".
     */
    private static final int MAX_RANGE_TARGET_DISTANCE = 14;
    /** Verbs that start a sending still under way: "begins deploying", "started sending". */
    private static final Set<String> STARTING = LexiconFile.wordClass("status.starting");
    /** Forms of "be" that make a progressive: "is sending", "were deploying". */
    private static final Set<String> PROGRESSIVE_BE = LexiconFile.wordClass("status.progressive-be");

    /** Verbs whose infinitive is under way, not intended (a title-case "Troops Began To Arrive"). */
    private static final Set<String> ASPECT = LexiconFile.wordClass("status.aspect");
    /** Endings of the nouns that head a headline's subject besides names: "ministry", "government", "army". */
    private static final Set<String> NOUN_ENDINGS = LexiconFile.wordClass("status.noun-endings");

    private final PhraseMatcher<Status> cues = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> intent = PhraseMatcher.ofWords("intent.txt");
    private final PhraseMatcher<Kind> kinds = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> occasions = PhraseMatcher.ofWords("occasions.txt");

    /** Clause markers for {@link #clauseDefault}: marker to status, and whether a place must be named. */
    private final Map<String, Status> clauseMarkers = new HashMap<>();
    private final Set<String> needsPlace = new HashSet<>();
    /** Where a figure's clause ends on either side. */
    private static final Set<String> CLAUSE_BOUNDARIES = LexiconFile.wordClass("status.clause-boundaries");

    public StatusLexicon() {
        for (String[] r : LexiconFile.rows("clause-status.tsv")) {
            clauseMarkers.put(r[0].strip(), Status.fromLabel(r[1].strip()));
            if (r.length > 2 && r[2].strip().equals("place")) {
                needsPlace.add(r[0].strip());
            }
        }
        for (String[] r : LexiconFile.rows("status.tsv")) {
            cues.add(r[0], Status.fromLabel(r[1]));
            if (r.length > 2) {
                kinds.add(r[0], Kind.valueOf(r[2].strip().toUpperCase(java.util.Locale.ROOT)));
            }
        }
    }

    /** All status cues of a sentence, with intention already applied. */
    public List<Cue> cues(List<Token> tokens) {
        return cues.findAll(tokens).stream()
                .map(m -> {
                    PhraseMatcher.Match<Kind> k = kinds.matchAt(tokens, m.start());
                    Kind kind = k == null ? Kind.PLAIN : k.value();
                    if (kind == Kind.PLAIN && m.value() == Status.DEPLOYED && movedOut(tokens, m.start(), m.end())) {
                        // "plans to redeploy thousands of troops from Germany": they leave, to nowhere named
                        return new Cue(m.start(), m.end(), Status.OTHER, Kind.WITHDRAWAL);
                    }
                    if (kind == Kind.PLAIN && m.value() == Status.DEPLOYED && sendingUnderWay(tokens, m.start())) {
                        // "the Pentagon is sending about 200 troops", "is deploying 4,000 National Guard troops and
                        // 700 Marines": on their way, not there yet, for every figure the verb carries
                        return new Cue(m.start(), m.end(), Status.PLANNED, Kind.TRANSIT);
                    }
                    Status status = kind == Kind.WITHDRAWAL ? m.value() : withIntent(tokens, m.start(), m.value());
                    return new Cue(m.start(), m.end(), status, kind);
                })
                .toList();
    }

    /**
     * The status a figure's own clause implies when no cue governs it: a future or intention marker
     * ("will be relieved by a contingent of 600 troops") makes it planned, a marker of presence now
     * ("currently includes 400 soldiers", "still has 9,500 troops in Afghanistan") deployed; null otherwise.
     *
     * @param namesPlace the sentence names a place
     */
    public Status clauseDefault(List<Token> tokens, int numStart, int phraseEnd, boolean namesPlace) {
        int[] clause = clause(tokens, numStart, phraseEnd);
        if (clause[0] > 1 && tokens.get(clause[0] - 1).norm().equals(":")) {
            // "the composition of AUSSOM troops will be as follows: Uganda (4,500), …": a list its colon opens
            clause[0] = clause(tokens, clause[0] - 2, clause[0] - 1)[0];
        }
        for (int k = clause[0]; k < clause[1]; k++) {
            String w = tokens.get(k).norm();
            Status s = clauseMarkers.get(w);
            if (s != null && (namesPlace || !needsPlace.contains(w)) && (k < numStart || k >= phraseEnd)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The token range [from, to) of the clause around [numStart, phraseEnd): "Three Abu Sayyaf members were
     * killed | while seven soldiers were wounded".
     */
    int[] clause(List<Token> tokens, int numStart, int phraseEnd) {
        int from = numStart;
        while (from > 0 && !CLAUSE_BOUNDARIES.contains(tokens.get(from - 1).norm())) {
            from--;
        }
        int to = phraseEnd;
        while (to < tokens.size() && !CLAUSE_BOUNDARIES.contains(tokens.get(to).norm())) {
            to++;
        }
        return new int[] {from, to};
    }

    /**
     * A deployment or arrival in a sentence that names an exercise, parade or ceremony (occasions.txt) counts
     * the troops taking part, not a deployment: other. So does a part still to come ("the drills will feature
     * 12,700 troops"), unless a side sends troops to it ("will send 15,000 troops to Norway for the exercise").
     * Any other status stays.
     *
     * @param cue the cue that governs the figure, or null
     */
    public Status onOccasion(List<Token> tokens, Status status, Cue cue) {
        boolean deployment = status == Status.DEPLOYED || status == Status.ARRIVED;
        boolean partToCome = status == Status.PLANNED
                && (cue == null || !OCCASION_SENDING.contains(tokens.get(cue.start()).norm()));
        return (deployment || partToCome) && namesOccasion(tokens) ? Status.OTHER : status;
    }

    /**
     * Whether the figure at {@code from} is the size a change is meant to reach ("Sri Lanka will reduce the size
     * of the army to 135,000", "The target is to expand the force to 203,000 by 2031", "expected to grow to more
     * than 3,000", "would cap Ukraine's military at 800,000 troops", "his intention to increase the strength of
     * the AFP from 162,000 to 360,000"): a planned figure. A change already made ("has grown to 3,500") is not
     * one, and the troops a reduction removes stay other.
     */
    public boolean changeTarget(List<Token> tokens, int figureStart) {
        // 'increase its forces from 40,000 to "well over 300,000"': the size quoted; "cut the Army to just 73,000"
        int at = figureStart > 0 && tokens.get(figureStart - 1).isQuote() ? figureStart - 1 : figureStart;
        at = at > 0 && BELITTLING.contains(tokens.get(at - 1).norm()) ? at - 1 : at;
        String preposition = at == 0 ? "" : tokens.get(at - 1).norm();
        if (preposition.equals("and") || preposition.equals("plus")) {
            return secondTarget(tokens, at - 1);
        }
        if (!preposition.equals("to") && !preposition.equals("at")) {
            return false;
        }
        if (preposition.equals("to") && fromThePresent(tokens, at - 1)) {
            return true; // "an expansion of the UNIFIL force from the current 2,000 troops to up to 15,000"
        }
        int and = conjoinedTarget(tokens, at - 1);
        if (and >= 0) {
            // "increase the Bundeswehr to 260,000 soldiers, and the reserve to 200,000"
            return secondTarget(tokens, and);
        }
        int anchor = startOfRange(tokens, at - 1); // "from 162,000 to 360,000": the change's verb is before "from"
        int distance = anchor < at - 1 ? MAX_RANGE_TARGET_DISTANCE : MAX_TARGET_DISTANCE;
        // a range set off by a comma still belongs to the verb before it: "to double its personnel, from 70,000 to
        // 200,000"
        int clauseOf = anchor < at - 1 && anchor > 1 && tokens.get(anchor - 1).norm().equals(",") ? anchor - 2 : anchor;
        int start = Math.max(clause(tokens, clauseOf, clauseOf + 1)[0], anchor - distance);
        for (int k = start; k < anchor; k++) {
            PhraseMatcher.Match<Kind> kind = kinds.matchAt(tokens, k);
            String word = tokens.get(k).norm();
            boolean change = preposition.equals("to") ? CHANGE_VERBS.contains(word)
                    || kind != null && kind.value() == Kind.WITHDRAWAL && cues.matchAt(tokens, k) != null
                    : CAP_VERBS.contains(word);
            if (change && intended(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the "and" stands that opens a second force's target ("…, and the reserve to 200,000") when the "to" at
     * {@code to} closes one: "and", "the" or "its", and one or two nouns; else -1.
     */
    private static int conjoinedTarget(List<Token> tokens, int to) {
        int k = to - 1;
        int nouns = 0;
        while (k > 0 && nouns < 2 && !tokens.get(k).norm().equals("the") && !tokens.get(k).norm().equals("its")
                && !tokens.get(k).norm().equals("and") && tokens.get(k).norm().chars().allMatch(Character::isLetter)) {
            k--;
            nouns++;
        }
        if (nouns == 0 || k <= 0 || !(tokens.get(k).norm().equals("the") || tokens.get(k).norm().equals("its"))) {
            return -1;
        }
        return tokens.get(k - 1).norm().equals("and") ? k - 1 : -1;
    }

    /**
     * Whether the "and" at {@code and} joins a second size to a change's target: "expand the Bundeswehr to roughly
     * 260,000 active soldiers and about 200,000 reservists". The first figure's "to" stands at most
     * {@link #MAX_CONJUNCT} words before the "and", its number after it.
     */
    private boolean secondTarget(List<Token> tokens, int and) {
        int last = and > 0 && tokens.get(and - 1).norm().equals(",") ? and - 2 : and - 1; // "260,000 soldiers, and"
        for (int k = last; k > 0 && k >= and - MAX_CONJUNCT; k--) {
            String w = tokens.get(k).norm();
            if (CLAUSE_BOUNDARIES.contains(w)) {
                return false;
            }
            if ((w.equals("to") || w.equals("at")) && k + 1 < and && (tokens.get(k + 1).isDigits()
                    || k + 2 < and && tokens.get(k + 2).isDigits())) {
                return changeTarget(tokens, k + 1);
            }
        }
        return false;
    }

    /**
     * Whether the figure at {@code from} is the amount a force is meant to grow by ("Spain will increase by 14,000
     * its total number of military", "will need to expand by 50,000 to 60,000 troops"): a planned figure. Growth
     * that happened ("increased its presence by 2,000 troops") is left to the other rules, and what a reduction
     * removes is figure-context.rules' REDUCTION.
     */
    public boolean intendedGrowth(List<Token> tokens, int from) {
        if (from == 0 || !tokens.get(from - 1).norm().equals("by")) {
            return false;
        }
        int start = Math.max(clause(tokens, from - 1, from)[0], from - 1 - MAX_TARGET_DISTANCE);
        for (int k = from - 2; k >= start; k--) {
            if (GROWTH_VERBS.contains(tokens.get(k).norm())) {
                return intended(tokens, k);
            }
        }
        return false;
    }

    /**
     * Whether the "to" at {@code to} closes a change that starts from the present size: "from the current 2,000 troops
     * to", "from its present 60,000 to". A change from now can only reach its end later, whatever its verb or noun.
     */
    private static boolean fromThePresent(List<Token> tokens, int to) {
        for (int k = to - 1; k >= 2 && k >= to - MAX_PRESENT_RANGE_START; k--) {
            if (tokens.get(k).isDigits()) {
                String before = tokens.get(k - 1).norm();
                String from = tokens.get(k - 2).norm();
                boolean present = PRESENT.contains(before);
                return present && (from.equals("from") || k > 2 && tokens.get(k - 3).norm().equals("from")
                        && DETERMINERS.contains(from));
            }
        }
        return false;
    }

    /** The token where "from N to" starts, when the "to" at {@code to} ends one; else {@code to} itself. */
    private static int startOfRange(List<Token> tokens, int to) {
        boolean afterNumber = to > 0 && tokens.get(to - 1).isDigits() || to > 1 && tokens.get(to - 2).isDigits();
        for (int k = to - 2; afterNumber && k >= Math.max(0, to - 1 - MAX_RANGE_START); k--) {
            if (tokens.get(k).norm().equals("from")) {
                return k;
            }
        }
        return to;
    }

    /** Whether the change verb at {@code verb} is only intended: "wants to increase", "will more than double". */
    private boolean intended(List<Token> tokens, int verb) {
        int k = verb;
        if (k > 1 && tokens.get(k - 2).norm().equals("more") && tokens.get(k - 1).norm().equals("than")) {
            k -= 2;
        }
        return withIntent(tokens, k, Status.DEPLOYED) == Status.PLANNED;
    }

    /**
     * Whether the cue's verb is a possibility rather than a decision ("could contribute up to 8,000", "could be
     * deployed"): of a sending verb, said by the side whose troops they are, an offer.
     */
    public boolean offerModal(List<Token> tokens, Cue cue) {
        return OFFER_MODALS.contains(wordBeforeVerb(tokens, cue));
    }

    /**
     * Whether the cue's verb follows a side's stance ("is ready to contribute", "is considering deploying",
     * "would be willing to send"): of a sending verb, when the side speaks or is the subject, an offer.
     */
    public boolean offerStance(List<Token> tokens, Cue cue) {
        return OFFER_STANCES.contains(wordBeforeVerb(tokens, cue));
    }

    /**
     * Where the words before a verb that only fill it out ("be", "soon", "also", an adverb in -ly) start: "is set
     * to soon deploy", "will permanently station".
     */
    private static int startOfVerbGroup(List<Token> tokens, int verbStart) {
        int k = verbStart;
        while (k > 0 && (SKIP_BEFORE_VERB.contains(tokens.get(k - 1).norm()) || mannerAdverb(tokens.get(k - 1)))) {
            k--;
        }
        return k;
    }

    /**
     * Whether the verb group [k, verbStart) holds a bare "be" before a participle of the past: a passive that is
     * no fact yet, whatever comes before it ("recommended that 500 additional troops be sent", "should be
     * deployed", "must soon be sent"); not "believed to be fighting".
     */
    private static boolean bareBe(List<Token> tokens, int k, int verbStart) {
        if (tokens.get(verbStart).norm().endsWith("ing")) {
            return false;
        }
        for (int i = k; i < verbStart; i++) {
            if (tokens.get(i).norm().equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case adverb in -ly: "permanently", "initially", "quickly", "apparently". */
    static boolean mannerAdverb(Token t) {
        String w = t.text();
        return w.length() > 4 && w.endsWith("ly") && t.isWord() && w.equals(t.norm());
    }

    /** The word before the cue's verb, past "be", "soon" and an infinitive's "to"; "" at the sentence's start. */
    private static String wordBeforeVerb(List<Token> tokens, Cue cue) {
        int k = startOfVerbGroup(tokens, cue.start());
        if (k > 1 && tokens.get(k - 1).norm().equals("to")) {
            k--; // "willing to send"
        }
        return k > 0 ? tokens.get(k - 1).norm() : "";
    }

    /** Whether the sentence names an exercise, parade or ceremony (occasions.txt). */
    public boolean namesOccasion(List<Token> tokens) {
        return !occasions.findAll(tokens).isEmpty();
    }

    /** Status of the cue starting at token i, or null. */
    public Status statusAt(List<Token> tokens, int i) {
        PhraseMatcher.Match<Status> m = cues.matchAt(tokens, i);
        return m == null ? null : m.value();
    }

    /**
     * Status of the figure at tokens {@code [numStart, phraseEnd)}; null when no cue governs it.
     *
     * @param numStart  first token of the figure (with its qualifier)
     * @param phraseEnd token after the unit phrase
     */
    public Status statusOf(List<Token> tokens, int numStart, int phraseEnd) {
        Cue cue = governing(tokens, numStart, phraseEnd, false);
        return cue == null ? null : cue.status();
    }

    /**
     * The cue that governs the figure at tokens {@code [numStart, phraseEnd)}, or null (see {@link #statusOf}).
     *
     * @param adjacentOnly only a cue inside the phrase or right after it counts: an anaphoric figure ("Of those,
     *                     10,000 are reservists who were mobilised") keeps its antecedent's status otherwise
     */
    public Cue governing(List<Token> tokens, int numStart, int phraseEnd, boolean adjacentOnly) {
        List<Cue> all = cues(tokens);
        Cue after = null;
        Cue before = null;
        Cue inside = null;
        for (Cue c : all) {
            if (c.start >= numStart && c.end <= phraseEnd) {
                inside = inside == null ? c : inside; // "2,000 wounded soldiers", "600,000 casualties"
            }
            if (c.start >= phraseEnd && after == null) {
                after = c;
            }
            if (c.end <= numStart) {
                before = c;
            }
        }
        boolean afterAdjacent = after != null && onlyAuxiliaries(tokens, phraseEnd, after.start);
        boolean relative = afterAdjacent && relativeClause(tokens, phraseEnd, after.start);
        boolean verbBefore = before != null && before.end == numStart;
        if (verbBefore && after != null && !after.withdrawal() && after.start == phraseEnd + 1
                && phraseEnd < tokens.size() && tokens.get(phraseEnd).norm().equals("to")) {
            return before; // "ordered 1,500 troops to deploy": the infinitive is what the verb before asks (but
                           // "ordered 1,350 Guard members to leave" withdraws them)
        }
        if (afterAdjacent && !relative && !(verbBefore && crossesComma(tokens, phraseEnd, after.start))) {
            // but "killed more than 600 fighters, injured 1,200 others": the verb before governs
            Cue finite = finiteVerbAfterParticiple(all, tokens, after);
            return finite != null ? finite : after; // "8,000 of them have been relocated"
        }
        if (verbBefore) {
            return before; // the verb right before the figure: "captured two injured soldiers", "has lost 30 more
                           // troops who were stationed in the north"
        }
        Cue main = relative && !adjacentOnly ? casualtyAfterRelativeClause(all, tokens, after) : null;
        if (main != null) {
            return main; // "11 military personnel who were carrying out an operation … were killed"
        }
        if (afterAdjacent && !adjacentOnly) {
            return after; // "1,700 US troops that were already sent"
        }
        if (inside != null) {
            return inside;
        }
        if (adjacentOnly) {
            return null; // "Of those, 10,000 are reservists who were mobilised": the clause is about reservists
        }
        return before != null ? before : after;
    }

    /**
     * "100 North Korean soldiers stationed in Russia were killed": a participle right after the troops
     * describes them; the finite verb after it ("were killed") is what the sentence says of them.
     */
    private static Cue finiteVerbAfterParticiple(List<Cue> all, List<Token> tokens, Cue participle) {
        if (participle.start > 0 && AUXILIARIES.contains(tokens.get(participle.start - 1).norm())
                && !tokens.get(participle.start - 1).norm().equals(",")) {
            return null; // "were stationed": already the finite verb
        }
        for (Cue c : all) {
            if (c.start >= participle.end && c.start - participle.end <= MAX_PARTICIPLE_PHRASE
                    && c.start > 0 && FINITE_AUXILIARIES.contains(tokens.get(c.start - 1).norm())) {
                return c;
            }
        }
        return null;
    }

    /**
     * "at least 11 military personnel who were carrying out an operation near the border were killed": after a
     * relative clause on the troops, a finite casualty verb is what the sentence says of them. Only within
     * {@link #MAX_RELATIVE_CLAUSE} words, and not past another figure or a sentence break.
     */
    private static Cue casualtyAfterRelativeClause(List<Cue> all, List<Token> tokens, Cue inClause) {
        for (Cue c : all) {
            if (c.start < inClause.end || c.start - inClause.end > MAX_RELATIVE_CLAUSE) {
                continue;
            }
            for (int k = inClause.end; k < c.start; k++) {
                if (tokens.get(k).isDigits() || NUMBER_WORDS.contains(tokens.get(k).norm())
                        || tokens.get(k).norm().equals(";")) {
                    return null;
                }
            }
            if (FINITE_AUXILIARIES.contains(tokens.get(c.start - 1).norm()) && c.status().isCasualty()) {
                return c;
            }
        }
        return null;
    }

    private static boolean crossesComma(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).norm().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static boolean relativeClause(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (RELATIVE_PRONOUNS.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyAuxiliaries(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!AUXILIARIES.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    private Status withIntent(List<Token> tokens, int verbStart, Status status) {
        if (status != Status.DEPLOYED && status != Status.ARRIVED && status != Status.OTHER) {
            return status; // intended casualties or offers stay what they are
        }
        // "has offered to send 25,000 soldiers": what is sent is only offered
        if (verbStart > 1 && tokens.get(verbStart - 1).norm().equals("to")) {
            PhraseMatcher.Match<Status> governing = cues.matchEndingAt(tokens, verbStart - 1);
            if (governing != null && (governing.value() == Status.OFFERED || governing.value() == Status.PLANNED)) {
                return governing.value(); // and what is promised or ordered to be sent only planned
            }
        }
        int k = startOfVerbGroup(tokens, verbStart);
        if (hearsay(tokens, verbStart)) {
            return status; // "3,000 officially reported to be based at the 102nd Military Base": a fact reported
        }
        if (intent.matchEndingAt(tokens, k) != null || headlineInfinitive(tokens, k) || bareBe(tokens, k, verbStart)) {
            return Status.PLANNED;
        }
        return status;
    }

    /**
     * Whether a verb of hearsay comes before the "to be" of the verb group ending at {@code verbStart}: "reported
     * to be based", "said to be stationed", "believed to be deployed". What is reported so is a fact, not an aim.
     */
    private static boolean hearsay(List<Token> tokens, int verbStart) {
        for (int be = verbStart - 1; be >= 2 && be >= verbStart - 3; be--) {
            if (tokens.get(be).norm().equals("be") && tokens.get(be - 1).norm().equals("to")) {
                return HEARSAY.contains(tokens.get(be - 2).norm());
            }
        }
        return false;
    }

    /**
     * Whether the moving verb at {@code [verbStart, verbEnd)} takes troops "from" or "out of" a place and its
     * clause names no place they go "to": "relocate 2,000 troops out of Germany", "11,900 troops to be moved from
     * Germany". Not "move 4,000 Marines from Okinawa to Guam".
     */
    private boolean movedOut(List<Token> tokens, int verbStart, int verbEnd) {
        if (!MOVERS.contains(tokens.get(verbStart).norm())) {
            return false;
        }
        int end = clause(tokens, verbStart, verbEnd)[1];
        boolean from = false;
        for (int k = verbEnd; k < end; k++) {
            String w = tokens.get(k).norm();
            if (DESTINATIONS.contains(w)) {
                return false;
            }
            from |= w.equals("from") || w.equals("out") && k + 1 < end && tokens.get(k + 1).norm().equals("of");
        }
        return from;
    }

    /**
     * Whether the sending verb at {@code verbStart} is under way: "is sending", "were deploying", "begins
     * deploying", or in the passive "the 200 troops being sent to Israel". The troops are on their way, not there
     * yet.
     */
    private static boolean sendingUnderWay(List<Token> tokens, int verbStart) {
        if (verbStart > 0 && tokens.get(verbStart - 1).norm().equals("being")
                && SENT.contains(tokens.get(verbStart).norm())) {
            return true;
        }
        if (!SENDING.contains(tokens.get(verbStart).norm())) {
            return false;
        }
        int k = startOfVerbGroup(tokens, verbStart);
        return k > 0 && (PROGRESSIVE_BE.contains(tokens.get(k - 1).norm())
                || STARTING.contains(tokens.get(k - 1).norm()));
    }

    /**
     * "Pentagon to send 3,000 more troops": an infinitive straight after a noun is the headline form
     * of "is to send". Not after a verb ("sent to fight", "began to arrive"), which is the verb's own.
     */
    private boolean headlineInfinitive(List<Token> tokens, int verbStart) {
        if (verbStart < 2 || !tokens.get(verbStart - 1).norm().equals("to")) {
            return false;
        }
        Token before = tokens.get(verbStart - 2);
        return before.isWord() && !ASPECT.contains(before.norm())
                && cues.matchEndingAt(tokens, verbStart - 1) == null
                && (before.isCapitalised() || NOUN_ENDINGS.stream().anyMatch(before.norm()::endsWith));
    }
}
