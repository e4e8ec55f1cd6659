package dev.newsflow.enrich.stream;

import java.time.Duration;

/**
 * How enrich reports its event-time progress on {@code newsflow.claims} (see {@link WatermarkEmitter}).
 *
 * @param sourcePartitions how many partitions {@code newsflow.articles} has; the sink waits for a
 *                         watermark from each of them
 * @param interval         how often (wall clock) each task may send a watermark, if its event time moved
 * @param idleTimeout      a task whose partition has had no input this long (wall clock) says it is idle,
 *                         so an empty or finished partition does not hold the sink back
 */
public record WatermarkOptions(int sourcePartitions, Duration interval, Duration idleTimeout) {

    public static final long DEFAULT_INTERVAL_MS = 200;
    public static final long DEFAULT_IDLE_TIMEOUT_MS = 2_000;
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(DEFAULT_INTERVAL_MS);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMillis(DEFAULT_IDLE_TIMEOUT_MS);

    public WatermarkOptions {
        if (sourcePartitions < 1) {
            throw new IllegalArgumentException("sourcePartitions must be at least 1, not " + sourcePartitions);
        }
        if (interval.isNegative() || interval.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("watermark interval and idle timeout must be positive");
        }
    }

    /** The default interval and idle timeout for an articles topic of this many partitions. */
    public static WatermarkOptions of(int sourcePartitions) {
        return new WatermarkOptions(sourcePartitions, DEFAULT_INTERVAL, DEFAULT_IDLE_TIMEOUT);
    }
}
