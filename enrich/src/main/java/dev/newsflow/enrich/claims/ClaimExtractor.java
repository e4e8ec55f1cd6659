package dev.newsflow.enrich.claims;

import java.time.Year;
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
 * model reads its status ({@link ClaimModels}). What the whole article says of its sides is read once first
 * ({@link ArticleSides}), and written rules on whose troops a figure counts overrule the actor model where the
 * sentence's structure decides ({@link SideRules}). All grammar and the three models live in resource files under
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
    /** What may follow "lost 108": the end of the clause or a place, time or "people". */
    private static final Set<String> LOST_FIGURE_ENDS = LexiconFile.wordClass("extractor.lost-figure-ends");
    /** "92 of our soldiers": a figure counts part of the troops a possessive or article introduces. */
    private static final Set<String> PARTITIVE_DETERMINERS = LexiconFile.wordClass("extractor.partitive-determiners");
    /** Heads that name the side that attacked: "killed 15 attackers" are not the reporting army's. */
    private static final Set<String> ASSAILANTS = LexiconFile.wordClass("extractor.assailants");
    /** Participles that make anyone troops a force has raised: "82,000 mobilised people". */
    private static final Set<String> RAISED = LexiconFile.wordClass("extractor.raised");
    /** What may follow "2,000 of the 5,000" when the whole's unit is left out. */
    private static final Set<String> WHOLE_LEFT_OUT = LexiconFile.wordClass("extractor.whole-left-out");
    /** Words of people uprooted, held or sheltered: "2.9 million Syrians who have fled" count no troops. */
    private static final Set<String> CIVILIAN_CONTEXTS = LexiconFile.wordClass("extractor.civilian-contexts");
    /** Natural disasters, whose toll is everyone's: "the death toll from last week's quake". */
    private static final Set<String> DISASTERS = LexiconFile.wordClass("extractor.disasters");
    /** What a side's verb before its troops says when it sends them: "has begun deploying 40,000 soldiers". */
    private static final Set<Status> SENDS = java.util.EnumSet.of(Status.DEPLOYED, Status.ARRIVED, Status.PLANNED);
    /** Words of military exercises: "the exercise", "joint drills", "manoeuvres". */
    private static final Set<String> EXERCISES = LexiconFile.wordClass("extractor.exercises");
    /** Exercises several states hold together by design: "Zapad", "Balikatan", "RIMPAC". */
    private static final Set<String> JOINT_EXERCISES = LexiconFile.wordClass("extractor.joint-exercises");
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
    private final ArticleSides sides;
    private final PastTime pastTime = new PastTime();
    /** "according to the Gaza Health Ministry": who counts a war's dead among everyone, civilians first. */
    private final PhraseMatcher<Boolean> civilianTallies = PhraseMatcher.ofWords("civilian-tallies.txt");
    private final FigureContext.Reader contexts = new FigureContext.Reader();
    private final StatusRules statusRules;

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
        this.sides = new ArticleSides(gazetteer, units, statuses);
        this.statusRules = new StatusRules(statuses, pastTime, models.statuses());
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
        run(title, text, out, PastTime.UNKNOWN);
        return out;
    }

    /**
     * Claims in the title and the body.
     *
     * @param title the headline, or null
     * @param text  body text, paragraphs separated by blank lines
     */
    public List<TroopClaim> extract(String title, String text) {
        return run(title, text, null, PastTime.UNKNOWN);
    }

    /**
     * Claims in the title and the body of an article published in {@code published}: a figure of a year well
     * before it is a past one ("In 2019 the United States had 5,000 troops in Iraq", published in 2024), and a
     * group that has since taken power is read as the government it became. Without a date, the article's
     * present is the latest year it names.
     *
     * @param published the year of publication, or null when unknown
     */
    public List<TroopClaim> extract(String title, String text, Year published) {
        return run(title, text, null, published == null ? PastTime.UNKNOWN : published.getValue());
    }

    /**
     * Claims in the title, then the body; {@code examples}, when not null, collects the decisions made;
     * {@code year} is the year of publication or {@link PastTime#UNKNOWN}.
     */
    private List<TroopClaim> run(String title, String text, List<Example> examples, int year) {
        List<TroopClaim> out = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            out.addAll(extractFrom(title, true, examples, year));
        }
        if (text != null && !text.isBlank()) {
            out.addAll(extractFrom(text, false, examples, year));
        }
        return List.copyOf(out);
    }

    /** A claim plus what later sentences need from it; {@code grammarStatus} is its status before the model's. */
    private record Found(TroopClaim claim, int sentence, int paragraph, String unitHead, int figureEnd,
                         int phraseEnd, List<ActorChooser.Candidate> actors, List<String> statusFeatures,
                         Status grammarStatus) {
    }

    /**
     * @param examples null to extract; otherwise collects the decisions made, as training examples
     * @param year     the year of publication, or {@link PastTime#UNKNOWN}: then the latest year the text names
     */
    private List<TroopClaim> extractFrom(String text, boolean inTitle, List<Example> examples, int year) {
        List<Sentence> sentences = splitter.split(text);
        List<List<Gazetteer.Mention>> named = sentences.stream().map(s -> gazetteer.find(s.tokens())).toList();
        Gazetteer.Actor home = sides.homeCountry(named);
        List<List<Gazetteer.Mention>> mentionsBySentence = ArticleSides.localForces(sentences,
                sides.namesakesAt(named, home), home);
        java.util.Map<String, Integer> actorCounts = ArticleSides.actorCounts(mentionsBySentence);
        Article article = new Article(text, sentences,
                sentences.stream().map(s -> attributions.find(s.tokens())).toList(),
                fallback.organisations(text), inTitle, mentionsBySentence, actorCounts,
                ArticleSides.mostNamed(mentionsBySentence, actorCounts), home,
                sides.servedSide(sentences, mentionsBySentence),
                sides.senders(sentences, mentionsBySentence),
                sentences.stream().filter(s -> features.namesTroops(s.tokens())).limit(TROOP_SENTENCES)
                        .count() >= TROOP_SENTENCES,
                sentences.stream().map(s -> statuses.namesOccasion(s.tokens())).toList(),
                year != PastTime.UNKNOWN ? year : pastTime.referenceYear(sentences),
                ArticleSides.policeStory(sentences));
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
                Set<FigureContext> said = contexts.read(tokens, n);
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
                if (said.contains(FigureContext.CIVILIANS)) {
                    civiliansEnd = tokens.get(n.end() - 1).end();
                }
                // "14,000 civilian Vietnamese were killed and 24,000 wounded": no guess at a figure after civilians
                if (f == null && candidate(tokens, n, said) && !moreCivilians && !civiliansNearer
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
                examples.add(new Example(Task.STATUS, f.claim().sentence(), f.claim().count(), f.statusFeatures(),
                        null));
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
    private Found claim(Article article, int si, NumberMention n, Set<FigureContext> said,
                        List<Gazetteer.Mention> mentions, Found last, Found previous, Gazetteer.Actor storyActor) {
        Sentence s = article.sentences().get(si);
        List<Token> tokens = s.tokens();
        if (said.contains(FigureContext.POINTS_BACK) || said.contains(FigureContext.FORMATIONS)
                || said.contains(FigureContext.CIVILIANS) || said.contains(FigureContext.MEASURE)) {
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
        if (FigureContext.countsNoOne(said)) {
            return null; // "on January 10", "under the age of 18", "said one marine"
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
        boolean forceSize = anaphorEnd < 0 && unit == null && said.contains(FigureContext.FORCE_SIZE);
        if (forceSize) {
            unit = new UnitPhrase("troops", null, false, UnitPhrase.Counts.TROOPS, n.end(),
                    UnitPhrase.Source.PHRASE); // "the army stands at 200,000"
        }
        unit = atHome(unit, mentions);
        if (unit == null && antecedent == null || negation.negates(tokens, n.qualifierStart())) {
            return null;
        }
        TroopClaim base = antecedent == null ? null : antecedent.claim();
        AttributionFinder.Attribution attribution = article.attributed().get(si);
        int phraseEnd = unit != null ? unit.end() : anaphorEnd;
        String unitText = unit != null ? unit.unit() : base.unit();
        if (unit != null && SideRules.policeOfficers(article, unitText)) {
            return null; // "Deputy Superintendent of Police Wahid Mehmood and two gunners were killed"
        }

        StatusLexicon.Cue cue = statuses.governing(tokens, n.qualifierStart(), phraseEnd, base != null);
        Status own = cue == null ? (forceSize ? Status.OTHER : null) : cue.status(); // a force's size is no move
        if (unit != null && unit.counts() == UnitPhrase.Counts.RECRUITS && (cue == null || !cue.recruitment())
                && tokens.subList(n.end(), unit.end()).stream().noneMatch(t -> RAISED.contains(t.norm()))) {
            // "2,000 people were evacuated": anyone, unless a force recruits or mobilises them ("82,000 mobilised
            // people have been sent to the front")
            return null;
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
        Status status = statusRules.grammar(tokens, own, cue, base == null ? null : base.status(), n.qualifierStart(),
                phraseEnd, namesPlace(mentions));
        Gazetteer.Place stated = roles.location(tokens, mentions, status, attribution, n.qualifierStart(), phraseEnd);
        List<String> statusFeatures = features.status(tokens, n, phraseEnd, unitText, status, cue,
                base == null ? null : base.status(), article.inTitle(), stated,
                roles.presence(tokens, mentions, phraseEnd));
        statusFeatures.addAll(articleStatusFeatures(article, si, said, previous));
        Status grammar = status;
        status = statusRules.learned(status, cue, said, statusFeatures, unitText, tokens, n.qualifierStart(), n.end(),
                article.presentYear(), abroad(stated, unit, mentions));
        status = listed(tokens, previous, si, n.qualifierStart(), status);
        status = StatusRules.neutralised(status, cue, article.actorCounts().keySet());
        status = StatusRules.takingPart(status, cue, article.occasion(si));
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
                    || said.contains(FigureContext.OWN_TROOPS);
            actor = roles.actor(tokens, mentions, n.qualifierStart(), phraseEnd, attribution,
                    killedBy ? cue.end() : 0, speakerActs);
            if (actor == null && killedBy) {
                // "Kenya: Roadside bomb kills five soldiers"
                actor = SideRules.headlineTopic(tokens, mentions, cue.start());
            }
        }
        if (base == null && unit.ambiguous() && !besideTroops && !said.contains(FigureContext.FORMATION)
                && (!troopWork || actor == null && storyActor == null
                || own.isCasualty() && unit.actor() == null && namesDisaster(tokens))) {
            // "two men", "hundreds of workers", "laid off 1,400 workers": a head that also counts civilians
            // needs troop work (a status cue) and someone whose troops they are; and losses the phrase gives no
            // side are everyone's in a disaster ("the death toll from last week's quake")
            return null;
        }
        if (actor == null && base == null && storyActor != null) {
            actor = storyActor; // "A further 1,000-1,500 soldiers are expected": the story's actor carries over
        }
        boolean government = SideRules.governmentForces(tokens, n.end(), phraseEnd);
        if (actor == null && base == null && (status.isCasualty() || government)) {
            // "Twelve soldiers were wounded … in Belgorod", "150 junta troops … in northern Shan State surrendered"
            actor = gazetteer.countryOf(place);
        }
        if (actor == null && base == null && government) {
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
        if (leaving && grammarActor != null) {
            // "The ATMIS withdrew 2,000 soldiers from Somalia": the country they leave is not a side they serve
            String left = unit.actor().id();
            candidates = candidates.stream().filter(c -> !c.actor().id().equals(left)).toList();
        }
        // "22 Tanzanians, 12 Malawians", "155 Chinese citizens who are fighting for Russia": the troop phrase names
        // the side, whatever mission or country the sentence names besides
        boolean phraseNamesSide = unit != null && unit.actor() != null
                && (unit.demonymHead() || unit.actorSource() == UnitPhrase.Source.SERVED
                || unit.actorSource() == UnitPhrase.Source.POSSESSOR || SideRules.nationalContingent(unit)
                || SideRules.nationalTroops(unit)
                || namedForcesFighters(unit, unitText));
        // "US and Philippine troops" are no one side's, unless a mission or alliance fields them ("KFOR … 4,500
        // troops from 27 countries")
        boolean jointForce = unit != null && unit.actorSource() == UnitPhrase.Source.JOINT
                && !SideRules.namesOrganisation(mentions)
                && (cue == null || !cue.withdrawal()); // "bring home 70,000 troops from Germany and Korea": whence
        // "Russia has recruited about 200 Nepalis": people recruited abroad serve the side that recruits them
        boolean recruitedAbroad = unit != null && unit.demonymHead() && unit.actorSource() != UnitPhrase.Source.SERVED
                && cue != null && cue.recruitment();
        Gazetteer.Actor recruiter = recruitedAbroad ? SideRules.recruiter(mentions, cue, unit.actor()) : null;
        // "Russia has transferred the bodies of 6,060 fallen soldiers to Ukraine": the dead are the receiver's
        boolean remains = unit != null && unit.actor() == null
                && SideRules.countsRemains(tokens, cue, unitText, n.qualifierStart());
        Gazetteer.Actor receiver = remains ? SideRules.receiver(tokens, mentions, phraseEnd)
                : SideRules.remainsSide(tokens, mentions, n.end()); // "391 bodies returned to Russia": bare remains
        Gazetteer.Actor takenIn = recruiter != null ? recruiter : receiver; // who recruits them or receives them
        actor = ownSide != null ? ownSide : takenIn != null ? takenIn : phraseNamesSide || jointForce ? unit.actor()
                : actors.choose(grammarActor, candidates, unitText, government);
        if (ownSide == null && takenIn == null && !phraseNamesSide) {
            actor = unfought(actor, article.servedSide(), grammarActor, candidates, tokens, mentions, unitText,
                    government, SideRules.killer(tokens, mentions, cue, n.qualifierStart()));
        }
        if (actor == null && base == null && candidates.isEmpty() && !ActorChooser.irregular(unitText)) {
            actor = article.homeCountry(); // "leaving four soldiers dead", in a report from Zamfara naming no side
        }
        actor = ownSide == null && (noOneSide(said, unit, unitText, actor)
                || exerciseTotal(tokens, mentions, unit, cue, n.qualifierStart(), status)) ? null : actor;
        List<Token> phrase = tokens.subList(n.end(), unit == null ? n.end() : unit.end());
        if (SideRules.recruitedByNationality(unit, actor, article, phrase)) {
            actor = article.servedSide(); // "300 Colombian mercenaries", in a story on fighters hired by the RSF
        }
        if (grammarActor == null && !phraseNamesSide && SideRules.destinationOnly(actor, tokens, mentions)) {
            actor = null; // "a major challenge in deploying 25,000 troops to Ukraine": not Ukraine's
        }
        if ((unit == null || unit.actor() == null) && ownSide == null
                && SideRules.hostOfPeacekeepers(actor, tokens, gazetteer.countryOf(place))) {
            actor = SideRules.missionBody(mentions); // "20,000 peacekeepers in Gaza" are not Palestine's
        }
        actor = gazetteer.asOf(ArticleSides.namesakeIn(actor, mentions), article.presentYear());
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
     * Whether the figure is no one side's, whatever side the sentence names, unless its own phrase names one:
     * troops "from both sides", many states' troops together ("a multinational force of around 10,000 troops",
     * unless a mission or alliance fields them), or "15 attackers" killed by the army or the mission that reports
     * them (an armed group named as theirs stays).
     */
    private static boolean noOneSide(Set<FigureContext> said, UnitPhrase unit, String unitText, Gazetteer.Actor actor) {
        if (actor == null || unit != null && unit.actor() != null) {
            return false;
        }
        return said.contains(FigureContext.BOTH_SIDES)
                || !actor.organisation() && said.contains(FigureContext.MANY_SIDES)
                || !ActorChooser.movement(actor) && ASSAILANTS.contains(Token.lastWord(unitText));
    }

    /**
     * Whether the troop phrase names the force whose fighters it counts: "2,200 Wagner militants" are Russia's
     * though a state's private army is no movement, whose fighters militants otherwise are.
     */
    private static boolean namedForcesFighters(UnitPhrase unit, String unitText) {
        return unit.actor().kind() == Gazetteer.ActorKind.FORCE && ActorChooser.irregular(unitText);
    }

    /** The status of a figure listed right after the claim before it in its sentence ({@link StatusRules#listed}). */
    private static Status listed(List<Token> tokens, Found previous, int si, int from, Status status) {
        return previous == null || previous.sentence() != si ? status
                : StatusRules.listed(tokens, previous.phraseEnd(), previous.claim().status(), from, status);
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
    private static List<String> articleStatusFeatures(Article article, int si, Set<FigureContext> said,
                                                      Found previous) {
        List<String> f = new ArrayList<>();
        f.add("before=" + (previous == null ? "none" : "grammar=" + previous.grammarStatus()));
        f.add("occasion=" + article.occasion(si));
        said.forEach(c -> f.add("context=" + c));
        return f;
    }

    /**
     * Whether the sentence names a place for the troops (by its name, not a demonym: "U.S. troop numbers in Syria",
     * not "the Polish military strength") other than their own country, as far as their phrase says whose they are.
     */
    private boolean abroad(Gazetteer.Place place, UnitPhrase unit, List<Gazetteer.Mention> mentions) {
        Gazetteer.Actor country = gazetteer.countryOf(place);
        if (country == null || unit != null && unit.actor() != null && unit.actor().id().equals(country.id())) {
            return false;
        }
        return mentions.stream().anyMatch(m -> place.equals(m.place())
                && (m.actor() == null || m.actor().kind() != Gazetteer.ActorKind.DEMONYM));
    }

    /**
     * The chosen side, unless the sentence names it as the one fought ("155 Chinese nationals are fighting against
     * Ukraine") or as the one that kills them: then the side the article says fighters serve, else the chooser's pick
     * among the other sides, or none.
     *
     * @param served     the side the article says its fighters serve, or null
     * @param grammar    the grammar's pick, or null
     * @param government the troop phrase names a government's forces
     * @param killer     the side the sentence says kills or wounds them ({@link SideRules#killer}), or null
     */
    private Gazetteer.Actor unfought(Gazetteer.Actor chosen, Gazetteer.Actor served, Gazetteer.Actor grammar,
                                     List<ActorChooser.Candidate> candidates, List<Token> tokens,
                                     List<Gazetteer.Mention> mentions, String unitText, boolean government,
                                     Gazetteer.Actor killer) {
        Set<String> fought = SideRules.foughtSides(tokens, mentions);
        if (killer != null) {
            fought.add(killer.id()); // "Russian forces have killed 5,962 of those volunteer fighters": not Russia's
        }
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
     * Whether the figure counts those taking part in an exercise (status other, in a sentence that names one, no
     * side in the figure's own phrase and no side's verb sending or raising them) that the sentence does not make
     * one state's: "some 90,000 troops will take part in Steadfast Defender", "13,000 troops are taking part in the
     * Russian-Belarusian exercise Zapad" are many states' together. But "Venezuela has mobilised nearly 200,000
     * troops for a two-day exercise" and "the exercises involve 22,000 reservists", in a sentence naming Taiwan
     * alone, stay one state's. An exercise several states hold together by design ("the 200,000 involved in
     * Zapad-2021") is many states' whichever state the sentence names.
     *
     * @param cue  the cue that governs the figure, or null
     * @param from first token of the figure (with its qualifier)
     */
    private boolean exerciseTotal(List<Token> tokens, List<Gazetteer.Mention> mentions, UnitPhrase unit,
                                  StatusLexicon.Cue cue, int from, Status status) {
        if (status != Status.OTHER || unit != null && unit.actor() != null) {
            return false;
        }
        boolean joint = tokens.stream().anyMatch(t -> JOINT_EXERCISES.contains(exerciseName(t)));
        if (!joint && tokens.stream().noneMatch(t -> EXERCISES.contains(t.norm()))) {
            return false;
        }
        if (cue != null && cue.end() <= from
                && (cue.recruitment() || SENDS.contains(statuses.statusAt(tokens, cue.start())))) {
            return false; // "Poland has begun deploying approximately 40,000 soldiers": its own
        }
        List<String> sides = mentions.stream().map(Gazetteer.Mention::actor).filter(java.util.Objects::nonNull)
                .map(Gazetteer.Actor::id).distinct().toList();
        return joint || sides.size() != 1 || SideRules.MISSION_BODIES.contains(sides.get(0));
    }

    /** An exercise's name without the year glued to it: "zapad" for "Zapad-2021". */
    private static String exerciseName(Token t) {
        int dash = t.norm().indexOf('-');
        return dash < 0 ? t.norm() : t.norm().substring(0, dash);
    }

    /**
     * Whether a figure the grammar passed over may still be a troop count: a plain cardinal or a strength
     * ("a 350-strong group"), not a year, date or age, not "these two", not a count of civilians nor in a
     * health ministry's tally ("more than 68,500 deaths …, according to the Gaza Health Ministry") or a sentence
     * naming a disaster, and not negated.
     */
    private boolean candidate(List<Token> tokens, NumberMention n, Set<FigureContext> said) {
        int from = n.qualifierStart();
        boolean plain = n.kind() == NumberMention.Kind.CARDINAL || units.strengthCompound(tokens, n.end());
        return plain && !tokens.get(n.start()).isYear() && !FigureContext.countsNoOne(said)
                && !said.contains(FigureContext.POINTS_BACK) && !partOfAnotherWhole(tokens, n)
                && !said.contains(FigureContext.CIVILIANS) && !said.contains(FigureContext.MEASURE)
                && !said.contains(FigureContext.FORMATIONS)
                && civilianTallies.findAll(tokens).isEmpty() && !namesDisaster(tokens)
                && !negation.negates(tokens, from);
    }

    /** Whether the sentence names a natural disaster (word class extractor.disasters). */
    private static boolean namesDisaster(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> DISASTERS.contains(t.norm()));
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
    private Found learned(Article article, int si, NumberMention n, Set<FigureContext> said,
                          List<Gazetteer.Mention> mentions,
                          Found previous, Gazetteer.Actor storyActor) {
        Sentence s = article.sentences().get(si);
        List<Token> tokens = s.tokens();
        int from = n.qualifierStart();
        UnitPhrase unit = atHome(nearestUnit(tokens, from, n.end()), mentions);
        Found base = previous != null && previous.paragraph() == s.paragraph() ? previous : null;
        StatusLexicon.Cue cue = statuses.governing(tokens, from, n.end(), false);
        String unitText = unit != null ? unit.unit() : base != null ? base.claim().unit() : "troops";
        if (unit != null && SideRules.policeOfficers(article, unitText)) {
            return null;
        }
        Status status = statusRules.grammar(tokens, cue == null ? null : cue.status(), cue,
                base == null ? null : base.claim().status(), from, n.end(), namesPlace(mentions));
        AttributionFinder.Attribution attribution = article.attributed().get(si);
        Gazetteer.Place stated = roles.location(tokens, mentions, status, attribution, from, n.end());
        List<String> statusFeatures = features.status(tokens, n, n.end(), unitText, status, cue,
                base == null ? null : base.claim().status(), article.inTitle(), stated,
                roles.presence(tokens, mentions, n.end()));
        statusFeatures.addAll(articleStatusFeatures(article, si, said, previous));
        Status grammar = status;
        status = statusRules.learned(status, cue, said, statusFeatures, unitText, tokens, from, n.end(),
                article.presentYear(), abroad(stated, unit, mentions));
        status = listed(tokens, previous, si, from, status);
        status = StatusRules.neutralised(status, cue, article.actorCounts().keySet());
        status = StatusRules.takingPart(status, cue, article.occasion(si));
        boolean killedBy = cue != null && cue.end() == from && (status == Status.KILLED || status == Status.WOUNDED);
        Gazetteer.Actor own = Ellipsis.ownActor(tokens, mentions, n); // "9,000 troops from the US and 5,000 from Japan"
        Gazetteer.Actor actor = own != null ? own : unit != null && unit.actor() != null ? unit.actor()
                : roles.actor(tokens, mentions, from, n.end(), attribution, killedBy ? cue.end() : 0,
                !status.isCasualty() || status == Status.KILLED_OR_WOUNDED || said.contains(FigureContext.OWN_TROOPS));
        if (actor == null && base != null) {
            actor = actorOf(base.claim());
        }
        actor = actor != null ? actor : storyActor;
        int phraseEnd = troopPhraseEnd(tokens, n.end());
        Gazetteer.Place place = roles.location(tokens, mentions, status, attribution, from, n.end());
        List<ActorChooser.Candidate> candidates = actors.candidates(article.around(si), from, phraseEnd, unitText,
                actor, storyActor, status, gazetteer.countryOf(place));
        Gazetteer.Actor remainsOf = own == null ? SideRules.remainsSide(tokens, mentions, n.end()) : null;
        own = own != null ? own : remainsOf; // "909 Ukrainian bodies" are Ukraine's, whoever hands them back
        boolean government = SideRules.governmentForces(tokens, n.end(), phraseEnd);
        actor = own != null ? own // the figure names its side: no chooser overrides it
                : unfought(actors.choose(actor, candidates, unitText, government), article.servedSide(), actor,
                candidates, tokens, mentions, unitText, government, SideRules.killer(tokens, mentions, cue, from));
        actor = own == null && (noOneSide(said, unit, unitText, actor)
                || exerciseTotal(tokens, mentions, unit, cue, n.qualifierStart(), status)) ? null : actor;
        actor = gazetteer.asOf(ArticleSides.namesakeIn(actor, mentions), article.presentYear());
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

    /** The troop phrase with its side read from a shared name given to the article's namesake: "PLA soldiers". */
    private static UnitPhrase atHome(UnitPhrase unit, List<Gazetteer.Mention> mentions) {
        return unit == null || unit.actor() == null ? unit
                : unit.withActor(ArticleSides.namesakeIn(unit.actor(), mentions));
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
        String s = sentence.strip().toLowerCase(Locale.ROOT);
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
}
