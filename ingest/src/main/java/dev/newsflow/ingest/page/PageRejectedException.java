package dev.newsflow.ingest.page;

/**
 * A response that did not yield an article: not HTML ({@code not-html}), HTML the cleaner could
 * not read ({@code unreadable-html}), or a page without article text ({@code no-article-text}).
 */
public final class PageRejectedException extends Exception {

    private final String reason;

    public PageRejectedException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
