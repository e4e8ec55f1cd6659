package dev.newsflow.enrich.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Extracts troop-count claims ("Pyongyang wants to contribute up to 12,000 soldiers") from an article.
 *
 * <p>The pipeline per sentence: find figures ({@link NumberParser}); keep those heading a troop noun
 * phrase ({@link UnitPhrase}) or referring back to the previous claim ({@link Anaphora}, {@link Ellipsis}); drop those
 * the sentence disputes ({@link NegationDetector}); then fill status ({@link StatusLexicon}), actor and
 * location ({@link RoleFinder}, {@link Gazetteer}), source ({@link AttributionFinder}) and hedging
 * ({@link HedgeDetector}). A figure the grammar passes over may still be taken by the learned figure
 * model, the learned actor model picks the claim's side among those named nearby, and the learned status
 * model reads its status ({@link ClaimModels}). All grammar and the three models live in resource files under
 * {@code dev/newsflow/enrich/claims/}, loaded once; an instance is immutable and thread-safe.
 *
 * <p>Source, in order: the sentence's own named attribution; for an anaphoric figure, the antecedent's
 * source; the attribution of the previous sentence of the same paragraph; for a generic "according to a
 * report", the last organisation the article introduced with an acronym ({@link SourceFallback}); and
 * finally an "According to X, the &lt;unit head&gt; …" opening a following sentence (up to the end of the
 * next paragraph), which continues the story about the same referent. Otherwise null.
 *
 * <p>Only claims with a troop unit count. A head that also counts civilians ("men", "workers",
 * "officers"; marked ambiguous in units.txt) needs an actor, and a demonym plural ("North Koreans")
 * needs a troop verb governing it ("are being prepared to join", "have been sent"). An anaphoric
 * figure ("8,000 of them") takes its antecedent from the previous claim in the same or the previous
 * paragraph, unless a non-claim figure came in between.
 *
 * <p>Title claims carry {@code inTitle = true} and offsets into the title.
 */
public final class ClaimExtractor {

    /** How far back (in paragraphs) an anaphoric figure may find its antecedent. */
    private static final int ANTECEDENT_PARAGRAPHS = 1;
    /** Sentences naming troops that make a text a story about troops, where the figure model may guess. */
    private static final int TROOP_SENTENCES = 2;
    /** How far after a passed-over figure its troop noun may stand ("10,500 previously authorized U.S. troops"). */
    private static final int MAX_WORDS_TO_TROOPS = 5;
    /** Modifiers of a troop noun that make them the forces of the government where they stand. */
    private static final Set<String> GOVERNMENT = LexiconFile.wordClass("extractor.government");
    /** What may follow "lost 108": the end of the clause or a place, time or "people". */
    private static final Set<String> LOST_FIGURE_ENDS = LexiconFile.wordClass("extractor.lost-figure-ends");
    /** "92 of our soldiers": a figure counts part of the troops a possessive or article introduces. */
    private static final Set<String> PARTITIVE_DETERMINERS = LexiconFile.wordClass("extractor.partitive-determiners");
    /** Heads of troops held by the other side: whatever moves them, their status is other. */
    private static final Set<String> CAPTIVES = LexiconFile.wordClass("extractor.captives");
    /** Heads of troops serving on a mission, who are deployed unless something says otherwise. */
    private static final Set<String> PEACEKEEPERS = LexiconFile.wordClass("extractor.peacekeepers");
    /** How many tokens after a figure both-sides.rules may look at. */
    private static final int BOTH_SIDES_REACH = 18;
    /** Heads that name the side that attacked: "killed 15 attackers" are not the reporting army's. */
    private static final Set<String> ASSAILANTS = LexiconFile.wordClass("extractor.assailants");
    /** Heads that name people by their nationality rather than a state's army: "Cuban nationals", "mercenaries". */
    private static final Set<String> RECRUITS = LexiconFile.wordClass("extractor.recruits-by-nationality");
    /** Words that put soldiers out of their state's army: "retired Colombian soldiers", "Colombian ex-soldiers". */
    private static final Set<String> NO_LONGER_SERVING = LexiconFile.wordClass("extractor.no-longer-serving");
    /** Words between a side and its recruiting verb: "the RSF have been accused of recruiting". */
    private static final Set<String> RECRUITER_SKIPS = LexiconFile.wordClass("extractor.recruiter-skips");
    /** Most such words, with the side's initials in brackets. */
    private static final int RECRUITER_GAP = 8;
    /** Verbs of a side that takes fighters on: "recruiting", "hired". */
    private static final Set<String> RECRUITING = LexiconFile.wordClass("extractor.recruiting");
    /** Words between a state and the verb that sends its troops: "North Korea has reportedly sent". */
    private static final Set<String> SENDER_SKIPS = LexiconFile.wordClass("extractor.sender-skips");
    /** Most such words. */
    private static final int SENDER_GAP = 3;
    /** Words for the dead handed back: "the bodies of 6,060 fallen soldiers", "1,200 bodies". */
    private static final Set<String> REMAINS = LexiconFile.wordClass("extractor.remains");
    /** Words of peacekeeping, whose troops are never their host's. */
    private static final Set<String> PEACEKEEPING = LexiconFile.wordClass("extractor.peacekeeping");
    /** Bodies whose missions field troops: "the UN's 10,000 peacekeepers". */
    private static final Set<String> MISSION_BODIES = LexiconFile.wordClass("units.mission-bodies");
    /** Verbs that hand the dead back to their side: "transferred", "repatriated", "handed over". */
    private static final Set<String> HANDOVER_VERBS = LexiconFile.wordClass("extractor.handover-verbs");
    /** What may follow "2,000 of the 5,000" when the whole's unit is left out. */
    private static final Set<String> WHOLE_LEFT_OUT = LexiconFile.wordClass("extractor.whole-left-out");
    /** Words of people uprooted, held or sheltered: "2.9 million Syrians who have fled" count no troops. */
    private static final Set<String> CIVILIAN_CONTEXTS = LexiconFile.wordClass("extractor.civilian-contexts");
    /** What a side's verb before its troops says when it sends them: "has begun deploying 40,000 soldiers". */
    private static final Set<Status> SENDS = java.util.EnumSet.of(Status.DEPLOYED, Status.ARRIVED, Status.PLANNED);
    /** Words of police: a headline that names them and no troops makes a police story. */
    private static final Set<String> POLICE = LexiconFile.wordClass("extractor.police");
    /** Words of troops and armed forces, which keep a story or a phrase military. */
    private static final Set<String> MILITARY = LexiconFile.wordClass("extractor.military");
    /** Heads that count police as readily as troops: "officers", "personnel", "gunners". */
    private static final Set<String> POLICE_OR_TROOPS = LexiconFile.wordClass("extractor.police-or-troops");
    /** Words of military exercises: "the exercise", "joint drills", "manoeuvres". */
    private static final Set<String> EXERCISES = LexiconFile.wordClass("extractor.exercises");
    /** Verbs of fighting, whose side after "against" is the enemy: "fighting against Ukraine". */
    private static final Set<String> FIGHTING = LexiconFile.wordClass("units.fighting-verbs");
    /** Most words from a fighting verb to its "against": "fighting on the front in Ukraine against". */
    private static final int MAX_FIGHTING_GAP = 6;
    /** Words that join one figure's troops to the next figure in a list: "183,000 regular soldiers and only 49,000". */
    private static final Set<String> LIST_LINKS = LexiconFile.wordClass("extractor.list-links");
    /** Most words between the troops of one figure in a list and the next figure: ", and only". */
    private static final int MAX_LIST_LINK = 3;
    /** "Some 8,800 are ground troops": a figure, a copula and then its unit. */
    private static final Set<String> COPULA = LexiconFile.wordClass("extractor.copula");
    /** "… and 71 others": a figure that takes its noun from the figure before it. */
    private static final Set<String> OTHERS = LexiconFile.wordClass("ellipsis.others");

    private final SentenceSplitter splitter;
    private final NumberParser numbers;
    private final Gazetteer gazetteer;
    private final UnitPhrase.Grammar units;
    private final Anaphora anaphora;
    private final StatusLexicon statuses;
    private final NegationDetector negation;
    private final HedgeDetector hedges;
    private final AttributionFinder attributions;
    private final Ellipsis ellipsis;
    private final RoleFinder roles;
    private final SourceFallback fallback;
    private final java.util.Set<String> furnitureHeadings;
    private final ClaimFeatures features;
    private final ClaimModels models;
    private final ActorChooser actors;
    private final PastTime pastTime = new PastTime();
    /** "according to the Gaza Health Ministry": who counts a war's dead among everyone, civilians first. */
    private final PhraseMatcher<Boolean> civilianTallies = PhraseMatcher.ofWords("civilian-tallies.txt");
    private final FigureRules contextRules = new FigureRules("figure-context.rules",
            java.util.Arrays.stream(Context.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet()));
    /**
     * "seven soldiers from both sides", "killed …, both sides said", "exchanged 146 prisoners of war each": whose
     * words may stand far after the figure.
     */
    private final FigureRules sidesRules = new FigureRules("both-sides.rules", Set.of(Context.BOTH_SIDES.name()),
            BOTH_SIDES_REACH);

    /** What figure-context.rules may say of a cardinal from the words around it. */
    private enum Context {
        /** "on January 10", "aged 25": no count. */
        DATE_OR_AGE,
        /** "these two North Korean soldiers": troops counted before, not a new count. */
        POINTS_BACK,
        /** "21 Christians": civilians, never troops. */
        CIVILIANS,
        /** "43,000 of its soldiers": the speaker's own troops. */
        OWN_TROOPS,
        /** "Poland's military stands at around 200,000": the size of a standing force, no troop noun after it. */
        FORCE_SIZE,
        /** "the Ukrainian army currently boasts around 800,000 soldiers": a whole standing force, no deployment. */
        FORCE_TOTAL,
        /** "200-300 meters per day", "for 20 years": a measure, never a head count. */
        MEASURE,
        /** "the brigade consists of about 3,300 personnel": the members of a military formation. */
        FORMATION,
        /** "three army brigades", "two PMF brigades": a count of formations, not of troops. */
        FORMATIONS,
        /** "seven soldiers from both sides": two warring sides' troops together, no one side's. */
        BOTH_SIDES,
        /** "its target of 203,000 servicemen": a size still to be reached, planned. */
        TARGET,
        /** "Germany needs up to 60,000 more troops": a size a side needs or aims at, planned unless they leave. */
        AIM,
        /** "after reducing its presence by about 2,000": the troops a reduction removes, other. */
        REDUCTION,
        /** "down from a peak of 2,500": a size of a time that has passed, other. */
        PAST_PEAK,
        /** "a multinational force of around 10,000 troops": many states' troops together, no one state's. */
        MANY_SIDES
    }

    private ClaimExtractor(ClaimModels models) {
        this.splitter = new SentenceSplitter();
        this.numbers = new NumberParser();
        this.gazetteer = new Gazetteer();
        this.units = new UnitPhrase.Grammar(gazetteer);
        this.anaphora = new Anaphora();
        this.statuses = new StatusLexicon();
        this.negation = new NegationDetector();
        this.hedges = new HedgeDetector();
        this.attributions = new AttributionFinder(gazetteer);
        this.ellipsis = new Ellipsis(statuses);
        this.roles = new RoleFinder();
        this.fallback = new SourceFallback();
        this.furnitureHeadings = java.util.Set.copyOf(LexiconFile.words("furniture.txt"));
        this.features = new ClaimFeatures(units, statuses);
        this.models = models;
        this.actors = new ActorChooser(features, models.actors());
    }

    /** An extractor with the grammar and the models bundled in the jar. Build once and share. */
    public static ClaimExtractor withDefaultRules() {
        return new ClaimExtractor(ClaimModels.bundled());
    }

    /**
     * An extractor with the bundled grammar and the given models; with {@link ClaimModels#none()}, the
     * grammar alone (what {@code newsflow train claims} learns from).
     */
    public static ClaimExtractor withModels(ClaimModels models) {
        return new ClaimExtractor(models);
    }

    /** Which learned decision a training example is for. */
    public enum Task { FIGURE, ACTOR, STATUS }

    /**
     * A decision the extractor made, with the features it was made on: for {@link Task#FIGURE} a figure the
     * grammar passed over, for {@link Task#ACTOR} one candidate for a claim's actor, for {@link Task#STATUS}
     * a claim's status.
     *
     * @param sentence the sentence the figure stands in
     * @param actor    the candidate's name, for {@link Task#ACTOR}
     */
    public record Example(Task task, String sentence, long count, List<String> features, String actor) {
    }

    /** The training examples of an article: what {@code newsflow train claims} labels from gold files. */
    public List<Example> examples(String title, String text) {
        List<Example> out = new ArrayList<>();
        run(title, text, out);
        return out;
    }

    /**
     * Claims in the title and the body.
     *
     * @param title the headline, or null
     * @param text  body text, paragraphs separated by blank lines
     */
    public List<TroopClaim> extract(String title, String text) {
        return run(title, text, null);
    }

    /** Claims in the title, then the body; {@code examples}, when not null, collects the decisions made. */
    private List<TroopClaim> run(String title, String text, List<Example> examples) {
        List<TroopClaim> out = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            out.addAll(extractFrom(title, true, examples));
        }
        if (text != null && !text.isBlank()) {
            out.addAll(extractFrom(text, false, examples));
        }
        return List.copyOf(out);
    }

    /** A claim plus what later sentences need from it; {@code grammarStatus} is its status before the model's. */
    private record Found(TroopClaim claim, int sentence, int paragraph, String unitHead, int figureEnd,
                         int phraseEnd, List<ActorChooser.Candidate> actors, List<String> statusFeatures,
                         Status grammarStatus) {
    }

    /** What every sentence of one text shares: its sentences, their attributions, its organisations. */
    private record Article(String text, List<Sentence> sentences, List<AttributionFinder.Attribution> attributed,
                           List<SourceFallback.Organisation> organisations, boolean inTitle,
                           List<List<Gazetteer.Mention>> mentions, java.util.Map<String, Integer> actorCounts,
                           Gazetteer.Actor mostNamed, Gazetteer.Actor homeCountry, Gazetteer.Actor servedSide,
                           Set<String> senders, boolean aboutTroops, List<Boolean> occasions, int presentYear,
                           boolean policeStory) {

        /**
         * Where the article names an exercise, parade or ceremony, seen from sentence {@code si}: in it, in
         * its paragraph, elsewhere, or nowhere. A report on a drill counts its troops as taking part.
         */
        String occasion(int si) {
            if (occasions.get(si)) {
                return "sentence";
            }
            int paragraph = sentences.get(si).paragraph();
            boolean inParagraph = false;
            boolean anywhere = false;
            for (int k = 0; k < sentences.size(); k++) {
                inParagraph |= occasions.get(k) && sentences.get(k).paragraph() == paragraph;
                anywhere |= occasions.get(k);
            }
            return inParagraph ? "paragraph" : anywhere ? "article" : "none";
        }

        /** Whether sentence {@code si} follows another in its paragraph. */
        boolean continuesParagraph(int si) {
            return si > 0 && sentences.get(si - 1).paragraph() == sentences.get(si).paragraph();
        }

        /** The tokens of the sentence before {@code si} in its paragraph, or none. */
        List<Token> previousInParagraph(int si) {
            return continuesParagraph(si) ? sentences.get(si - 1).tokens() : List.of();
        }

        /** What the actor model looks at around sentence {@code si}. */
        ActorChooser.Surroundings around(int si) {
            return new ActorChooser.Surroundings(sentences.get(si).tokens(), mentions.get(si), attributed.get(si),
                    previousInParagraph(si), continuesParagraph(si) ? mentions.get(si - 1) : List.of(),
                    si > 0 ? mentions.get(0) : List.of(), actorCounts, mostNamed);
        }
    }

    /** The side an article names more often than any other, or null when it names none or two tie. */
    private static Gazetteer.Actor mostNamed(List<List<Gazetteer.Mention>> mentions,
                                             java.util.Map<String, Integer> actorCounts) {
        String id = countedMost(actorCounts);
        return id == null ? null : mentions.stream().flatMap(List::stream)
                .filter(m -> m.actor() != null && m.actor().id().equals(id))
                .map(Gazetteer.Mention::actor).findFirst().orElse(null);
    }

    /** The id counted more often than any other, or null when none is counted or two tie. */
    private static String countedMost(java.util.Map<String, Integer> counts) {
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        List<String> top = counts.entrySet().stream().filter(e -> e.getValue() == most)
                .map(java.util.Map.Entry::getKey).toList();
        return most > 0 && top.size() == 1 ? top.get(0) : null;
    }

    /**
     * The country an article is set in: the one it names most often, by name or by its towns and provinces, at
     * least twice and more often than any other; else null.
     */
    private Gazetteer.Actor homeCountry(List<List<Gazetteer.Mention>> mentions) {
        // by id: "Myanmar", "Burmese" and "the Myanmar capital" are one country named three ways
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, Gazetteer.Actor> byId = new java.util.HashMap<>();
        mentions.stream().flatMap(List::stream).forEach(m -> {
            Gazetteer.Actor country = m.actor() != null && !m.actor().organisation() ? m.actor()
                    : gazetteer.countryOf(m.place());
            if (country != null) {
                counts.merge(country.id(), 1, Integer::sum);
                byId.putIfAbsent(country.id(), country);
            }
        });
        String id = countedMost(counts);
        return id != null && counts.get(id) >= 2 ? byId.get(id) : null;
    }

    /**
     * The side an article says its fighters serve, most often and more often than any other ("hired to fight for
     * the RSF", "recruited by the Russian army", "the RSF have been accused of recruiting"); else null. Fighters
     * it names only by their nationality elsewhere ("300 Colombian mercenaries") serve that side.
     */
    private Gazetteer.Actor servedSide(List<Sentence> sentences, List<List<Gazetteer.Mention>> mentions) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, Gazetteer.Actor> byId = new java.util.HashMap<>();
        for (int si = 0; si < sentences.size(); si++) {
            List<Gazetteer.Actor> sides = new ArrayList<>(units.sidesServed(sentences.get(si).tokens()));
            sides.addAll(recruiters(sentences.get(si).tokens(), mentions.get(si)));
            for (Gazetteer.Actor side : sides) {
                counts.merge(side.id(), 1, Integer::sum);
                byId.putIfAbsent(side.id(), side);
            }
        }
        String id = countedMost(counts);
        return id == null ? null : byId.get(id);
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
    private static int skipWords(List<Token> tokens, int k, int limit, java.util.function.Predicate<Token> skip) {
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
    private Set<String> senders(List<Sentence> sentences, List<List<Gazetteer.Mention>> mentions) {
        Set<String> senders = new java.util.HashSet<>();
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> tokens = sentences.get(si).tokens();
            for (Gazetteer.Mention m : mentions.get(si)) {
                if (m.actor() == null || m.actor().organisation() || m.actor().demonym()) {
                    continue;
                }
                int k = skipWords(tokens, m.end(), m.end() + SENDER_GAP,
                        t -> SENDER_SKIPS.contains(t.norm()) || StatusLexicon.mannerAdverb(t));
                Status verb = k < tokens.size() ? statuses.statusAt(tokens, k) : null;
                if (verb == Status.DEPLOYED || verb == Status.ARRIVED || verb == Status.OFFERED) {
                    senders.add(m.actor().id());
                }
            }
        }
        return senders;
    }

    /**
     * @param examples null to extract; otherwise collects the decisions made, as training examples
     */
    private List<TroopClaim> extractFrom(String text, boolean inTitle, List<Example> examples) {
        List<Sentence> sentences = splitter.split(text);
        List<List<Gazetteer.Mention>> mentionsBySentence = sentences.stream().map(s -> gazetteer.find(s.tokens())).toList();
        java.util.Map<String, Integer> actorCounts = new java.util.HashMap<>();
        mentionsBySentence.forEach(ms -> ms.stream().filter(m -> m.actor() != null)
                .forEach(m -> actorCounts.merge(m.actor().id(), 1, Integer::sum)));
        Article article = new Article(text, sentences,
                sentences.stream().map(s -> attributions.find(s.tokens())).toList(),
                fallback.organisations(text), inTitle, mentionsBySentence, actorCounts,
                mostNamed(mentionsBySentence, actorCounts), homeCountry(mentionsBySentence),
                servedSide(sentences, mentionsBySentence),
                senders(sentences, mentionsBySentence),
                sentences.stream().filter(s -> features.namesTroops(s.tokens())).limit(TROOP_SENTENCES)
                        .count() >= TROOP_SENTENCES,
                sentences.stream().map(s -> statuses.namesOccasion(s.tokens())).toList(),
                pastTime.referenceYear(sentences), !sentences.isEmpty() && policeStory(sentences.get(0).tokens()));
        List<Found> found = new ArrayList<>();
        int lastOtherFigure = -1; // end of the last cardinal that was not a claim
        int furnitureParagraph = -1;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence sentence = sentences.get(si);
            if (furnitureHeading(sentence.text(), false)
                    && (si == 0 || sentences.get(si - 1).paragraph() != sentence.paragraph())) {
                furnitureParagraph = sentence.paragraph(); // "Most read" and the list under it
            }
            if (sentence.paragraph() == furnitureParagraph || furnitureHeading(sentence.text(), true)) {
                continue;
            }
            List<Token> tokens = sentence.tokens();
            List<Gazetteer.Mention> mentions = article.mentions().get(si);
            int civiliansEnd = -1; // end of the sentence's last figure of civilians
            for (NumberMention n : numbers.parse(tokens)) {
                // "16 civilians were killed and 71 others injured": the others are civilians too
                boolean moreCivilians = civiliansEnd >= 0 && n.end() < tokens.size()
                        && OTHERS.contains(tokens.get(n.end()).norm());
                Set<Context> said = context(tokens, n);
                if (n.count() < 1) {
                    continue; // "10, 000" split by a typo: "000" counts no one
                }
                if (n.kind() != NumberMention.Kind.CARDINAL && !units.strengthCompound(tokens, n.end())) {
                    continue; // "a 10-year-old", but "a 13,500-strong mission"
                }
                Found previous = found.isEmpty() ? null : found.get(found.size() - 1);
                // "two groups, one of them": the nearer figure is the antecedent
                Found last = previous != null && lastOtherFigure > previous.figureEnd() ? null : previous;
                // "69 fighters and 40 civilians, including 27 executed": a figure left bare after civilians counts them
                boolean civiliansNearer = civiliansEnd >= 0
                        && (previous == null || previous.sentence() != si || previous.figureEnd() < civiliansEnd);
                Found f = moreCivilians ? null : claim(article, si, n, said, mentions, last,
                        civiliansNearer ? null : previous, storyActor(found));
                if (said.contains(Context.CIVILIANS)) {
                    civiliansEnd = tokens.get(n.end() - 1).end();
                }
                if (f == null && candidate(tokens, n, said) && !moreCivilians
                        && !inAttribution(article.attributed().get(si), n)) {
                    List<String> described = describe(article, si, n, mentions, found);
                    if (examples != null) {
                        examples.add(new Example(Task.FIGURE, sentence.text(), n.count(), described, null));
                    }
                    if (models.figures() != null && troopContext(article, found)
                            && models.figures().probability(ClaimModels.CLAIM, described) >= models.threshold()) {
                        f = learned(article, si, n, said, mentions, previous, storyActor(found));
                    }
                }
                if (f == null) {
                    lastOtherFigure = tokens.get(n.end() - 1).end();
                } else {
                    found.add(f);
                }
            }
        }
        List<Found> kept = withoutRebutted(found, sentences);
        if (examples != null) {
            for (Found f : kept) {
                examples.add(new Example(Task.STATUS, f.claim().sentence(), f.claim().count(), f.statusFeatures(), null));
                for (ActorChooser.Candidate c : f.actors()) {
                    examples.add(new Example(Task.ACTOR, f.claim().sentence(), f.claim().count(), c.features(),
                            c.actor().name()));
                }
            }
        }
        return kept.stream().map(f -> forwardSource(f, article)).toList();
    }

    /**
     * Drops the figures a later sentence rebuts: the nearest earlier sentence with claims, up to a paragraph
     * back, and the same figures restated before it ("More than 20,000 Russian soldiers killed: US" …
     * "Russia refuted the claim, asserting that the number had been completely fabricated").
     */
    private List<Found> withoutRebutted(List<Found> found, List<Sentence> sentences) {
        List<Found> kept = new ArrayList<>(found);
        for (int si = 0; si < sentences.size(); si++) {
            if (!negation.rebutsAnEarlierFigure(sentences.get(si).tokens())) {
                continue;
            }
            int rebutting = si;
            int paragraph = sentences.get(si).paragraph();
            Found nearest = kept.stream().filter(f -> f.sentence() < rebutting)
                    .reduce((a, b) -> b).orElse(null);
            if (nearest == null || nearest.paragraph() < paragraph - ANTECEDENT_PARAGRAPHS
                    || nearest.sentence() == rebutting) {
                continue;
            }
            Set<Long> counts = kept.stream().filter(f -> f.sentence() == nearest.sentence())
                    .map(f -> f.claim().count()).collect(java.util.stream.Collectors.toSet());
            kept.removeIf(f -> f.sentence() <= nearest.sentence() && counts.contains(f.claim().count()));
        }
        return kept;
    }

    /** The claim the figure makes, or null when it is no troop claim. */
    private Found claim(Article article, int si, NumberMention n, Set<Context> said, List<Gazetteer.Mention> mentions,
                        Found last, Found previous, Gazetteer.Actor storyActor) {
        Sentence s = article.sentences().get(si);
        List<Token> tokens = s.tokens();
        if (said.contains(Context.POINTS_BACK) || said.contains(Context.FORMATIONS) || said.contains(Context.CIVILIANS)
                || said.contains(Context.MEASURE)) {
            // "these two North Korean soldiers" were counted before; "two PMF brigades" count units; "7 million
            // Syrians still displaced" are civilians; "five soldiers for every Ukrainian" is a rate
            return null;
        }
        if (inAttribution(article.attributed().get(si), n)) {
            return null; // "according to two military commanders": who says so, not what they say
        }
        boolean bracketed = n.qualifierStart() > 0 && n.end() + 1 < tokens.size()
                && tokens.get(n.qualifierStart() - 1).norm().equals("(") && tokens.get(n.end()).norm().equals(")");
        // "two (2) terrorists": the digits restate the words, and their noun follows the bracket
        UnitPhrase unit = units.match(tokens, bracketed ? n.end() + 1 : n.end(), n.count());
        if (unit == null && tokens.get(n.start()).isYear()) {
            return null; // "The bloodiest year for UK troops was 2009": a bare year counts no one
        }
        if (said.contains(Context.DATE_OR_AGE)) {
            return null; // "on January 10", "under the age of 18"
        }
        if (unit == null && n.end() + 2 < tokens.size() && tokens.get(n.end()).norm().equals("of")
                && PARTITIVE_DETERMINERS.contains(tokens.get(n.end() + 1).norm())) {
            unit = units.match(tokens, n.end() + 2); // "We lost 92 of our soldiers", "10 of the 30 peacekeepers"
        }
        if (unit == null) {
            unit = changedTo(tokens, n); // "increase its contribution from 270 to 350 military personnel"
        }
        if (unit == null && n.end() + 1 < tokens.size() && COPULA.contains(tokens.get(n.end()).norm())) {
            unit = units.match(tokens, n.end() + 1); // "Some 8,800 are ground troops", "of which 9,500 are troops"
        }
        int anaphorEnd = anaphora.refersBack(tokens, n);
        Found antecedent = anaphorEnd >= 0 && last != null
                && last.paragraph() >= s.paragraph() - ANTECEDENT_PARAGRAPHS ? last : null;
        if (anaphorEnd < 0 && unit == null && previous != null && ellipsis.refersBack(tokens, mentions, n,
                previous.sentence() == si, previous.paragraph() >= s.paragraph() - ANTECEDENT_PARAGRAPHS)) {
            anaphorEnd = Ellipsis.end(tokens, n); // "… and 2,700 wounded", "two others were wounded"
            antecedent = previous;
        }
        if (anaphorEnd < 0 && unit == null) {
            unit = units.before(tokens, n.qualifierStart(), n.end()); // "reduce its troops from about 12,000 to 8,600"
        }
        if (anaphorEnd < 0 && unit == null) {
            unit = units.numberOf(tokens, n.qualifierStart(), n.end()); // "cut the number of US troops to 2,500"
        }
        if (anaphorEnd < 0 && unit == null) {
            unit = lossesOnly(tokens, n); // "Russia has had between 70,000 and 80,000 killed or wounded"
        }
        if (anaphorEnd < 0 && unit == null) {
            unit = units.recruited(tokens, n.end()); // "recruited 422,704 people": troops if the cue below recruits
        }
        boolean forceSize = anaphorEnd < 0 && unit == null && said.contains(Context.FORCE_SIZE);
        if (forceSize) {
            unit = new UnitPhrase("troops", null, false, UnitPhrase.Counts.TROOPS, n.end(),
                    UnitPhrase.Source.PHRASE); // "the army stands at 200,000"
        }
        if (unit == null && antecedent == null || negation.negates(tokens, n.qualifierStart())) {
            return null;
        }
        TroopClaim base = antecedent == null ? null : antecedent.claim();
        AttributionFinder.Attribution attribution = article.attributed().get(si);
        int phraseEnd = unit != null ? unit.end() : anaphorEnd;
        String unitText = unit != null ? unit.unit() : base.unit();
        if (unit != null && policeOfficers(article, unitText)) {
            return null; // "Deputy Superintendent of Police Wahid Mehmood and two gunners were killed"
        }

        StatusLexicon.Cue cue = statuses.governing(tokens, n.qualifierStart(), phraseEnd, base != null);
        Status own = cue == null ? (forceSize ? Status.OTHER : null) : cue.status(); // a force's size is no move
        if (unit != null && unit.counts() == UnitPhrase.Counts.RECRUITS && (cue == null || !cue.recruitment())) {
            return null; // "2,000 people were evacuated": anyone, unless a force recruits or mobilises them
        }
        if (own == null && unit != null && !unit.demonymHead() && roles.presence(tokens, mentions, phraseEnd)) {
            own = Status.DEPLOYED; // "40,000 Russian troops in the Zaporizhzhia direction"
        }
        boolean besideTroops = previous != null && previous.sentence() == si;
        boolean troopWork = own != null && (cue == null || !cue.anyone()); // not "150 Indians returned home"
        if (unit != null && unit.demonymHead() && (!troopWork
                || own.isCasualty() && own != Status.KILLED_OR_WOUNDED && !besideTroops
                || tokens.stream().anyMatch(t -> CIVILIAN_CONTEXTS.contains(t.norm())))) {
            // "2,000 North Koreans attended a concert", "40,000 Palestinians have been killed": people, not
            // troops; a troop verb ("have been sent"), losses ("hundreds of Russians killed or wounded") or
            // troops beside them ("three Armenian soldiers and two Azeris were killed") make them troops, unless
            // the sentence speaks of refugees, exiles or detainees ("hosting 2.9 million Syrians who have fled")
            return null;
        }
        Status status = grammarStatus(tokens, own, cue, base == null ? null : base.status(), n.qualifierStart(),
                phraseEnd, mentions);
        List<String> statusFeatures = features.status(tokens, n, phraseEnd, unitText, status, cue,
                base == null ? null : base.status(), article.inTitle(),
                roles.location(tokens, mentions, status, attribution, n.qualifierStart(), phraseEnd),
                roles.presence(tokens, mentions, phraseEnd));
        statusFeatures.addAll(articleStatusFeatures(article, si, said, previous));
        Status grammar = status;
        status = learnedStatus(status, cue, said, statusFeatures, unitText, tokens, n.qualifierStart(), n.end(),
                article);
        status = listed(tokens, previous, si, n.qualifierStart(), status);
        Gazetteer.Place place = roles.location(tokens, mentions, status, attribution, n.qualifierStart(), phraseEnd);
        // "withdraw 12,000 troops from Germany": where they leave, not whose they are
        boolean leaving = cue != null && cue.withdrawal() && unit != null && unit.actorFromOrigin();
        Gazetteer.Actor actor = unit != null && !leaving ? unit.actor() : null;
        // "Ethiopia 2,500", "9,000 troops from the US and 5,000 from the Philippines": the figure names its side
        boolean bare = unit == null ? base != null : unit.end() <= n.end(); // no troop noun after the figure
        Gazetteer.Actor ownSide = bare ? Ellipsis.ownActor(tokens, mentions, n) : null;
        actor = ownSide != null ? ownSide : actor;
        if (actor == null && base == null) {
            // "Israel killed 9,000 militants": the subject of an active killed/wounded is the other side; and
            // a side mostly reports the other side's dead, unless they are its own ("43,000 of its soldiers",
            // "it lost 200 soldiers")
            boolean killedBy = cue != null && cue.end() == n.qualifierStart()
                    && (own == Status.KILLED || own == Status.WOUNDED);
            boolean speakerActs = own == null || !own.isCasualty() || own == Status.KILLED_OR_WOUNDED
                    || said.contains(Context.OWN_TROOPS);
            actor = roles.actor(tokens, mentions, n.qualifierStart(), phraseEnd, attribution,
                    killedBy ? cue.end() : 0, speakerActs);
            if (actor == null && killedBy) {
                actor = headlineTopic(tokens, mentions, cue.start()); // "Kenya: Roadside bomb kills five soldiers"
            }
        }
        if (base == null && unit.ambiguous() && !besideTroops && !said.contains(Context.FORMATION)
                && (!troopWork || actor == null && storyActor == null)) {
            // "two men", "hundreds of workers", "laid off 1,400 workers": a head that also counts civilians
            // needs troop work (a status cue) and someone whose troops they are
            return null;
        }
        if (actor == null && base == null && storyActor != null) {
            actor = storyActor; // "A further 1,000-1,500 soldiers are expected": the story's actor carries over
        }
        if (actor == null && base == null && (status.isCasualty() || governmentForces(tokens, n.end(), phraseEnd))) {
            // "Twelve soldiers were wounded … in Belgorod", "150 junta troops … in northern Shan State surrendered"
            actor = gazetteer.countryOf(place);
        }
        if (actor == null && base == null && governmentForces(tokens, n.end(), phraseEnd)) {
            actor = article.homeCountry(); // "around 20 junta troops", in a report from Myanmar's Kachin State
        }
        if (actor == null && base == null && article.continuesParagraph(si)) {
            // "…the US military had completed the withdrawal. Around 650 troops are expected to remain."
            List<Token> before = article.previousInParagraph(si);
            actor = roles.actor(before, article.mentions().get(si - 1), before.size(), before.size(), null);
        }
        if (actor == null && base == null && !status.isCasualty()) {
            actor = roles.speakerActor(mentions, attribution); // "…troops have been massed, Israeli media reported"
        }
        Gazetteer.Actor grammarActor = actor != null ? actor : base != null ? actorOf(base) : null;
        List<ActorChooser.Candidate> candidates = actors.candidates(article.around(si), n.qualifierStart(), phraseEnd,
                unitText, grammarActor, storyActor, status, gazetteer.countryOf(place));
        // "22 Tanzanians, 12 Malawians", "155 Chinese citizens who are fighting for Russia": the troop phrase names
        // the side, whatever mission or country the sentence names besides
        boolean phraseNamesSide = unit != null && unit.actor() != null
                && (unit.demonymHead() || unit.actorSource() == UnitPhrase.Source.SERVED
                || unit.actorSource() == UnitPhrase.Source.POSSESSOR);
        // "US and Philippine troops" are no one side's, unless a mission or alliance fields them ("KFOR … 4,500
        // troops from 27 countries")
        boolean jointForce = unit != null && unit.actorSource() == UnitPhrase.Source.JOINT && !namesOrganisation(mentions);
        // "Russia has recruited about 200 Nepalis": people recruited abroad serve the side that recruits them
        boolean recruitedAbroad = unit != null && unit.demonymHead() && unit.actorSource() != UnitPhrase.Source.SERVED
                && cue != null && cue.recruitment();
        Gazetteer.Actor recruiter = recruitedAbroad ? recruiter(mentions, cue, unit.actor()) : null;
        // "Russia has transferred the bodies of 6,060 fallen soldiers to Ukraine": the dead are the receiver's
        boolean remains = unit != null && unit.actor() == null
                && (cue != null && REMAINS.contains(tokens.get(cue.start()).norm())
                || REMAINS.contains(Token.lastWord(unitText)));
        Gazetteer.Actor receiver = remains ? receiver(tokens, mentions, phraseEnd)
                : remainsSide(tokens, mentions, n.end()); // "391 bodies returned to Russia": a bare figure of remains
        Gazetteer.Actor takenIn = recruiter != null ? recruiter : receiver; // who recruits them or receives them
        actor = ownSide != null ? ownSide : takenIn != null ? takenIn : phraseNamesSide || jointForce ? unit.actor()
                : actors.choose(grammarActor, candidates, unitText, governmentForces(tokens, n.end(), phraseEnd));
        if (ownSide == null && takenIn == null && !phraseNamesSide) {
            actor = unfought(actor, article.servedSide(), grammarActor, candidates, tokens, mentions, unitText,
                    governmentForces(tokens, n.end(), phraseEnd));
        }
        actor = ownSide == null && (noOneSide(said, unit, unitText, actor)
                || exerciseTotal(tokens, mentions, unit, cue, n.qualifierStart(), status)) ? null : actor;
        List<Token> phrase = tokens.subList(n.end(), unit == null ? n.end() : unit.end());
        if (recruitedByNationality(unit, actor, article, phrase)) {
            actor = article.servedSide(); // "300 Colombian mercenaries", in a story on fighters hired by the RSF
        }
        if (grammarActor == null && !phraseNamesSide && destinationOnly(actor, tokens, mentions)) {
            actor = null; // "a major challenge in deploying 25,000 troops to Ukraine": not Ukraine's
        }
        if ((unit == null || unit.actor() == null) && ownSide == null
                && hostOfPeacekeepers(actor, tokens, gazetteer.countryOf(place))) {
            actor = missionBody(mentions); // "20,000 peacekeepers in Gaza" are not Palestine's
        }
        actor = gazetteer.asOf(actor, article.presentYear());
        Status verb = cue == null ? null : statuses.statusAt(tokens, cue.start()); // the table's, before intent
        boolean sending = verb == Status.DEPLOYED || verb == Status.ARRIVED;
        boolean stance = sending && statuses.offerStance(tokens, cue);
        boolean possible = stance || sending && statuses.offerModal(tokens, cue);
        if ((status == Status.PLANNED || grammar == Status.PLANNED) && possible
                && (roles.speakerIs(actor, mentions, attribution)
                || stance && roles.subjectIs(actor, mentions, n.qualifierStart()))) {
            // "Macron said … French soldiers could be deployed", "Pakistan is considering deploying 3,500 troops": a
            // side offers its own; but "North Korea could send up to 30,000 more troops", say others, is a plan, and
            // "Lukashenko has said his country could mobilise half a million reservists" is what it can raise
            status = Status.OFFERED;
        }
        TroopClaim claim = new TroopClaim(
                n.text(), n.count(), n.low(), n.high(), n.qualifier(), unitText,
                actor != null ? actor.id() : null, actor != null ? actor.name() : null,
                place != null ? place.name() : base != null ? base.location() : null,
                place != null ? place.theatre() : base != null ? base.theatre() : null,
                status, source(article, si, base), s.text(), s.start(), s.end(),
                hedges.hedged(tokens), n.vague(), article.inTitle());
        String head = unit != null ? Token.lastWord(unit.unit()) : antecedent.unitHead();
        return new Found(claim, si, s.paragraph(), head, tokens.get(n.end() - 1).end(), phraseEnd, candidates,
                statusFeatures, grammar);
    }

    /**
     * Whether the claim's side is only the nationality its troop phrase names ("Nepalis", "Cuban nationals",
     * "Colombian mercenaries", "retired Colombian soldiers"; not "North Korean soldiers", a state's army) in an
     * article that says which other side such fighters serve, and not of a state the article says sends troops
     * itself.
     */
    private static boolean recruitedByNationality(UnitPhrase unit, Gazetteer.Actor actor, Article article,
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
    private static Gazetteer.Actor recruiter(List<Gazetteer.Mention> mentions, StatusLexicon.Cue cue,
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
    private static boolean destinationOnly(Gazetteer.Actor actor, List<Token> tokens,
                                           List<Gazetteer.Mention> mentions) {
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
    private static boolean hostOfPeacekeepers(Gazetteer.Actor actor, List<Token> tokens, Gazetteer.Actor placeCountry) {
        return actor != null && placeCountry != null && actor.id().equals(placeCountry.id())
                && tokens.stream().anyMatch(t -> PEACEKEEPING.contains(t.norm()));
    }

    /** The body whose mission the sentence names (the UN, the AU, NATO), or null. */
    private static Gazetteer.Actor missionBody(List<Gazetteer.Mention> mentions) {
        return mentions.stream().map(Gazetteer.Mention::actor)
                .filter(a -> a != null && MISSION_BODIES.contains(a.id())).findFirst().orElse(null);
    }

    /**
     * The side a sentence hands the dead back to: the side after "to" or "to the" in a sentence with a handover
     * verb ("transferred the bodies … to Ukraine", "handed over … to the Ukrainian side"), the first such after the
     * figure when there is one ("14,480 bodies returned to Ukraine and 391 bodies returned to Russia"); else null.
     *
     * @param figureEnd where the figure's phrase ends
     */
    private static Gazetteer.Actor receiver(List<Token> tokens, List<Gazetteer.Mention> mentions, int figureEnd) {
        if (tokens.stream().noneMatch(t -> HANDOVER_VERBS.contains(t.norm()))) {
            return null;
        }
        Gazetteer.Actor first = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.actor() != null && afterTo(tokens, m)) {
                if (m.start() >= figureEnd) {
                    return m.actor();
                }
                first = first != null ? first : m.actor();
            }
        }
        return first;
    }

    /**
     * The side whose dead a figure counts by their remains ("909 Ukrainian bodies", "757 bodies … to Ukraine"):
     * the demonym before "bodies", else the side they are handed back to; null when the figure counts no
     * remains or names neither.
     */
    private static Gazetteer.Actor remainsSide(List<Token> tokens, List<Gazetteer.Mention> mentions, int figureEnd) {
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

    /** Whether the mention follows "to" or "to the": "to Ukraine", "to the Ukrainian side". */
    private static boolean afterTo(List<Token> tokens, Gazetteer.Mention m) {
        return after(tokens, m, "to") >= 0;
    }

    /**
     * Where the word stands when the mention follows it, straight or past "the" ("against Ukraine", "against the
     * Ukrainian army"); else -1.
     */
    private static int after(List<Token> tokens, Gazetteer.Mention m, String word) {
        int k = m.start() > 0 && tokens.get(m.start() - 1).norm().equals("the") ? m.start() - 1 : m.start();
        return k > 0 && tokens.get(k - 1).norm().equals(word) ? k - 1 : -1;
    }

    /**
     * Whether the figure is no one side's, whatever side the sentence names, unless its own phrase names one:
     * troops "from both sides", many states' troops together ("a multinational force of around 10,000 troops",
     * unless a mission or alliance fields them), or "15 attackers" killed by the army that reports them (an
     * armed group named as theirs stays).
     */
    private static boolean noOneSide(Set<Context> said, UnitPhrase unit, String unitText, Gazetteer.Actor actor) {
        if (actor == null || unit != null && unit.actor() != null) {
            return false;
        }
        return said.contains(Context.BOTH_SIDES)
                || !actor.organisation() && (said.contains(Context.MANY_SIDES)
                || ASSAILANTS.contains(Token.lastWord(unitText).toLowerCase(Locale.ROOT)));
    }

    /**
     * The grammar's status of the figure at [from, phraseEnd): its own cue's, else the claim it refers back
     * to, else what its clause implies ("will", "currently"), else other; a deployment at an exercise or
     * parade counts participants.
     */
    private Status grammarStatus(List<Token> tokens, Status own, StatusLexicon.Cue cue, Status inherited, int from,
                                 int phraseEnd, List<Gazetteer.Mention> mentions) {
        Status status = firstNonNull(own, inherited,
                statuses.clauseDefault(tokens, from, phraseEnd, namesPlace(mentions)), Status.OTHER);
        return statuses.onOccasion(tokens, status, cue);
    }

    /**
     * The status of a figure listed right after another claim's troops, which the sentence says the same of: "the
     * German army, which currently numbers about 183,000 regular soldiers and only 49,000 reservists" (both its
     * size), "11,500 military personnel, 600 military observers" (both a mandate's ceiling). Losses keep their own
     * ("killed 70 fighters and wounded 12").
     *
     * @param from first token of the figure (with its qualifier)
     */
    private static Status listed(List<Token> tokens, Found previous, int si, int from, Status status) {
        if (previous == null || previous.sentence() != si || from <= previous.phraseEnd()
                || from - previous.phraseEnd() > MAX_LIST_LINK || status.isCasualty()
                || previous.claim().status().isCasualty()) {
            return status;
        }
        for (int k = previous.phraseEnd(); k < from; k++) {
            if (!LIST_LINKS.contains(tokens.get(k).norm())) {
                return status;
            }
        }
        return previous.claim().status();
    }

    /** What figure-context.rules say of the figure. */
    private Set<Context> context(List<Token> tokens, NumberMention n) {
        Set<Context> said = java.util.EnumSet.noneOf(Context.class);
        contextRules.matching(tokens, n).forEach(r -> said.add(Context.valueOf(r)));
        if (tokens.stream().anyMatch(t -> t.norm().equals("sides") || t.norm().equals("each"))) { // worth it only then
            sidesRules.matching(tokens, n).forEach(r -> said.add(Context.valueOf(r)));
        }
        return said;
    }

    /** The troops of "from N to M troops" counted by N as well: the figure changed to names them once. */
    private UnitPhrase changedTo(List<Token> tokens, NumberMention n) {
        if (n.end() + 1 >= tokens.size() || !tokens.get(n.end()).norm().equals("to")) {
            return null;
        }
        NumberMention to = numbers.at(tokens, n.end() + 1);
        return to == null ? null : units.match(tokens, to.end(), n.count());
    }

    /**
     * The status model's features beyond the sentence's words: the grammar's status of the claim before
     * in the article (an article counts a force in one way throughout: its size, its deployment, its losses),
     * where the article names an exercise or parade, and what figure-context.rules said of the figure
     * ("the army stands at 200,000" is a force's size).
     */
    private static List<String> articleStatusFeatures(Article article, int si, Set<Context> said, Found previous) {
        List<String> f = new ArrayList<>();
        f.add("before=" + (previous == null ? "none" : "grammar=" + previous.grammarStatus()));
        f.add("occasion=" + article.occasion(si));
        said.forEach(c -> f.add("context=" + c));
        return f;
    }

    /**
     * The status model's reading of the claim, or the grammar's when there is no model; grammar rules the
     * table does not weigh have the last word. Planned: the size an intended change is to reach and the amount an
     * intended growth adds ("will increase by 14,000"), a size named as a target ("its target of 203,000
     * servicemen") or one a side needs or aims at ("Germany needs up to 60,000 additional troops"), an intended
     * raise ("will summon 118,000 reservists") and troops on their way, in the figure's clause, and a size its
     * clause says is to be reached by a year later than the article's ("rising to 10,000 by 2030").
     * Other: the troops a reduction removes ("reducing its presence by about 2,000"), troops a withdrawal cue
     * governs that the model reads as planned ("Hundreds of marines to leave Los Angeles"), the whole of a standing
     * force the model reads as deployed ("the Bundeswehr currently has around 180,000 military personnel"),
     * captives, and a deployment or plan of a time that has passed ("In 1990 the United States still had 200,000
     * soldiers stationed in Germany"). Deployed: peacekeepers of whom nothing else is said ("Nepal has 5,682
     * peacekeepers"), whom the model reads as a force's size.
     *
     * @param grammar the grammar's status
     * @param cue     the cue that governs the figure, or null
     * @param said    what figure-context.rules said of the figure
     */
    private Status learnedStatus(Status grammar, StatusLexicon.Cue cue, Set<Context> said, List<String> statusFeatures,
                                 String unitText, List<Token> tokens, int from, int figureEnd, Article article) {
        boolean aimed = said.contains(Context.AIM) && !(cue != null && cue.withdrawal());
        if (statuses.changeTarget(tokens, from) || said.contains(Context.TARGET)
                || !grammar.isCasualty() && (aimed || statuses.intendedGrowth(tokens, from))) {
            return Status.PLANNED; // "will reduce the army to 135,000", "will increase by 14,000", "its target of …"
        }
        if (!grammar.isCasualty() && !(cue != null && cue.withdrawal())
                && pastTime.futureDeadline(tokens, figureEnd, statuses.clause(tokens, from, figureEnd)[1],
                article.presentYear())) {
            return Status.PLANNED; // "Poland plans to prepare 100,000 military reservists by 2027"
        }
        boolean inTransit = cue != null && cue.transit() && statuses.clause(tokens, from, from + 1)[1] > cue.start();
        if (grammar == Status.PLANNED && cue != null && (cue.recruitment() || inTransit)) {
            return Status.PLANNED; // "will summon 118,000 reservists", "300 Guard members were on their way"
        }
        if (!grammar.isCasualty() && said.contains(Context.REDUCTION)) {
            return Status.OTHER; // "after reducing its presence by about 2,000": troops leaving
        }
        Status status = models.statuses() == null ? grammar : Status.fromLabel(models.statuses().best(statusFeatures));
        if (status == Status.DEPLOYED && said.contains(Context.FORCE_TOTAL)) {
            return Status.OTHER; // "Germany's Bundeswehr currently has around 180,000 military personnel": its size
        }
        if (status == Status.PLANNED && cue != null && cue.withdrawal()) {
            return Status.OTHER; // "Hundreds of marines to leave Los Angeles": troops leaving, whenever they go
        }
        if (status == Status.OTHER && cue == null && said.isEmpty()
                && PEACEKEEPERS.contains(Token.lastWord(unitText))
                && !pastTime.past(tokens, article.presentYear())) {
            status = Status.DEPLOYED; // "Nepal has 5,682 peacekeepers": a mission's troops are out on it
        }
        // "exchanged 25 prisoners of war", "released 215 prisoners of war": captives are held, not deployed
        boolean captives = java.util.Arrays.stream(unitText.toLowerCase(Locale.ROOT).split(" "))
                .anyMatch(CAPTIVES::contains);
        boolean past = (status == Status.DEPLOYED || status == Status.PLANNED)
                && (said.contains(Context.PAST_PEAK) || pastTime.past(tokens, article.presentYear()));
        return (captives || past) && !status.isCasualty() ? Status.OTHER : status;
    }

    /**
     * The chosen side, unless the sentence names it as the one fought ("155 Chinese nationals are fighting against
     * Ukraine"): then the side the article says fighters serve, else the chooser's pick among the other sides, or
     * none.
     *
     * @param served     the side the article says its fighters serve, or null
     * @param grammar    the grammar's pick, or null
     * @param government the troop phrase names a government's forces
     */
    private Gazetteer.Actor unfought(Gazetteer.Actor chosen, Gazetteer.Actor served, Gazetteer.Actor grammar,
                                     List<ActorChooser.Candidate> candidates, List<Token> tokens,
                                     List<Gazetteer.Mention> mentions, String unitText, boolean government) {
        Set<String> fought = foughtSides(tokens, mentions);
        if (chosen == null || !fought.contains(chosen.id())) {
            return chosen;
        }
        if (served != null && !fought.contains(served.id())) {
            return served; // the side the article says such fighters serve
        }
        return actors.choose(grammar != null && fought.contains(grammar.id()) ? null : grammar,
                candidates.stream().filter(c -> !fought.contains(c.actor().id())).toList(), unitText, government);
    }

    /**
     * Whether a story its first sentence tells as one of police, naming no troops ("Six policemen martyred as
     * terrorists attack police van in Kohat"), counts police by a head that may name either: "two gunners", "four
     * personnel", "all three officers". A military word in the phrase keeps them troops ("three military personnel").
     */
    private static boolean policeOfficers(Article article, String unitText) {
        List<String> words = java.util.Arrays.asList(unitText.toLowerCase(Locale.ROOT).split(" "));
        return article.policeStory() && POLICE_OR_TROOPS.contains(words.get(words.size() - 1))
                && words.stream().noneMatch(MILITARY::contains);
    }

    /** Whether a sentence speaks of police and of no troops: a police story's headline or lede. */
    private static boolean policeStory(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> POLICE.contains(t.norm()))
                && tokens.stream().noneMatch(t -> MILITARY.contains(t.norm()));
    }

    /**
     * Whether the figure counts those taking part in an exercise (status other, in a sentence that names one, no
     * side in the figure's own phrase and no side's verb sending or raising them) that the sentence does not make
     * one state's: "some 90,000 troops will take part in Steadfast Defender", "13,000 troops are taking part in the
     * Russian-Belarusian exercise Zapad" are many states' together. But "Venezuela has mobilised nearly 200,000
     * troops for a two-day exercise" and "the exercises involve 22,000 reservists", in a sentence naming Taiwan
     * alone, stay one state's.
     *
     * @param cue  the cue that governs the figure, or null
     * @param from first token of the figure (with its qualifier)
     */
    private boolean exerciseTotal(List<Token> tokens, List<Gazetteer.Mention> mentions, UnitPhrase unit,
                                  StatusLexicon.Cue cue, int from, Status status) {
        if (status != Status.OTHER || unit != null && unit.actor() != null
                || tokens.stream().noneMatch(t -> EXERCISES.contains(t.norm()))) {
            return false;
        }
        if (cue != null && cue.end() <= from
                && (cue.recruitment() || SENDS.contains(statuses.statusAt(tokens, cue.start())))) {
            return false; // "Poland has begun deploying approximately 40,000 soldiers": its own
        }
        List<String> sides = mentions.stream().map(Gazetteer.Mention::actor).filter(java.util.Objects::nonNull)
                .map(Gazetteer.Actor::id).distinct().toList();
        return sides.size() != 1 || MISSION_BODIES.contains(sides.get(0));
    }

    /**
     * The sides the sentence names as fought: "fighting against Ukraine", "fought on the front in Ukraine against
     * Russian troops". Fighters are not the side they fight.
     */
    private static Set<String> foughtSides(List<Token> tokens, List<Gazetteer.Mention> mentions) {
        Set<String> fought = new java.util.HashSet<>();
        for (Gazetteer.Mention m : mentions) {
            int against = after(tokens, m, "against");
            if (m.actor() != null && against >= 0 && fightingBefore(tokens, against)) {
                fought.add(m.actor().id());
            }
        }
        return fought;
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
    private static boolean namesOrganisation(List<Gazetteer.Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.actor() != null && m.actor().organisation());
    }

    /** A troop phrase that names the forces of the government where they stand: "junta troops". */
    private static boolean governmentForces(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (GOVERNMENT.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a figure the grammar passed over may still be a troop count: a plain cardinal or a strength
     * ("a 350-strong group"), not a year, date or age, not "these two", not a count of civilians nor in a
     * health ministry's tally ("more than 68,500 deaths …, according to the Gaza Health Ministry"), and not
     * negated.
     */
    private boolean candidate(List<Token> tokens, NumberMention n, Set<Context> said) {
        int from = n.qualifierStart();
        boolean plain = n.kind() == NumberMention.Kind.CARDINAL || units.strengthCompound(tokens, n.end());
        return plain && !tokens.get(n.start()).isYear() && !said.contains(Context.DATE_OR_AGE)
                && !said.contains(Context.POINTS_BACK) && !partOfAnotherWhole(tokens, n)
                && !said.contains(Context.CIVILIANS) && !said.contains(Context.MEASURE)
                && !said.contains(Context.FORMATIONS)
                && civilianTallies.findAll(tokens).isEmpty()
                && !negation.negates(tokens, from);
    }

    /**
     * "the remaining 49 of the 120 seats": a part of a whole the sentence counts in something other than
     * troops ("6,000 of the 13,000 UN peacekeepers" is a troop phrase, and "2,000 of the 5,000 were killed"
     * leaves the whole's unit out).
     */
    private boolean partOfAnotherWhole(List<Token> tokens, NumberMention n) {
        int k = n.end();
        if (k + 2 >= tokens.size() || !tokens.get(k).norm().equals("of")) {
            return false;
        }
        int whole = PARTITIVE_DETERMINERS.contains(tokens.get(k + 1).norm()) ? k + 2 : k + 1;
        if (whole + 1 >= tokens.size() || !tokens.get(whole).isDigits()) {
            return false;
        }
        Token after = tokens.get(whole + 1);
        return after.isWord() && !WHOLE_LEFT_OUT.contains(after.norm()) && units.match(tokens, k) == null;
    }

    private static boolean inAttribution(AttributionFinder.Attribution a, NumberMention n) {
        return a != null && n.qualifierStart() >= a.start() && n.end() <= a.end();
    }

    /**
     * Whether the figure stands in a story about troops: a claim found before it, or a troop noun in two
     * sentences of the text. The figure model learned from war news, where nearly every figure sits near
     * troops; elsewhere ("584 deaths" from a disease, "a team of 10 members") it must not guess.
     */
    private static boolean troopContext(Article article, List<Found> found) {
        return !found.isEmpty() || article.aboutTroops();
    }

    private List<String> describe(Article article, int si, NumberMention n, List<Gazetteer.Mention> mentions,
                                  List<Found> found) {
        Sentence s = article.sentences().get(si);
        List<Token> previous = article.previousInParagraph(si);
        boolean claimBefore = !found.isEmpty() && found.get(found.size() - 1).sentence() == si;
        boolean claimInParagraph = !found.isEmpty() && found.get(found.size() - 1).paragraph() == s.paragraph();
        return features.figure(s.tokens(), previous, mentions, n, claimBefore, claimInParagraph, article.inTitle());
    }

    /**
     * The claim of a figure the figure model took: the unit of the nearest troop phrase in the sentence (or
     * the previous claim's in the paragraph), the governing status cue, and the actor as for any claim.
     */
    private Found learned(Article article, int si, NumberMention n, Set<Context> said,
                          List<Gazetteer.Mention> mentions,
                          Found previous, Gazetteer.Actor storyActor) {
        Sentence s = article.sentences().get(si);
        List<Token> tokens = s.tokens();
        int from = n.qualifierStart();
        UnitPhrase unit = nearestUnit(tokens, from, n.end());
        Found base = previous != null && previous.paragraph() == s.paragraph() ? previous : null;
        StatusLexicon.Cue cue = statuses.governing(tokens, from, n.end(), false);
        String unitText = unit != null ? unit.unit() : base != null ? base.claim().unit() : "troops";
        if (unit != null && policeOfficers(article, unitText)) {
            return null;
        }
        Status status = grammarStatus(tokens, cue == null ? null : cue.status(), cue,
                base == null ? null : base.claim().status(), from, n.end(), mentions);
        AttributionFinder.Attribution attribution = article.attributed().get(si);
        List<String> statusFeatures = features.status(tokens, n, n.end(), unitText, status, cue,
                base == null ? null : base.claim().status(), article.inTitle(),
                roles.location(tokens, mentions, status, attribution, from, n.end()),
                roles.presence(tokens, mentions, n.end()));
        statusFeatures.addAll(articleStatusFeatures(article, si, said, previous));
        Status grammar = status;
        status = learnedStatus(status, cue, said, statusFeatures, unitText, tokens, from, n.end(), article);
        status = listed(tokens, previous, si, from, status);
        boolean killedBy = cue != null && cue.end() == from && (status == Status.KILLED || status == Status.WOUNDED);
        Gazetteer.Actor own = Ellipsis.ownActor(tokens, mentions, n); // "9,000 troops from the US and 5,000 from Japan"
        Gazetteer.Actor actor = own != null ? own : unit != null && unit.actor() != null ? unit.actor()
                : roles.actor(tokens, mentions, from, n.end(), attribution, killedBy ? cue.end() : 0,
                !status.isCasualty() || status == Status.KILLED_OR_WOUNDED || said.contains(Context.OWN_TROOPS));
        if (actor == null && base != null) {
            actor = actorOf(base.claim());
        }
        actor = actor != null ? actor : storyActor;
        int phraseEnd = troopPhraseEnd(tokens, n.end());
        Gazetteer.Place place = roles.location(tokens, mentions, status, attribution, from, n.end());
        List<ActorChooser.Candidate> candidates = actors.candidates(article.around(si), from, phraseEnd, unitText,
                actor, storyActor, status, gazetteer.countryOf(place));
        Gazetteer.Actor remainsOf = own == null ? remainsSide(tokens, mentions, n.end()) : null;
        own = own != null ? own : remainsOf; // "909 Ukrainian bodies" are Ukraine's, whoever hands them back
        boolean government = governmentForces(tokens, n.end(), phraseEnd);
        actor = own != null ? own // the figure names its side: no chooser overrides it
                : unfought(actors.choose(actor, candidates, unitText, government), article.servedSide(), actor,
                candidates, tokens, mentions, unitText, government);
        actor = own == null && (noOneSide(said, unit, unitText, actor)
                || exerciseTotal(tokens, mentions, unit, cue, n.qualifierStart(), status)) ? null : actor;
        actor = gazetteer.asOf(actor, article.presentYear());
        TroopClaim claim = new TroopClaim(
                n.text(), n.count(), n.low(), n.high(), n.qualifier(), unitText,
                actor != null ? actor.id() : null, actor != null ? actor.name() : null,
                place != null ? place.name() : base != null ? base.claim().location() : null,
                place != null ? place.theatre() : base != null ? base.claim().theatre() : null,
                status, source(article, si, base == null ? null : base.claim()), s.text(), s.start(), s.end(),
                hedges.hedged(tokens), n.vague(), article.inTitle());
        return new Found(claim, si, s.paragraph(), Token.lastWord(unitText), tokens.get(n.end() - 1).end(),
                n.end(), candidates, statusFeatures, grammar);
    }

    /** The troop phrase nearest the figure in its sentence, after it first, with its modifiers; or null. */
    private UnitPhrase nearestUnit(List<Token> tokens, int from, int to) {
        for (int d = 0; d < tokens.size(); d++) {
            UnitPhrase right = to + d < tokens.size() ? units.match(tokens, to + d) : null;
            if (right != null && !right.demonymHead()) {
                return right;
            }
            int k = from - 1 - d;
            UnitPhrase left = k >= 0 ? units.match(tokens, k) : null;
            if (left != null && !left.demonymHead()) {
                while (k > 0 && units.match(tokens, k - 1) != null && units.match(tokens, k - 1).end() == left.end()) {
                    left = units.match(tokens, --k); // "Russian soldiers", not just "soldiers"
                }
                return left;
            }
        }
        return null;
    }

    /**
     * Where the troop phrase of a figure the grammar passed over ends: after a troop noun a few words on
     * ("10,500 previously authorized U.S. airborne troops"), so that a side named in between is inside the
     * claim; else right after the figure.
     */
    private int troopPhraseEnd(List<Token> tokens, int figureEnd) {
        for (int k = figureEnd; k < Math.min(tokens.size(), figureEnd + MAX_WORDS_TO_TROOPS); k++) {
            UnitPhrase u = units.match(tokens, k);
            if (u != null && !u.demonymHead()) {
                return u.end();
            }
        }
        return figureEnd;
    }

    private static boolean namesPlace(List<Gazetteer.Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.place() != null);
    }

    /** The actor of the nearest earlier claim that has one: who the story is about so far. */
    private static Gazetteer.Actor storyActor(List<Found> found) {
        for (int i = found.size() - 1; i >= 0; i--) {
            Gazetteer.Actor a = actorOf(found.get(i).claim());
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** The side an earlier claim credited, or null. */
    private static Gazetteer.Actor actorOf(TroopClaim c) {
        return c.actorId() == null ? null : new Gazetteer.Actor(c.actorId(), c.actor(), Gazetteer.ActorKind.COUNTRY);
    }

    /** Source in order: own named attribution, antecedent's, previous sentence's, generic fallback. */
    private String source(Article article, int si, TroopClaim base) {
        Sentence s = article.sentences().get(si);
        AttributionFinder.Attribution own = article.attributed().get(si);
        String source = named(own, article.text(), s.start());
        if (source == null && base != null) {
            source = base.source();
        }
        if (source == null && article.continuesParagraph(si)) {
            source = named(article.attributed().get(si - 1), article.text(), article.sentences().get(si - 1).start());
        }
        if (source == null && own != null && own.generic()) {
            source = SourceFallback.lastBefore(article.organisations(), s.start());
        }
        return source;
    }

    /**
     * "…would send thousands of construction workers…" followed by "According to a report by Bild, the
     * workers will…": an attribution opening the next sentence and taking up the claim's referent with a
     * definite "the &lt;unit head&gt;" covers the claim too.
     */
    private TroopClaim forwardSource(Found f, Article article) {
        List<Sentence> sentences = article.sentences();
        List<AttributionFinder.Attribution> attributed = article.attributed();
        String text = article.text();
        TroopClaim c = f.claim();
        if (c.source() != null) {
            return c;
        }
        for (int next = f.sentence() + 1; next < sentences.size(); next++) {
            Sentence s = sentences.get(next);
            AttributionFinder.Attribution a = attributed.get(next);
            if (s.paragraph() > f.paragraph() + 1) {
                return c;
            }
            if (a == null || a.source() == null || a.start() > 0) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int k = a.end(); k + 1 < tokens.size(); k++) {
                if (tokens.get(k).norm().equals("the") && tokens.get(k + 1).norm().equals(f.unitHead())) {
                    return new TroopClaim(c.countText(), c.count(), c.countLow(), c.countHigh(), c.qualifier(),
                            c.unit(), c.actorId(), c.actor(), c.location(), c.theatre(), c.status(),
                            named(a, text, s.start()), c.sentence(), c.sentenceStart(), c.sentenceEnd(),
                            c.hedged(), c.vague(), c.inTitle());
                }
            }
            return c; // the first opening attribution decides
        }
        return c;
    }

    private String named(AttributionFinder.Attribution a, String text, int sentenceStart) {
        if (a == null || a.source() == null) {
            return null;
        }
        return attributions.expandName(a.source(), text.substring(0, sentenceStart), text.substring(sentenceStart));
    }

    /**
     * A page-furniture heading (furniture.txt): the whole sentence ("Most read", "Related:") or, with
     * {@code prefix}, its opening before a colon ("Read more: 3 charts that explain NATO spending").
     */
    private boolean furnitureHeading(String sentence, boolean prefix) {
        String s = sentence.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("(")) {
            s = s.substring(1); // "(Related: War on Gaza has …)"
        }
        int colon = s.indexOf(':');
        if (prefix) {
            return colon > 0 && furnitureHeadings.contains(s.substring(0, colon).strip());
        }
        return furnitureHeadings.contains(colon == s.length() - 1 ? s.substring(0, colon).strip() : s);
    }

    /**
     * A bare figure whose losses are the unit: "70,000 killed or wounded", "400 killed in action", "British
     * forces lost 108 in Afghanistan last year", "they have lost 4,000 people". Needs an actor like any head
     * that could count civilians.
     */
    private UnitPhrase lossesOnly(List<Token> tokens, NumberMention n) {
        int i = n.end();
        for (StatusLexicon.Cue c : statuses.cues(tokens)) {
            boolean losses = c.status() == Status.KILLED_OR_WOUNDED && c.end() - c.start() > 1;
            if (c.start() == i && (losses || c.troopsOnly())) {
                return new UnitPhrase(Tokenizer.join(tokens, c.start(), c.end()), null, false,
                        c.troopsOnly() ? UnitPhrase.Counts.TROOPS : UnitPhrase.Counts.ALSO_CIVILIANS, c.end(),
                        UnitPhrase.Source.PHRASE);
            }
            if (c.end() == n.qualifierStart() && c.status() == Status.KILLED_OR_WOUNDED && !c.withdrawal()
                    && (i >= tokens.size() || LOST_FIGURE_ENDS.contains(tokens.get(i).norm()))) {
                boolean people = i < tokens.size() && tokens.get(i).norm().equals("people");
                return new UnitPhrase(people ? "people" : "troops", null, false, UnitPhrase.Counts.ALSO_CIVILIANS,
                        people ? i + 1 : i, UnitPhrase.Source.PHRASE);
            }
        }
        return null;
    }

    /** A country named before a colon that opens the sentence: the headline's topic, not the killer. */
    private static Gazetteer.Actor headlineTopic(List<Token> tokens, List<Gazetteer.Mention> mentions, int before) {
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

    @SafeVarargs
    private static <T> T firstNonNull(T... xs) {
        for (T x : xs) {
            if (x != null) {
                return x;
            }
        }
        return null;
    }
}
