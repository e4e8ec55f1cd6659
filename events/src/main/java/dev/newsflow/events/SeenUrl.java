package dev.newsflow.events;

import java.time.Instant;

/**
 * One fetched article URL, on the compacted {@code newsflow.seen} topic keyed by the canonical
 * URL: the fetchers' shared memory of what they have already fetched. Being compacted, the topic
 * keeps one record per URL forever, so the state survives restarts, rebalances and lost disks,
 * and a new fetcher instance rebuilds it by reading the topic from the start.
 *
 * @param url         canonical URL (the record key)
 * @param changeToken the frontier entry's change token at the time of the fetch, nullable
 * @param outcome     {@code article}, or the dead-letter reason of a permanent failure (e.g. {@code http-404})
 * @param fetchedAt   when it was fetched
 */
public record SeenUrl(
        int schemaVersion,
        String url,
        String changeToken,
        String outcome,
        Instant fetchedAt) implements Payload {

    public static final int SCHEMA_VERSION = 1;

    public static SeenUrl of(String url, String changeToken, String outcome, Instant fetchedAt) {
        return new SeenUrl(SCHEMA_VERSION, url, changeToken, outcome, fetchedAt);
    }
}
