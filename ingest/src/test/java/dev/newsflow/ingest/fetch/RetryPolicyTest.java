package dev.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(10));

    @Test
    void backsOffExponentiallyUpToTheCapAndStopsAfterMaxAttempts() {
        assertThat(policy.delay(1, null, NOW)).contains(Duration.ofSeconds(1));
        assertThat(policy.delay(2, null, NOW)).contains(Duration.ofSeconds(2));
        assertThat(policy.delay(3, null, NOW)).contains(Duration.ofSeconds(4));
        assertThat(policy.delay(4, null, NOW)).isEmpty();
        assertThat(new RetryPolicy(10, Duration.ofSeconds(4), Duration.ofSeconds(10)).delay(5, null, NOW))
                .contains(Duration.ofSeconds(10));
    }

    @Test
    void retryAfterWinsAndTooLongGivesUp() {
        assertThat(policy.delay(1, "3", NOW)).contains(Duration.ofSeconds(3));
        assertThat(policy.delay(1, "Thu, 01 Jan 2026 00:00:05 GMT", NOW)).contains(Duration.ofSeconds(5));
        assertThat(policy.delay(1, "3600", NOW)).isEmpty();
        assertThat(policy.delay(1, "soon", NOW)).contains(Duration.ofSeconds(1));
        assertThat(RetryPolicy.parseRetryAfter("Wed, 31 Dec 2025 23:00:00 GMT", NOW)).isEqualTo(Optional.of(Duration.ZERO));
    }

    @Test
    void onlyTransientStatusesAreRetried() {
        assertThat(RetryPolicy.retryable(429)).isTrue();
        assertThat(RetryPolicy.retryable(503)).isTrue();
        assertThat(RetryPolicy.retryable(404)).isFalse();
        assertThat(RetryPolicy.retryable(501)).isFalse();
    }
}
