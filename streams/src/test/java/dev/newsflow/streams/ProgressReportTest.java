package dev.newsflow.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressReportTest {

    @Test
    void countsRecordsDroppedAsTooLateForTheirWindowSinceTheLastReport(@TempDir Path stateDir) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .groupByKey()
                .windowedBy(TimeWindows.ofSizeAndGrace(Duration.ofHours(1), Duration.ofHours(1)))
                .count();
        Properties props = new Properties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", new StringSerializer(),
                    new StringSerializer());
            ProgressReport report = new ProgressReport();
            Instant now = Instant.parse("2026-01-10T12:00:00Z");
            in.pipeInput("k", "v", now);
            assertThat(report.next(driver.metrics())).contains("dropped 0 late");

            in.pipeInput("k", "late", now.minus(Duration.ofDays(2)));
            in.pipeInput("k", "late", now.minus(Duration.ofDays(3)));
            assertThat(report.next(driver.metrics()))
                    .contains("dropped 2 late or unreadable records (2 since the last report)");

            in.pipeInput("k", "late", now.minus(Duration.ofDays(4)));
            assertThat(report.next(driver.metrics()))
                    .contains("dropped 3 late or unreadable records (1 since the last report)");
        }
    }
}
