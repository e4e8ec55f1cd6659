package dev.newsflow.sink.stream;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.ClaimsTopic;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.FigureEvent;
import dev.newsflow.events.Watermark;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.JsonSerde;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.streams.StreamsSettings;

/** A sink topology under {@link TopologyTestDriver} with the topics the sink tests read and write. */
final class SinkDriver implements AutoCloseable {

    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> claims;
    final TestOutputTopic<String, AlertEvent> alerts;
    final TestOutputTopic<String, FigureEvent> figures;
    final TestOutputTopic<String, DeadLetter> dlq;

    SinkDriver(Topology topology, Path stateDir) {
        driver = new TopologyTestDriver(topology, StreamsSettings.of("sink-test", "unused:9092",
                Map.of("state.dir", stateDir.toString())));
        claims = driver.createInputTopic(Topics.CLAIMS.name(), new StringSerializer(), new ByteArraySerializer());
        alerts = driver.createOutputTopic(Topics.ALERTS.name(), new StringDeserializer(),
                new JsonSerde<>(AlertEvent.class, 1).deserializer());
        figures = driver.createOutputTopic(Topics.FIGURES.name(), new StringDeserializer(),
                new JsonSerde<>(FigureEvent.class, 1).deserializer());
        dlq = driver.createOutputTopic(Topics.DLQ.name(), new StringDeserializer(),
                new JsonSerde<>(DeadLetter.class, 1).deserializer());
    }

    /** A claim as enrich writes it: keyed by figure key, timestamped with the article's publication time. */
    void send(ClaimEvent claim) {
        claims.pipeInput(claim.figureKey(), Json.write(claim), claim.published().toInstant());
    }

    /** A watermark as enrich writes it: no key, the type header, timestamped with its event time. */
    void send(Watermark watermark) {
        claims.pipeInput(new TestRecord<>(null, Json.write(watermark), ClaimsTopic.watermarkHeaders(),
                Instant.ofEpochMilli(Math.max(0, watermark.eventTimeMs()))));
    }

    @Override
    public void close() {
        driver.close();
    }
}
