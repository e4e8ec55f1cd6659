package dev.newsflow.ingest.page;

import java.time.Instant;
import java.util.Locale;

import dev.newsflow.events.ArticleEvent;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.clean.CleanedArticle;
import dev.newsflow.ingest.fetch.CharsetDetector;
import dev.newsflow.ingest.publish.ArticleEvents;

/**
 * Turns one HTTP response body into an {@link ArticleEvent}: the one path shared by live
 * fetching, {@code newsflow fetch} and WARC replay, so all three produce the same articles.
 *
 * <p>The charset is decided here ({@link CharsetDetector}: BOM, then the Content-Type header,
 * then meta) and the decoded text goes to {@link ArticleCleaner#clean(String, String)}. Decoding
 * from bytes with the header in view is the one thing the archive path ({@code HtmlDecoder}, which
 * only sees the page) cannot do, and a wrong header/meta combination is the classic mojibake.
 *
 * <p>Stateless and thread-safe.
 */
public final class PageCleaning {

    private final ArticleCleaner cleaner;

    public PageCleaning(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /**
     * @param url         the URL asked for (becomes the article's url)
     * @param finalUrl    where redirects ended (relative links resolve against it)
     * @param contentType the Content-Type header, nullable
     * @param body        decoded (decompressed) body
     * @param origin      e.g. {@code http}, {@code warc:<file>}
     * @throws PageRejectedException with a reason code when there is no article
     */
    public ArticleEvent clean(String url, String finalUrl, String contentType, byte[] body, Instant fetchedAt,
                              String origin) throws PageRejectedException {
        String name = url != null ? url : finalUrl;
        if (!looksLikeHtml(contentType, body)) {
            throw new PageRejectedException("not-html", name + " is " + contentType + ", not HTML", null);
        }
        CharsetDetector.Decision charset = CharsetDetector.detect(body, contentType);
        CleanedArticle cleaned;
        try {
            cleaned = cleaner.clean(CharsetDetector.decode(body, charset), finalUrl);
        } catch (RuntimeException e) {
            throw new PageRejectedException("unreadable-html", name + ": " + e, e);
        }
        if (cleaned.text().isBlank()) {
            throw new PageRejectedException("no-article-text", "no article text found in " + name, null);
        }
        return ArticleEvents.of(cleaned, url, origin, fetchedAt);
    }

    /** HTML by its Content-Type, or, when there is none, by its first non-blank byte. */
    static boolean looksLikeHtml(String contentType, byte[] body) {
        if (contentType != null && !contentType.isBlank()) {
            String type = contentType.toLowerCase(Locale.ROOT);
            return type.startsWith("text/html") || type.startsWith("application/xhtml");
        }
        for (byte b : body) {
            if (b == '<') {
                return true;
            }
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && (b & 0xff) != 0xef && (b & 0xff) != 0xbb
                    && (b & 0xff) != 0xbf) {
                return false;
            }
        }
        return false;
    }
}
