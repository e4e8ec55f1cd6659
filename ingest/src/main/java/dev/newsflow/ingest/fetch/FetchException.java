package dev.newsflow.ingest.fetch;

/**
 * Why a URL could not be fetched, as a stable reason code for {@code newsflow.dlq}
 * ({@code robots}, {@code blocked-address}, {@code too-large}, {@code timeout}, {@code http-404},
 * {@code redirect-loop}, …) and a sentence for the log. {@link #permanent()} tells the fetcher
 * whether fetching again later could help (a timeout might pass, a 404 will not).
 */
public final class FetchException extends Exception {

    private final String reason;
    private final boolean permanent;

    public FetchException(String reason, String message, boolean permanent) {
        super(message);
        this.reason = reason;
        this.permanent = permanent;
    }

    public FetchException(String reason, String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.permanent = permanent;
    }

    public String reason() {
        return reason;
    }

    public boolean permanent() {
        return permanent;
    }
}
