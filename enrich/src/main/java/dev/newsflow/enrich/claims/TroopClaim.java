package dev.newsflow.enrich.claims;

/**
 * One troop-count claim found in an article: the figure, what it counts, whose troops, where, in what
 * state, who says so, and the sentence as evidence for the alert.
 *
 * <p>Offsets: {@code sentenceStart}/{@code sentenceEnd} are character offsets into the article body
 * {@code text} passed to {@link ClaimExtractor#extract}, end exclusive; when {@code inTitle} is true
 * they are offsets into the title instead.
 *
 * @param countText  the number as written ("12,000", "thousands", "1,000 to 3,000")
 * @param count      the number as written, as a value (the lower bound for a range; 1000 for "thousands")
 * @param countLow   lower bound for at_least, more_than and range; otherwise null
 * @param countHigh  upper bound for up_to and range; otherwise null
 * @param unit       the troop noun as written ("soldiers", "construction workers", "North Koreans")
 * @param actorId    ISO 3166-1 alpha-2 code of the country whose troops these are, or null
 * @param actor      display name of the actor ("North Korea"), or null
 * @param location   most specific place given ("Kursk", "eastern Ukraine"), or null
 * @param theatre    normalised theatre id ("RU/Kursk", "UA/East", "RU"), or null
 * @param source     who says so ("Antony Blinken", "NIS"), or null
 * @param hedged     the sentence reports the figure with reservation ("are said to", "whether")
 * @param vague      the count comes from a vague quantity ("thousands")
 * @param inTitle    the claim was found in the title, offsets are into the title
 */
public record TroopClaim(
        String countText,
        long count,
        Long countLow,
        Long countHigh,
        Qualifier qualifier,
        String unit,
        String actorId,
        String actor,
        String location,
        String theatre,
        Status status,
        String source,
        String sentence,
        int sentenceStart,
        int sentenceEnd,
        boolean hedged,
        boolean vague,
        boolean inTitle) {
}
