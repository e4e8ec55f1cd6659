package dev.newsflow.sink.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one JSON body to a webhook with retries: transient failures (connection errors, timeouts,
 * 408, 429, 5xx) are retried with exponential backoff and jitter, honouring {@code Retry-After};
 * other 4xx answers are permanent. Every attempt carries the same {@code Idempotency-Key}, so a
 * receiver that saw an earlier attempt succeed can drop the repeat.
 */
public final class WebhookClient {

    private static final Logger log = LoggerFactory.getLogger(WebhookClient.class);

    /** How a delivery ended: delivered, or failed with a reason code and the last error. */
    public record Result(boolean delivered, int attempts, String reason, String error) {
    }

    /** Sleeping between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final HttpClient http;
    private final URI url;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration timeout;
    private final Sleeper sleeper;

    public WebhookClient(URI url, int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration timeout,
                         Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        this.url = url;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.timeout = timeout;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebhookClient withDefaults(URI url) {
        return new WebhookClient(url, 8, Duration.ofMillis(500), Duration.ofSeconds(60), Duration.ofSeconds(10),
                duration -> Thread.sleep(duration.toMillis()));
    }

    /** Posts {@code body}; returns once delivered or given up. */
    public Result post(String body, String idempotencyKey) throws InterruptedException {
        String reason = null;
        String error = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Duration wait = null;
            try {
                HttpResponse<String> response = http.send(request(body, idempotencyKey),
                        HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return new Result(true, attempt, null, null);
                }
                reason = "webhook-http-" + status;
                error = "HTTP " + status + ": " + abbreviate(response.body());
                if (!transientStatus(status)) {
                    return new Result(false, attempt, reason, error);
                }
                wait = retryAfter(response).orElse(null);
            } catch (IOException e) {
                reason = e instanceof java.net.http.HttpTimeoutException ? "webhook-timeout" : "webhook-unreachable";
                error = e.toString();
            }
            if (attempt < maxAttempts) {
                Duration backoff = wait != null ? wait : backoff(attempt);
                log.warn("webhook {} attempt {}/{} failed ({}); retrying in {} ms", url, attempt, maxAttempts, error,
                        backoff.toMillis());
                sleeper.sleep(backoff);
            }
        }
        return new Result(false, maxAttempts, reason, error);
    }

    private HttpRequest request(String body, String idempotencyKey) {
        return HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", idempotencyKey)
                .header("User-Agent", "newsflow-webhook")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    static boolean transientStatus(int status) {
        return status == 408 || status == 425 || status == 429 || status >= 500;
    }

    /** Exponential backoff with full jitter, capped. */
    Duration backoff(int attempt) {
        long cap = Math.min(maxBackoff.toMillis(), initialBackoff.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
    }

    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                long seconds = Long.parseLong(value.trim());
                return Optional.of(Duration.ofSeconds(Math.min(Math.max(seconds, 0), maxBackoff.toSeconds())));
            } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP date: fall back to our own backoff
            }
        });
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
