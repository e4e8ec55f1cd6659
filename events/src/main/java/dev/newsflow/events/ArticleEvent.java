package dev.newsflow.events;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A cleaned article on {@code newsflow.articles}: what enrich reads. Keyed by {@link #id()};
 * the record timestamp is the publication time so replays are deterministic in event time.
 *
 * @param id           stable article id (a hash of the canonical URL, or of the archive path)
 * @param url          where the page was fetched or archived from
 * @param canonicalUrl the page's own canonical URL, when it declares one
 * @param site         the outlet's name (e.g. "DW"), or its host
 * @param title        headline
 * @param byline       author(s), when known
 * @param published    publication time with its offset, when known
 * @param lang         BCP-47 language tag, when known
 * @param text         body text; paragraphs separated by a blank line
 * @param fetchedAt    when ingest read the page
 * @param origin       where ingest got it: {@code archive:<path>}, {@code http}, {@code warc:<file>}
 * @param fingerprint  near-duplicate fingerprint of the text, see {@link Fingerprints}
 */
public record ArticleEvent(
        int schemaVersion,
        String id,
        String url,
        String canonicalUrl,
        String site,
        String title,
        String byline,
        OffsetDateTime published,
        String lang,
        String text,
        Instant fetchedAt,
        String origin,
        String fingerprint) implements Payload {

    public static final int SCHEMA_VERSION = 1;
}
