package dev.newsflow.app;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;

import dev.newsflow.app.config.KafkaOptions;
import dev.newsflow.sink.delivery.WebhookClient;
import dev.newsflow.sink.delivery.WebhookDelivery;
import dev.newsflow.sink.delivery.WebhookPayloads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow webhook}: deliver alerts to a webhook (Slack-compatible by default). */
@Command(name = "webhook", mixinStandardHelpOptions = true,
        description = "Deliver newsflow.alerts to a webhook, at least once, with retries; refusals go to newsflow.dlq.")
final class WebhookCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--url", required = true, description = "The webhook URL (http or https).")
    URI url;

    @Option(names = "--format", defaultValue = "SLACK",
            description = "Body: SLACK ({\"text\": …}) or JSON (the alert payload). Default: ${DEFAULT-VALUE}.")
    WebhookPayloads format;

    @Option(names = "--group", defaultValue = "newsflow-webhook",
            description = "Consumer group; one per webhook (default: ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--max-attempts", defaultValue = "8", description = "Attempts per alert (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Override
    public Integer call() throws InterruptedException {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("--url must be http or https: " + url);
        }
        var env = Env.variables();
        WebhookClient client = new WebhookClient(url, maxAttempts, Duration.ofMillis(500), Duration.ofSeconds(60),
                Duration.ofSeconds(10), duration -> Thread.sleep(duration.toMillis()));
        try (WebhookDelivery delivery = WebhookDelivery.connect(kafka.bootstrapServers(env), group,
                kafka.settings(env), client, format)) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                delivery.stop();
                try {
                    main.join(15_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "webhook-shutdown"));
            delivery.run();
        }
        return 0;
    }
}
