package dev.newsflow.events.topics;

import java.util.List;
import java.util.Map;

/**
 * The pipeline's topics in one place: names, partition counts and cleanup policies. Services
 * refer to these constants, never to string literals, so renaming or re-partitioning a topic is
 * one edit.
 */
public final class Topics {

    private static final Map<String, String> DELETE = Map.of("cleanup.policy", "delete");
    /**
     * Records carry publication times, which in a replay of an archive are months or years old:
     * time-based retention would delete them as soon as they are written. Event-time topics keep
     * their records until an operator sets a size limit ({@code retention.bytes}) or deletes them.
     */
    private static final Map<String, String> KEEP = Map.of("cleanup.policy", "delete", "retention.ms", "-1");
    /** Largest record {@code newsflow.pages} accepts: a 4 MiB body in base64 plus headers. */
    public static final int PAGE_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
    private static final Map<String, String> COMPACT = Map.of("cleanup.policy", "compact");

    /** Article URLs to fetch, keyed by host so one partition owns a host's politeness. */
    public static final TopicSpec FRONTIER = new TopicSpec("newsflow.frontier", 6, DELETE);
    /** Raw fetched responses, keyed by URL; compacted, it is the archive of record. */
    public static final TopicSpec PAGES = new TopicSpec("newsflow.pages", 6,
            Map.of("cleanup.policy", "compact", "max.message.bytes", String.valueOf(PAGE_MAX_MESSAGE_BYTES)));
    /**
     * Article URLs already fetched, keyed by canonical URL ({@code SeenUrl}); compacted, it is the
     * fetchers' dedupe state and survives restarts because it lives in Kafka.
     */
    public static final TopicSpec SEEN = new TopicSpec("newsflow.seen", 6, COMPACT);
    /** Cleaned articles keyed by article id; record timestamp = publication time. */
    public static final TopicSpec ARTICLES = new TopicSpec("newsflow.articles", 6, KEEP);
    /** Articles with their entities and claims, keyed by article id. */
    public static final TopicSpec ENRICHED = new TopicSpec("newsflow.enriched", 6, KEEP);
    /** One troop-count claim per record, keyed by figure key so claims about one deployment meet. */
    public static final TopicSpec CLAIMS = new TopicSpec("newsflow.claims", 6, KEEP);
    /** Hourly mention counts per entity, keyed by entity id. */
    public static final TopicSpec ENTITY_TRENDS = new TopicSpec("newsflow.entity-trends", 3, KEEP);
    /** Latest known figure per figure key; compacted, a table for dashboards. */
    public static final TopicSpec FIGURES = new TopicSpec("newsflow.figures", 6, COMPACT);
    /** New and revised figures with their provenance: what editors are alerted to. */
    public static final TopicSpec ALERTS = new TopicSpec("newsflow.alerts", 3, KEEP);
    /** Records that a stage could not process, with the reason; nothing is dropped silently. */
    public static final TopicSpec DLQ = new TopicSpec("newsflow.dlq", 1, KEEP);

    private Topics() {
    }

    /** Every topic of the pipeline, in data-flow order. */
    public static List<TopicSpec> all() {
        return List.of(FRONTIER, PAGES, SEEN, ARTICLES, ENRICHED, CLAIMS, ENTITY_TRENDS, FIGURES, ALERTS, DLQ);
    }
}
