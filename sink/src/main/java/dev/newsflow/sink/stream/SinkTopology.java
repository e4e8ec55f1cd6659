package dev.newsflow.sink.stream;

import java.time.Duration;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ClaimsTopic;
import dev.newsflow.events.FigureEvent;
import dev.newsflow.events.Watermark;
import dev.newsflow.events.serde.JsonSerde;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.sink.figures.FigurePolicy;
import dev.newsflow.sink.figures.FigureState;
import dev.newsflow.streams.DeadLetters;

/**
 * The sink as a Kafka Streams topology, top to bottom: read claims (keyed by figure key) and
 * enrich's watermarks, send unreadable records to the dead-letter topic, decide per key what each
 * claim means, in publication order as the watermarks allow, then write
 * alerts for new and revised figures and the current figure per key to the compacted figures
 * topic.
 */
public final class SinkTopology {

    public static final String APPLICATION_ID = "newsflow-sink";
    /** Relative difference still counted as the same figure. */
    public static final double DEFAULT_TOLERANCE = 0.05;
    /**
     * How long a claim waits at most for enrich's watermarks before it is decided anyway. With
     * watermarks flowing, claims are decided within a few hundred ms of arriving and this never
     * applies; it bounds how late alerts get while enrich is stalled (rebalancing, restarting,
     * a member lost), at the cost of publication-time order for claims held that long.
     */
    public static final long DEFAULT_MAX_HOLD_MS = 30_000;
    public static final Duration DEFAULT_MAX_HOLD = Duration.ofMillis(DEFAULT_MAX_HOLD_MS);

    private SinkTopology() {
    }

    /** A sink that decides each claim on arrival, ignoring watermarks. */
    public static Topology build() {
        return build(new FigurePolicy(DEFAULT_TOLERANCE), Duration.ZERO);
    }

    /**
     * @param maxHold how long a claim waits at most for enrich's watermarks to pass its publication
     *                time (see {@link FigureTracker}); zero decides each claim on arrival
     */
    public static Topology build(FigurePolicy policy, Duration maxHold) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FigureTracker.FIGURES),
                Serdes.String(), new JsonSerde<>(FigureState.class, FigureState.SCHEMA_VERSION)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FigureTracker.PENDING),
                Serdes.String(), new JsonSerde<>(PendingClaim.class, PendingClaim.SCHEMA_VERSION)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FigureTracker.WATERMARKS),
                Serdes.String(), new JsonSerde<>(Watermark.class, Watermark.SCHEMA_VERSION)));

        KStream<String, FigurePolicy.Decision> decisions = DeadLetters.guardWithHeaders(
                        builder.stream(Topics.CLAIMS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                                .withName("claims")),
                        "sink", "read-claim", ClaimsTopic::read)
                .process(() -> new FigureTracker(policy, maxHold), Named.as("track-figures"),
                        FigureTracker.FIGURES, FigureTracker.PENDING, FigureTracker.WATERMARKS);

        decisions.filter((key, decision) -> decision.alert() != null, Named.as("alerting"))
                .mapValues(FigurePolicy.Decision::alert, Named.as("alert"))
                .to(Topics.ALERTS.name(), Produced.with(Serdes.String(),
                        new JsonSerde<>(AlertEvent.class, AlertEvent.SCHEMA_VERSION)).withName("alerts"));
        decisions.filter((key, decision) -> decision.figure() != null, Named.as("figure-changed"))
                .mapValues(FigurePolicy.Decision::figure, Named.as("figure"))
                .to(Topics.FIGURES.name(), Produced.with(Serdes.String(),
                        new JsonSerde<>(FigureEvent.class, FigureEvent.SCHEMA_VERSION)).withName("figures"));
        return builder.build();
    }
}
