package dev.newsflow.sink.delivery;

import java.util.Map;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.serde.Json;

/** The bodies a webhook can receive: Slack-compatible text, or the alert payload itself. */
public enum WebhookPayloads {
    /** {@code {"text": "<one readable line>"}}, what Slack and compatible chat tools accept. */
    SLACK {
        @Override
        public String body(AlertEvent alert) {
            return Json.writeString(Map.of("text", AlertFormatter.line(alert)));
        }
    },
    /** The {@code newsflow.alerts} JSON, for receivers that process alerts themselves. */
    JSON {
        @Override
        public String body(AlertEvent alert) {
            return Json.writeString(alert);
        }
    };

    public abstract String body(AlertEvent alert);
}
