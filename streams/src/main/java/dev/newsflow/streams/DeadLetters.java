package dev.newsflow.streams;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.kafka.common.header.Headers;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.serde.JsonSerde;
import dev.newsflow.events.topics.Topics;

/**
 * Topology helper for the house rule "unreadable input goes to {@code newsflow.dlq} with the
 * reason, never dropped silently": runs a step over raw values, sends failures to the
 * dead-letter topic and passes the rest on.
 */
public final class DeadLetters {

    private static final Produced<String, DeadLetter> TO_DLQ =
            Produced.with(Serdes.String(), new JsonSerde<>(DeadLetter.class, DeadLetter.SCHEMA_VERSION));

    private DeadLetters() {
    }

    /**
     * Applies {@code step} to each raw value. Values it fails on (any exception) go to the
     * dead-letter topic, tagged with {@code stage}; the returned stream carries the results.
     *
     * @param name a name for the processors, unique within the topology
     */
    public static <T> KStream<String, T> guard(KStream<String, byte[]> raw, String stage, String name,
                                               Function<byte[], T> step) {
        return guardWithHeaders(raw, stage, name, (headers, bytes) -> step.apply(bytes));
    }

    /**
     * As {@link #guard}, for a step that also reads the record's headers (a topic that carries more
     * than one kind of record names the kind in a header).
     */
    public static <T> KStream<String, T> guardWithHeaders(KStream<String, byte[]> raw, String stage, String name,
                                                          BiFunction<Headers, byte[], T> step) {
        KStream<String, Outcome<T>> outcomes =
                raw.processValues(() -> new GuardedStep<>(stage, step), Named.as(name));
        outcomes.filter((key, outcome) -> outcome.isFailed(), Named.as(name + "-failed"))
                .mapValues(Outcome::deadLetter, Named.as(name + "-dead-letter"))
                .to(Topics.DLQ.name(), TO_DLQ);
        return outcomes.filterNot((key, outcome) -> outcome.isFailed(), Named.as(name + "-ok"))
                .mapValues(Outcome::value, Named.as(name + "-value"));
    }
}
