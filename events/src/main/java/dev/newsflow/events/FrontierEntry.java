package dev.newsflow.events;

import java.time.Instant;

/**
 * A URL to fetch, on {@code newsflow.frontier}, keyed by {@link #host()} so that one partition,
 * and therefore one fetcher of the consumer group, owns all of a host's URLs: per-host politeness
 * (robots.txt, crawl delay, one request in flight) then needs no coordination between fetchers.
 *
 * @param url          the URL as discovered (absolute, http or https)
 * @param host         the URL's host, lower case: the record key
 * @param source       where it was found: {@code feed:<url>}, {@code sitemap:<url>}, {@code list:<file>}, {@code url}
 * @param changeToken  what the source says about the version of the page (feed entry's updated date, sitemap
 *                     lastmod); a URL already fetched is fetched again only when this differs; nullable
 * @param discoveredAt when discovery saw it
 */
public record FrontierEntry(
        int schemaVersion,
        String url,
        String host,
        String source,
        String changeToken,
        Instant discoveredAt) implements Payload {

    public static final int SCHEMA_VERSION = 1;

    public static FrontierEntry of(String url, String host, String source, String changeToken, Instant discoveredAt) {
        return new FrontierEntry(SCHEMA_VERSION, url, host, source, changeToken, discoveredAt);
    }
}
