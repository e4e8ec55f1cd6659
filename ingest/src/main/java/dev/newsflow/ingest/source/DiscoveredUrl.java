package dev.newsflow.ingest.source;

/**
 * An article URL a source listed, with what the source says about its version.
 *
 * @param url         absolute URL
 * @param changeToken the entry's updated/published date or sitemap lastmod (ISO-8601), nullable
 */
public record DiscoveredUrl(String url, String changeToken) {
}
