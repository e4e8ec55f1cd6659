package dev.newsflow.sink.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class WebhookClientTest {

    private final List<Duration> sleeps = new ArrayList<>();

    private WebhookClient client(URI url, int attempts) {
        return new WebhookClient(url, attempts, Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(2),
                sleeps::add);
    }

    @Test
    void transientFailuresAreRetriedWithTheSameIdempotencyKeyUntilDelivered() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (var receiver = new WebhookReceiver(r -> calls.incrementAndGet() <= 2
                ? WebhookReceiver.Answer.of(503) : WebhookReceiver.Answer.of(200))) {
            var result = client(receiver.url(), 5).post("{\"text\":\"hi\"}", "alert-1");

            assertThat(result.delivered()).isTrue();
            assertThat(result.attempts()).isEqualTo(3);
            assertThat(receiver.requests()).extracting(WebhookReceiver.Request::idempotencyKey)
                    .containsExactly("alert-1", "alert-1", "alert-1");
            assertThat(receiver.requests().get(0).contentType()).startsWith("application/json");
            assertThat(sleeps).hasSize(2);
        }
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (var receiver = new WebhookReceiver(r -> calls.incrementAndGet() == 1
                ? new WebhookReceiver.Answer(429, "3") : WebhookReceiver.Answer.of(204))) {
            assertThat(client(receiver.url(), 3).post("{}", "k").delivered()).isTrue();
            assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
        }
    }

    @Test
    void aClientErrorIsPermanentAndNotRetried() throws Exception {
        try (var receiver = new WebhookReceiver(r -> WebhookReceiver.Answer.of(400))) {
            var result = client(receiver.url(), 5).post("{}", "k");
            assertThat(result.delivered()).isFalse();
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(result.reason()).isEqualTo("webhook-http-400");
            assertThat(sleeps).isEmpty();
        }
    }

    @Test
    void anUnreachableWebhookFailsAfterTheLastAttempt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var result = client(URI.create("http://127.0.0.1:" + closedPort + "/hook"), 3).post("{}", "k");
        assertThat(result.delivered()).isFalse();
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo("webhook-unreachable");
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void backoffGrowsExponentiallyWithinItsCap() {
        WebhookClient client = client(URI.create("http://127.0.0.1:1/"), 10);
        for (int attempt = 1; attempt <= 10; attempt++) {
            long cap = Math.min(5000, 100L << (attempt - 1));
            assertThat(client.backoff(attempt).toMillis()).isBetween(cap / 2, cap);
        }
        assertThat(WebhookClient.transientStatus(503)).isTrue();
        assertThat(WebhookClient.transientStatus(404)).isFalse();
    }
}
