package dev.newsflow.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When to try a failed request again. Only answers that say "later" are retried: 429, 502, 503,
 * 504 and 500, and transport timeouts. A server's {@code Retry-After} (seconds or an HTTP date)
 * wins over the exponential backoff, within a cap: a server asking for an hour gets a dead letter
 * instead of a fetcher thread parked for an hour.
 *
 * @param maxAttempts total attempts, the first included
 * @param initial     backoff before the second attempt
 * @param max         cap on any single wait, Retry-After included; a longer Retry-After gives up
 */
public record RetryPolicy(int maxAttempts, Duration initial, Duration max) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30));

    /** Whether an HTTP status is worth retrying. */
    public static boolean retryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /**
     * How long to wait before attempt {@code attempt + 1}, or empty to give up.
     *
     * @param attempt    attempts made so far (1 after the first failure)
     * @param retryAfter the response's Retry-After header, nullable
     * @param now        the current time, for HTTP-date Retry-After values
     */
    public Optional<Duration> delay(int attempt, String retryAfter, Instant now) {
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        Optional<Duration> asked = parseRetryAfter(retryAfter, now);
        if (asked.isPresent()) {
            return asked.get().compareTo(max) > 0 ? Optional.empty() : asked;
        }
        long factor = 1L << Math.min(20, attempt - 1);
        Duration backoff = initial.multipliedBy(factor);
        return Optional.of(backoff.compareTo(max) > 0 ? max : backoff);
    }

    /** Parses {@code Retry-After}: delta-seconds or an RFC 1123 date; empty when absent or unreadable. */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
