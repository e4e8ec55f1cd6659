package dev.newsflow.ingest.clean;

import java.time.OffsetDateTime;

/**
 * What a page says about itself, before its body is looked at. Each field is nullable.
 *
 * @param title        headline
 * @param byline       author or agency names, comma separated
 * @param published    publication time
 * @param lang         declared language tag
 * @param canonicalUrl canonical URL
 * @param siteName     publishing site
 */
public record ArticleMetadata(
        String title,
        String byline,
        OffsetDateTime published,
        String lang,
        String canonicalUrl,
        String siteName) {
}
