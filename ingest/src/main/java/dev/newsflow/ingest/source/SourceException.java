package dev.newsflow.ingest.source;

/** A feed, sitemap or URL list that could not be read, with a stable reason code. */
public final class SourceException extends Exception {

    private final String reason;

    public SourceException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
