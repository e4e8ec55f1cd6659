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
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.FigureEvent;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.JsonSerde;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.sink.figures.FigurePolicy;
import dev.newsflow.sink.figures.FigureState;
import dev.newsflow.streams.DeadLetters;

/**
 * The sink as a Kafka Streams topology, top to bottom: read claims (keyed by figure key), send
 * unreadable ones to the dead-letter topic, decide per key what each claim means, then write
 * alerts for new and revised figures and the current figure per key to the compacted figures
 * topic.
 */
public final class SinkTopology {

    public static final String APPLICATION_ID = "newsflow-sink";
    /** Relative difference still counted as the same figure. */
    public static final double DEFAULT_TOLERANCE = 0.05;

    private SinkTopology() {
    }

    public static Topology build() {
        return build(new FigurePolicy(DEFAULT_TOLERANCE), Duration.ZERO);
    }

    /**
     * @param reorderWindow how long each claim waits so that claims are decided in publication
     *                      order (see {@link FigureTracker}); zero decides each claim on arrival
     */
    public static Topology build(FigurePolicy policy, Duration reorderWindow) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FigureTracker.FIGURES),
                Serdes.String(), new JsonSerde<>(FigureState.class, FigureState.SCHEMA_VERSION)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FigureTracker.PENDING),
                Serdes.String(), new JsonSerde<>(PendingClaim.class, PendingClaim.SCHEMA_VERSION)));

        KStream<String, FigurePolicy.Decision> decisions = DeadLetters.guard(
                        builder.stream(Topics.CLAIMS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                                .withName("claims")),
                        "sink", "read-claim",
                        bytes -> Json.read(bytes, ClaimEvent.class, ClaimEvent.SCHEMA_VERSION))
                .process(() -> new FigureTracker(policy, reorderWindow), Named.as("track-figures"),
                        FigureTracker.FIGURES, FigureTracker.PENDING);

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
