package dev.newsflow.sink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.newsflow.events.Watermark;

class EventTimeProgressTest {

    private final EventTimeProgress progress = new EventTimeProgress();

    private static Watermark at(int partition, long time) {
        return new Watermark(1, partition, 3, time, false);
    }

    private static Watermark idle(int partition, long time) {
        return new Watermark(1, partition, 3, time, true);
    }

    @Test
    void nothingCanBeDecidedUntilEveryPartitionHasBeenHeardFrom() {
        assertThat(progress.low()).isEqualTo(EventTimeProgress.NOTHING);
        progress.update(at(0, 100));
        progress.update(at(2, 300));
        assertThat(progress.low()).isEqualTo(EventTimeProgress.NOTHING);
        progress.update(at(1, 200));
        assertThat(progress.low()).isEqualTo(100);
    }

    @Test
    void anIdlePartitionHoldsBackOnlyBeyondItsBound() {
        progress.update(at(0, 100));
        progress.update(idle(1, 50));
        progress.update(at(2, 300));
        assertThat(progress.low()).as("idle up to and including 50").isEqualTo(51);
        progress.update(idle(1, 300));
        assertThat(progress.low()).isEqualTo(100);
        progress.update(idle(0, 300));
        progress.update(idle(2, 300));
        assertThat(progress.low()).as("all read to their end at 300").isEqualTo(301);
    }

    @Test
    void aPartitionsTimeNeverGoesBack() {
        progress.update(at(0, 500));
        progress.update(at(1, 500));
        progress.update(at(2, 500));
        Watermark kept = progress.update(at(0, 100));
        assertThat(kept).as("a restarted enrich reports less than it had").isNull();
        assertThat(progress.low()).isEqualTo(500);
        assertThat(progress.update(idle(0, 100))).isEqualTo(idle(0, 500));
    }
}
