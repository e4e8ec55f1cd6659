package dev.newsflow.enrich.claims;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What figure-context.rules and both-sides.rules may say of a cardinal from the words around it. The rules are
 * TokensRegex patterns, so what a figure's context means is written as grammar, not code; the extractor only asks
 * which of these a figure's context says.
 */
enum FigureContext {
    /** "on January 10", "aged 25": no count. */
    DATE_OR_AGE,
    /** "said one marine, Lt. Col. …", "one soldier told AFP": a single speaker, not a count. */
    SPEAKER,
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
    /** "a shortage of 21,000 non-commissioned officers": troops a force lacks, other. */
    SHORTFALL,
    /** "the Army met its recruiting goal of 55,000 new recruits": a goal reached, troops recruited, other. */
    GOAL_MET,
    /** "down from a peak of 2,500": a size of a time that has passed, other. */
    PAST_PEAK,
    /** "expand from around 180,000 personnel to 260,000": the size a change starts from, the present one. */
    CHANGE_ORIGIN,
    /** "a multinational force of around 10,000 troops": many states' troops together, no one state's. */
    MANY_SIDES;

    /** Whether what the rules said makes the figure count no one: a date, an age, a single speaker. */
    static boolean countsNoOne(Set<FigureContext> said) {
        return said.contains(DATE_OR_AGE) || said.contains(SPEAKER);
    }

    /** Reads a figure's context with the bundled rules; loaded once, immutable and thread-safe. */
    static final class Reader {

        /** The words without which both-sides.rules has nothing to match: "both sides", "each", "combined". */
        private static final Set<String> SIDES_WORDS = Set.of("sides", "each", "both", "combined");
        /** How many tokens after a figure both-sides.rules may look at. */
        static final int BOTH_SIDES_REACH = 18;

        private final FigureRules contextRules = new FigureRules("figure-context.rules",
                Arrays.stream(values()).map(Enum::name).collect(Collectors.toSet()));
        /**
         * "seven soldiers from both sides", "killed …, both sides said", "exchanged 146 prisoners of war each":
         * whose words may stand far after the figure.
         */
        private final FigureRules sidesRules = new FigureRules("both-sides.rules", Set.of(BOTH_SIDES.name()),
                BOTH_SIDES_REACH);

        /** What the rules say of the figure. */
        Set<FigureContext> read(List<Token> tokens, NumberMention n) {
            Set<FigureContext> said = EnumSet.noneOf(FigureContext.class);
            contextRules.matching(tokens, n).forEach(r -> said.add(valueOf(r)));
            if (tokens.stream().anyMatch(t -> SIDES_WORDS.contains(t.norm()))) { // only then
                sidesRules.matching(tokens, n).forEach(r -> said.add(valueOf(r)));
            }
            return said;
        }
    }
}
