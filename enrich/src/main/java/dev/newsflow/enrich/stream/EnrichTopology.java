package dev.newsflow.enrich.stream;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.JsonSerde;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.streams.DeadLetters;

/**
 * enrich as a Kafka Streams topology, top to bottom: read articles, extract troop-count claims
 * (articles that cannot be read or processed go to the dead-letter topic), and publish each
 * claim re-keyed by its figure key so that claims about one deployment meet downstream.
 */
public final class EnrichTopology {

    public static final String APPLICATION_ID = "newsflow-enrich";

    private EnrichTopology() {
    }

    public static Topology build(ClaimEvents claimEvents) {
        StreamsBuilder builder = new StreamsBuilder();
        DeadLetters.guard(
                        builder.stream(Topics.ARTICLES.name(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                                .withName("articles")),
                        "enrich", "extract-claims",
                        bytes -> claimEvents.of(Json.read(bytes, ArticleEvent.class, ArticleEvent.SCHEMA_VERSION)))
                .flatMap((articleId, claims) -> claims.stream()
                        .map(claim -> KeyValue.pair(claim.figureKey(), claim)).toList(), Named.as("by-figure-key"))
                .to(Topics.CLAIMS.name(), Produced.with(Serdes.String(),
                        new JsonSerde<>(ClaimEvent.class, ClaimEvent.SCHEMA_VERSION)).withName("claims"));
        return builder.build();
    }
}
