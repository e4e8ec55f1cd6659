package dev.newsflow.events.serde;

/**
 * A record value that cannot be read as the payload its topic promises. Carries a short,
 * stable reason code for the dead-letter record, next to the human-readable message.
 */
public class PayloadException extends RuntimeException {

    private final String reason;

    public PayloadException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PayloadException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** A short machine-readable code such as {@code invalid-json}. */
    public String reason() {
        return reason;
    }
}
