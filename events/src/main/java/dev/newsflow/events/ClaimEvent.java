package dev.newsflow.events;

import java.time.OffsetDateTime;

/**
 * One troop-count claim on {@code newsflow.claims}, keyed by {@link #figureKey()} so that all
 * claims about one deployment meet in one partition. Field vocabularies:
 * qualifier is one of exact, approx, up_to, at_least, more_than, range;
 * status is one of offered, planned, deployed, arrived, killed, wounded, killed_or_wounded, other.
 *
 * @param claimId       deterministic id (article id + sentence offset + number), stable across replays
 * @param figureKey     actor|theatre|status class, see {@link FigureKey}
 * @param countText     the number as written
 * @param count         the number as a value
 * @param countLow      lower bound for at_least, more_than and range
 * @param countHigh     upper bound for up_to and range
 * @param actorId       canonical id of whose troops (ISO 3166 alpha-2 for countries)
 * @param theatre       normalised theatre id, e.g. {@code RU/Kursk}
 * @param sentenceStart offset of the sentence in the article text, -1 for the headline
 * @param hedged        the text hedges the figure ("are said to", "reportedly")
 * @param vague         the count stands for a vague quantity ("thousands")
 * @param articleFingerprint the article's near-duplicate fingerprint, so the sink counts
 *                      syndicated copies of one story once
 */
public record ClaimEvent(
        int schemaVersion,
        String claimId,
        String figureKey,
        String articleId,
        String articleUrl,
        String outlet,
        OffsetDateTime published,
        String countText,
        long count,
        Long countLow,
        Long countHigh,
        String qualifier,
        String unit,
        String actorId,
        String actor,
        String location,
        String theatre,
        String status,
        String source,
        String sentence,
        int sentenceStart,
        int sentenceEnd,
        boolean hedged,
        boolean vague,
        String articleFingerprint) implements ClaimsRecord {

    public static final int SCHEMA_VERSION = 1;
}
