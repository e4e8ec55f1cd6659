package dev.newsflow.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

import dev.newsflow.events.Watermark;

/** Two tasks of one enrich: the idle one's bound follows what the busy one has reached. */
class WatermarkBoundTest {

    private static final WatermarkOptions OPTIONS = new WatermarkOptions(2, Duration.ofMillis(200), Duration.ofSeconds(1));

    private final AtomicLong processedByAnyTask = new AtomicLong(-1);
    private final MockProcessorContext<String, Watermark> busyContext = context(0);
    private final MockProcessorContext<String, Watermark> quietContext = context(1);
    private final WatermarkEmitter busy = new WatermarkEmitter(OPTIONS, InputEnd.ALWAYS, processedByAnyTask);
    private final WatermarkEmitter quiet = new WatermarkEmitter(OPTIONS, InputEnd.ALWAYS, processedByAnyTask);

    @Test
    void anIdlePartitionsBoundIsTheLargestTimeAnyTaskHasProcessed() {
        busy.init(busyContext);
        quiet.init(quietContext);
        advance(2_000);
        assertThat(sent(quietContext)).containsExactly(new Watermark(1, 1, 2, -1, true));

        busyContext.setRecordMetadata("newsflow.articles", 0, 0);
        busy.process(new Record<>("a1", new byte[0], 5_000L));
        advance(200);
        assertThat(sent(busyContext)).last().isEqualTo(new Watermark(1, 0, 2, 5_000, false));
        assertThat(sent(quietContext)).containsExactly(new Watermark(1, 1, 2, 5_000, true));

        advance(200);
        assertThat(sent(quietContext)).as("nothing new").isEmpty();
    }

    private void advance(long ms) {
        for (var c : List.of(busyContext, quietContext)) {
            c.setCurrentSystemTimeMs(c.currentSystemTimeMs() + ms);
            c.scheduledPunctuators().forEach(p -> p.getPunctuator().punctuate(c.currentSystemTimeMs()));
        }
    }

    private static List<Watermark> sent(MockProcessorContext<String, Watermark> context) {
        List<Watermark> out = context.forwarded().stream().map(f -> (Watermark) f.record().value()).toList();
        context.resetForwards();
        return out;
    }

    private static MockProcessorContext<String, Watermark> context(int partition) {
        MockProcessorContext<String, Watermark> context =
                new MockProcessorContext<>(new Properties(), new TaskId(0, partition), null);
        context.setCurrentSystemTimeMs(0);
        return context;
    }
}
