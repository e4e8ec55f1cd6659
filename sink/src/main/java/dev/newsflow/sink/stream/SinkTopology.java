package dev.newsflow.sink.stream;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.JsonSerde;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.sink.figures.FigureState;
import dev.newsflow.streams.DeadLetters;

/**
 * The sink as a Kafka Streams topology, top to bottom: read claims (keyed by figure key),
 * send unreadable ones to the dead-letter topic, track the latest figure per key, and write an
 * alert for each new or revised figure.
 */
public final class SinkTopology {

    public static final String APPLICATION_ID = "newsflow-sink";

    private SinkTopology() {
    }

    public static Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FigureTracker.STORE),
                Serdes.String(), new JsonSerde<>(FigureState.class, FigureState.SCHEMA_VERSION)));

        DeadLetters.guard(
                        builder.stream(Topics.CLAIMS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                                .withName("claims")),
                        "sink", "read-claim",
                        bytes -> Json.read(bytes, ClaimEvent.class, ClaimEvent.SCHEMA_VERSION))
                .processValues(FigureTracker::new, Named.as("track-figures"), FigureTracker.STORE)
                .to(Topics.ALERTS.name(), Produced.with(Serdes.String(),
                        new JsonSerde<>(AlertEvent.class, AlertEvent.SCHEMA_VERSION)).withName("alerts"));
        return builder.build();
    }
}
