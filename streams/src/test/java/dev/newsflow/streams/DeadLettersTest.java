package dev.newsflow.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.JsonSerde;
import dev.newsflow.events.serde.PayloadException;
import dev.newsflow.events.topics.Topics;

class DeadLettersTest {

    @Test
    void failuresGoToTheDeadLetterTopicWithTheirReasonAndPositionAndTheRestFlowsOn(@TempDir Path stateDir) {
        StreamsBuilder builder = new StreamsBuilder();
        DeadLetters.guard(builder.stream("in", Consumed.with(Serdes.String(), Serdes.ByteArray())), "test", "parse",
                        bytes -> {
                            String s = new String(bytes, StandardCharsets.UTF_8);
                            if (s.startsWith("bad")) {
                                throw new PayloadException("invalid-json", "not a number: " + s);
                            }
                            if (s.startsWith("boom")) {
                                throw new IllegalStateException("exploded");
                            }
                            return s.toUpperCase();
                        })
                .to("out", Produced.with(Serdes.String(), Serdes.String()));

        Properties props = StreamsSettings.of("dlq-test", "unused:9092", Map.of("state.dir", stateDir.toString()));
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            var in = driver.createInputTopic("in", new StringSerializer(), new ByteArraySerializer());
            var out = driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer());
            var dlq = driver.createOutputTopic(Topics.DLQ.name(), new StringDeserializer(),
                    new JsonSerde<>(DeadLetter.class, 1).deserializer());

            in.pipeInput("k1", "ok".getBytes(StandardCharsets.UTF_8));
            in.pipeInput("k2", "bad".getBytes(StandardCharsets.UTF_8));
            in.pipeInput("k3", "boom".getBytes(StandardCharsets.UTF_8));
            in.pipeInput("k4", "fine".getBytes(StandardCharsets.UTF_8));

            assertThat(out.readValuesToList()).containsExactly("OK", "FINE");
            var letters = dlq.readKeyValuesToList();
            assertThat(letters).extracting(kv -> kv.key).containsExactly("k2", "k3");
            DeadLetter first = letters.get(0).value;
            assertThat(first.reason()).isEqualTo("invalid-json");
            assertThat(first.stage()).isEqualTo("test");
            assertThat(first.sourceTopic()).isEqualTo("in");
            assertThat(first.offset()).isEqualTo(1L);
            assertThat(first.payload()).isEqualTo("bad");
            assertThat(letters.get(1).value.reason()).isEqualTo("processing-failed");
            assertThat(letters.get(1).value.error()).contains("exploded");
            assertThat(Json.writeString(first)).contains("\"key\":\"k2\"");
        }
    }
}
