package dev.newsflow.sink.stream;

import java.util.HashMap;
import java.util.Map;

import dev.newsflow.events.Watermark;

/**
 * How far enrich has got, in publication time, on every partition of {@code newsflow.articles},
 * from the watermarks it sends: the low watermark is the least of them. Every claim older than
 * the low watermark has reached the sink (claims of one articles partition arrive in order), so
 * such claims can be decided in publication order.
 *
 * <p>A partition not heard from yet holds the low watermark at "nothing known". An idle one (read
 * to its end) has nothing pending and counts with its bound: whatever it receives later is at
 * least that recent, so claims up to and including the bound can be decided. A partition's time
 * never goes back: a watermark lower than one already seen (enrich restarted, or its input was out
 * of order) keeps the higher time.
 */
final class EventTimeProgress {

    /** No claim can be decided on watermarks yet. */
    static final long NOTHING = Long.MIN_VALUE;

    private final Map<Integer, Watermark> bySourcePartition = new HashMap<>();
    private long low = NOTHING;

    /**
     * Takes one watermark into account.
     *
     * @return the partition's watermark as now kept (its time the higher of old and new), or
     *         {@code null} when nothing changed
     */
    Watermark update(Watermark next) {
        Watermark before = bySourcePartition.get(next.sourcePartition());
        Watermark kept = before == null || next.eventTimeMs() >= before.eventTimeMs() ? next
                : new Watermark(next.schemaVersion(), next.sourcePartition(), next.sourcePartitions(),
                        before.eventTimeMs(), next.idle());
        if (kept.equals(before)) {
            return null;
        }
        bySourcePartition.put(kept.sourcePartition(), kept);
        low = computeLow();
        return kept;
    }

    /** The low watermark: claims published strictly before it can be decided. */
    long low() {
        return low;
    }

    private long computeLow() {
        int partitions = bySourcePartition.values().stream().mapToInt(Watermark::sourcePartitions).max().orElse(0);
        if (partitions == 0) {
            return NOTHING;
        }
        long min = Long.MAX_VALUE;
        for (int partition = 0; partition < partitions; partition++) {
            Watermark watermark = bySourcePartition.get(partition);
            if (watermark == null) {
                return NOTHING;
            }
            min = Math.min(min, watermark.idle() ? watermark.eventTimeMs() + 1 : watermark.eventTimeMs());
        }
        return min;
    }
}
