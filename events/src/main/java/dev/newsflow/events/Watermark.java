package dev.newsflow.events;

/**
 * enrich's progress through one partition of {@code newsflow.articles}, sent in-band on every
 * partition of {@code newsflow.claims} (with the {@link ClaimsTopic#TYPE_HEADER} header) after the
 * claims it covers. It lets the sink decide claims in publication order without guessing how long
 * to wait: a claim is safe to decide once every articles partition has moved past its time.
 *
 * @param sourcePartition  the {@code newsflow.articles} partition this watermark describes
 * @param sourcePartitions how many partitions {@code newsflow.articles} has, so a reader knows
 *                         which partitions it has not heard from yet
 * @param eventTimeMs      not idle: the largest publication time (record timestamp, epoch ms) enrich
 *                         has processed on that partition; idle: a bound, the largest time enrich had
 *                         processed on any partition when it found this one read to its end, so
 *                         articles appended later are at least that recent; -1 when nothing is known
 * @param idle             the partition has had no input for a while and is read to its end: it holds
 *                         nobody back beyond its bound until it has input again
 */
public record Watermark(int schemaVersion, int sourcePartition, int sourcePartitions, long eventTimeMs,
                        boolean idle) implements ClaimsRecord {

    public static final int SCHEMA_VERSION = 1;
}
