package dev.newsflow.ingest.publish;

import java.net.URI;
import java.time.Instant;

import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.Fingerprints;
import dev.newsflow.events.Ids;
import dev.newsflow.ingest.clean.CleanedArticle;

/**
 * Builds the {@code newsflow.articles} payload from a cleaned page. The article id hashes the
 * canonical URL when the page declares one (so the same story fetched twice, or replayed from an
 * archive, keeps one id) and falls back to where the page came from.
 */
public final class ArticleEvents {

    private ArticleEvents() {
    }

    /**
     * @param url    where the page was fetched or archived from, or null for a bare file
     * @param origin where ingest read it, e.g. {@code archive:samples/archive/x.html}
     */
    public static ArticleEvent of(CleanedArticle article, String url, String origin, Instant fetchedAt) {
        String identity = article.canonicalUrl() != null ? article.canonicalUrl() : url != null ? url : origin;
        String site = article.siteName() != null ? article.siteName() : hostOf(identity);
        return new ArticleEvent(ArticleEvent.SCHEMA_VERSION, Ids.of(identity),
                url != null ? url : article.canonicalUrl(), article.canonicalUrl(), site, article.title(),
                article.byline(), article.published(), article.lang(), article.text(), fetchedAt, origin,
                Fingerprints.minHash(article.text()));
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
