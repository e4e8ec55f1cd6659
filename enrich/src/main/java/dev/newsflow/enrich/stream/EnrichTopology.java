package dev.newsflow.enrich.stream;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.WindowStore;

import dev.newsflow.enrich.claims.ClaimExtractor;
import dev.newsflow.enrich.entities.EntityRecognizer;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.EntityTrend;
import dev.newsflow.events.Watermark;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.JsonSerde;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.streams.DeadLetters;

/**
 * enrich as a Kafka Streams topology, top to bottom:
 * <ol>
 *   <li>read articles and enrich each with its entities and troop-count claims (plain library calls;
 *       articles that cannot be read or processed go to the dead-letter topic);</li>
 *   <li>publish the enriched article to {@code newsflow.enriched}, keyed by article id;</li>
 *   <li>publish each claim to {@code newsflow.claims}, re-keyed by its figure key so that claims about one
 *       deployment meet downstream;</li>
 *   <li>after the claims, tell every partition of {@code newsflow.claims} how far in publication time each
 *       articles partition has got ({@link WatermarkEmitter}), so the sink can decide claims in that order;</li>
 *   <li>count entity mentions per entity in one-hour tumbling windows of publication time (the record
 *       timestamp of an article) and publish the running counts to {@code newsflow.entity-trends}, keyed by
 *       entity id.</li>
 * </ol>
 */
public final class EnrichTopology {

    public static final String APPLICATION_ID = "newsflow-enrich";
    /** Width of an entity-trend window. */
    public static final Duration TREND_WINDOW = Duration.ofHours(1);
    /**
     * How late (in publication time) an article may still count in its hour: crawls find articles
     * late, and a replay interleaves the article partitions, whose publication times drift days
     * apart while one of them catches up (seen: 10 days in a 700-day replay). Mentions later than
     * this are dropped and logged by Kafka Streams; the window store keeps this much history.
     */
    public static final Duration TREND_GRACE = Duration.ofDays(30);

    private static final JsonSerde<EnrichedArticle> ENRICHED =
            new JsonSerde<>(EnrichedArticle.class, EnrichedArticle.SCHEMA_VERSION);
    private static final JsonSerde<ClaimEvent> CLAIM = new JsonSerde<>(ClaimEvent.class, ClaimEvent.SCHEMA_VERSION);
    private static final JsonSerde<Watermark> WATERMARK = new JsonSerde<>(Watermark.class, Watermark.SCHEMA_VERSION);
    private static final JsonSerde<EntityTrend> TREND = new JsonSerde<>(EntityTrend.class, EntityTrend.SCHEMA_VERSION);

    private EnrichTopology() {
    }

    /**
     * @param claimEvents the claim extractor with the topic contract around it
     * @param entities    the entity recogniser (CoreNLP in the pipeline, a tiny deterministic one in tests)
     * @param watermarks  how enrich reports its progress in publication time to the sink
     * @param inputEnd    whether an articles partition is read to its end (only then can it be idle)
     */
    public static Topology build(ClaimEvents claimEvents, EntityRecognizer entities, WatermarkOptions watermarks,
                                 InputEnd inputEnd) {
        ArticleEnrichment enrichment = new ArticleEnrichment(claimEvents, entities);
        StreamsBuilder builder = new StreamsBuilder();

        KStream<String, byte[]> articles = builder.stream(Topics.ARTICLES.name(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("articles"));
        KStream<String, EnrichedArticle> enriched = DeadLetters.guard(articles, "enrich", "enrich-article",
                bytes -> enrichment.of(Json.read(bytes, ArticleEvent.class, ArticleEvent.SCHEMA_VERSION)));

        enriched.to(Topics.ENRICHED.name(), Produced.with(Serdes.String(), ENRICHED).withName("enriched"));

        enriched.flatMap((articleId, article) -> article.claims().stream()
                        .map(claim -> KeyValue.pair(claim.figureKey(), claim)).toList(), Named.as("by-figure-key"))
                .to(Topics.CLAIMS.name(), Produced.with(Serdes.String(), CLAIM).withName("claims"));

        AtomicLong processedByAnyTask = new AtomicLong(-1);
        articles.process(() -> new WatermarkEmitter(watermarks, inputEnd, processedByAnyTask), Named.as("watermarks"))
                .to(Topics.CLAIMS.name(), Produced.with(Serdes.String(), WATERMARK)
                        .withStreamPartitioner(new AllPartitions<>()).withName("claims-watermarks"));

        enriched.flatMap((articleId, article) -> article.entities().stream()
                        .map(ArticleEnrichment::oneMention)
                        .map(mention -> KeyValue.pair(mention.entityId(), mention)).toList(),
                        Named.as("mentions-by-entity"))
                .groupByKey(Grouped.with("entity-mentions", Serdes.String(), TREND))
                .windowedBy(TimeWindows.ofSizeAndGrace(TREND_WINDOW, TREND_GRACE))
                .aggregate(() -> new EntityTrend(EntityTrend.SCHEMA_VERSION, null, null, null, null, null, 0),
                        (entityId, mention, sum) -> ArticleEnrichment.add(sum, mention),
                        Named.as("count-mentions"),
                        Materialized.<String, EntityTrend, WindowStore<Bytes, byte[]>>as("entity-mention-counts")
                                .withKeySerde(Serdes.String()).withValueSerde(TREND))
                .toStream(Named.as("trend-updates"))
                .map((window, sum) -> KeyValue.pair(window.key(), new EntityTrend(sum.schemaVersion(), window.key(),
                        sum.name(), sum.type(), window.window().startTime(), window.window().endTime(), sum.count())),
                        Named.as("trend-with-window"))
                .to(Topics.ENTITY_TRENDS.name(), Produced.with(Serdes.String(), TREND).withName("entity-trends"));

        return builder.build();
    }

    /**
     * The topology with the default watermark options for an articles topic of its default size,
     * for tests: every partition counts as read to its end.
     */
    public static Topology build(ClaimEvents claimEvents, EntityRecognizer entities) {
        return build(claimEvents, entities, WatermarkOptions.of(Topics.ARTICLES.partitions()), InputEnd.ALWAYS);
    }

    /** The topology with the bundled claim grammar. */
    public static Topology build(EntityRecognizer entities, WatermarkOptions watermarks, InputEnd inputEnd) {
        return build(new ClaimEvents(ClaimExtractor.withDefaultRules()), entities, watermarks, inputEnd);
    }
}
