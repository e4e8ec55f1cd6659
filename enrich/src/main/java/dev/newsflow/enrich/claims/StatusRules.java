package dev.newsflow.enrich.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a claim's status is decided: the grammar's reading from cues and clauses, the status model's over it, and
 * the written rules that have the last word where the model weighs no feature for them (targets, deadlines,
 * reductions, captives, times past). Kept apart from the extractor so the whole decision reads in one place.
 */
final class StatusRules {

    /** Heads of troops held by the other side: whatever moves them, their status is other. */
    private static final Set<String> CAPTIVES = LexiconFile.wordClass("extractor.captives");
    /** Heads of troops serving on a mission, who are deployed unless something says otherwise. */
    private static final Set<String> PEACEKEEPERS = LexiconFile.wordClass("extractor.peacekeepers");
    /** Words that join one figure's troops to the next figure in a list: "183,000 regular soldiers and only 49,000". */
    private static final Set<String> LIST_LINKS = LexiconFile.wordClass("extractor.list-links");
    /** Most words between the troops of one figure in a list and the next figure: ", and only". */
    private static final int MAX_LIST_LINK = 3;
    /** Most words of a side's name between two figures of a list: "Uganda (4,500), Burkina Faso (2,500)". */
    private static final int MAX_LIST_NAME = 3;
    /** Most words between an offer's cue and its troops for the cue to outrank the model: "offered just 200". */
    private static final int OFFER_REACH = 4;
    /** Verbs of troops kept where they are: "had remained", "while retaining 80 military personnel". */
    private static final Set<String> STAYING = LexiconFile.wordClass("status.staying");
    /** Sides whose reports count the captured and the surrendered as neutralised too: Turkey's. */
    private static final Set<String> BROAD_NEUTRALISATION = LexiconFile.wordClass("status.broad-neutralisation");

    private final StatusLexicon statuses;
    private final PastTime pastTime;
    private final LinearModel model;

    /** @param model the status model, or null to keep the grammar's reading */
    StatusRules(StatusLexicon statuses, PastTime pastTime, LinearModel model) {
        this.statuses = statuses;
        this.pastTime = pastTime;
        this.model = model;
    }

    /**
     * The grammar's status of the figure at [from, phraseEnd): its own cue's, else the claim it refers back
     * to, else what its clause implies ("will", "currently"), else other; a deployment at an exercise or
     * parade counts participants.
     *
     * @param own       the status of the cue that governs the figure, or null
     * @param inherited the status of the claim the figure refers back to, or null
     * @param namesPlace whether the sentence names a place
     */
    Status grammar(List<Token> tokens, Status own, StatusLexicon.Cue cue, Status inherited, int from,
                   int phraseEnd, boolean namesPlace) {
        Status status = own != null ? own : inherited != null ? inherited
                : statuses.clauseDefault(tokens, from, phraseEnd, namesPlace);
        return statuses.onOccasion(tokens, status != null ? status : Status.OTHER, cue);
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
     * peacekeepers"), whom the model reads as a force's size, and troops a verb of staying keeps where others leave
     * ("about two dozen soldiers had remained"), whom a withdrawal around them makes the model read as leaving. The
     * size a change starts from is never planned: it is the present one, deployed where the sentence places the
     * troops ("reduce U.S. troop numbers in Syria from approximately 2,000 to under 1,000"), else other ("from the
     * current 183,000 to 260,000").
     *
     * @param grammar     the grammar's status
     * @param cue         the cue that governs the figure, or null
     * @param said        what figure-context.rules said of the figure
     * @param presentYear the year the article is written in
     * @param placed      the sentence names a place the troops are in, not their own country
     */
    Status learned(Status grammar, StatusLexicon.Cue cue, Set<FigureContext> said, List<String> statusFeatures,
                   String unitText, List<Token> tokens, int from, int figureEnd, int presentYear, boolean placed) {
        Status status = ruled(grammar, cue, said, statusFeatures, unitText, tokens, from, figureEnd, presentYear);
        if (!said.contains(FigureContext.CHANGE_ORIGIN) || status.isCasualty()) {
            return status;
        }
        // where a change starts is no plan: a presence somewhere ("reduce U.S. troop numbers in Syria from
        // approximately 2,000 to under 1,000"), else a force's size ("expand the Bundeswehr from around 180,000
        // personnel to 260,000")
        return placed ? Status.DEPLOYED : status == Status.PLANNED ? Status.OTHER : status;
    }

    /** The status before the change-origin rule: the written rules, the model, and the rules after it. */
    private Status ruled(Status grammar, StatusLexicon.Cue cue, Set<FigureContext> said, List<String> statusFeatures,
                         String unitText, List<Token> tokens, int from, int figureEnd, int presentYear) {
        boolean withdrawal = cue != null && cue.withdrawal();
        boolean aimed = said.contains(FigureContext.AIM) && !withdrawal;
        boolean lackedOrMet = said.contains(FigureContext.SHORTFALL) || said.contains(FigureContext.GOAL_MET);
        if (!grammar.isCasualty() && lackedOrMet) {
            return Status.OTHER; // "a shortage of 21,000 non-commissioned officers", "met its goal of 55,000 recruits"
        }
        if (statuses.changeTarget(tokens, from) || said.contains(FigureContext.TARGET)
                || !grammar.isCasualty() && (aimed || statuses.intendedGrowth(tokens, from))) {
            return Status.PLANNED; // "will reduce the army to 135,000", "will increase by 14,000", "its target of …"
        }
        if (!grammar.isCasualty() && !withdrawal
                && pastTime.futureDeadline(tokens, figureEnd, statuses.clause(tokens, from, figureEnd)[1],
                presentYear)) {
            return Status.PLANNED; // "Poland plans to prepare 100,000 military reservists by 2027"
        }
        boolean inTransit = cue != null && cue.transit() && statuses.clause(tokens, from, from + 1)[1] > cue.start();
        if (grammar == Status.PLANNED && cue != null && (cue.recruitment() || inTransit)) {
            return Status.PLANNED; // "will summon 118,000 reservists", "300 Guard members were on their way"
        }
        if (!grammar.isCasualty() && said.contains(FigureContext.REDUCTION)) {
            return Status.OTHER; // "after reducing its presence by about 2,000": troops leaving
        }
        Status status = model == null ? grammar : Status.fromLabel(model.best(statusFeatures));
        if (grammar == Status.OFFERED && cue != null && cue.status() == Status.OFFERED
                && (cue.end() <= from ? from - cue.end() : cue.start() - figureEnd) <= OFFER_REACH) {
            // "France offered just 200 soldiers": an offer next to its troops is one, whatever the model reads (few
            // of the examples it learnt from are offers)
            status = Status.OFFERED;
        }
        if (status == Status.OTHER && grammar == Status.DEPLOYED && cue != null
                && STAYING.contains(tokens.get(cue.start()).norm())) {
            status = Status.DEPLOYED; // "about two dozen soldiers had remained": the rest left, these are there
        }
        if (status == Status.DEPLOYED && said.contains(FigureContext.FORCE_TOTAL)) {
            return Status.OTHER; // "Germany's Bundeswehr currently has around 180,000 military personnel": its size
        }
        if (status == Status.PLANNED && withdrawal) {
            return Status.OTHER; // "Hundreds of marines to leave Los Angeles": troops leaving, whenever they go
        }
        if (status == Status.OTHER && cue == null && said.isEmpty()
                && PEACEKEEPERS.contains(Token.lastWord(unitText))
                && !pastTime.past(tokens, from, figureEnd, presentYear)) {
            status = Status.DEPLOYED; // "Nepal has 5,682 peacekeepers": a mission's troops are out on it
        }
        // "exchanged 25 prisoners of war", "released 215 prisoners of war": captives are held, not deployed
        boolean captives = Arrays.stream(unitText.toLowerCase(Locale.ROOT).split(" ")).anyMatch(CAPTIVES::contains);
        boolean past = (status == Status.DEPLOYED || status == Status.PLANNED)
                && (said.contains(FigureContext.PAST_PEAK) || pastTime.past(tokens, from, figureEnd, presentYear));
        return (captives || past) && !status.isCasualty() ? Status.OTHER : status;
    }

    /**
     * The status of troops a cue says take part ("About 1,000 servicemen … are taking part in it") in a paragraph that
     * names an exercise, parade or ceremony: other, as in a sentence naming one, whatever the model reads.
     *
     * @param occasion where the article names an occasion, seen from the figure's sentence ({@link Article#occasion})
     */
    static Status takingPart(Status status, StatusLexicon.Cue cue, String occasion) {
        boolean near = occasion.equals("sentence") || occasion.equals("paragraph");
        return near && cue != null && cue.participation() && (status == Status.DEPLOYED || status == Status.ARRIVED)
                ? Status.OTHER : status;
    }

    /**
     * The status of enemies a side puts out of action ("troops neutralised 152 terrorists"): killed, the word's
     * sense in most military reports, whatever the model reads; other in an article naming a side whose reports
     * count the captured and the surrendered as neutralised too ("Turkish forces neutralized 12 PKK terrorists").
     * A figure no such cue governs keeps {@code status}.
     *
     * @param sides the ids of the sides the article names
     */
    static Status neutralised(Status status, StatusLexicon.Cue cue, Set<String> sides) {
        if (cue == null || !cue.neutralisation()) {
            return status;
        }
        return sides.stream().anyMatch(BROAD_NEUTRALISATION::contains) ? Status.OTHER : Status.KILLED;
    }

    /**
     * The status of a figure listed right after another claim's troops in its sentence, which the sentence says the
     * same of: "the German army, which currently numbers about 183,000 regular soldiers and only 49,000 reservists"
     * (both its size), "11,500 military personnel, 600 military observers" (both a mandate's ceiling). Losses keep
     * their own ("killed 70 fighters and wounded 12").
     *
     * @param previousEnd    where the troop phrase of the claim before in the sentence ends
     * @param previousStatus that claim's status
     * @param from           first token of the figure (with its qualifier)
     */
    static Status listed(List<Token> tokens, int previousEnd, Status previousStatus, int from, Status status) {
        if (from <= previousEnd || status.isCasualty() || previousStatus.isCasualty()) {
            return status;
        }
        int links = 0;
        int names = 0;
        for (int k = previousEnd; k < from; k++) {
            Token t = tokens.get(k);
            if (LIST_LINKS.contains(t.norm())) {
                links++;
            } else if (t.isCapitalised()) {
                names++; // "Uganda (4,500), Ethiopia (2,500)": each figure after its side's name
            } else if (!t.norm().equals("(") && !t.norm().equals(")")) {
                return status;
            }
        }
        return links <= MAX_LIST_LINK && names <= MAX_LIST_NAME ? previousStatus : status;
    }
}
