package dev.newsflow.events.topics;

import java.util.Map;

/**
 * One topic's name and the settings it is created with, so that every service and every test
 * creates a topic the same way instead of relying on broker auto-creation defaults.
 *
 * @param name       the topic name, e.g. {@code newsflow.articles}
 * @param partitions partition count; the unit of parallelism for its consumers
 * @param configs    topic-level configs such as {@code cleanup.policy}
 */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {

    public TopicSpec {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1 for " + name);
        }
        configs = Map.copyOf(configs);
    }

    /** True when old values of a key are compacted away, so the topic is a table of latest values. */
    public boolean compacted() {
        return configs.getOrDefault("cleanup.policy", "delete").contains("compact");
    }
}
