package dev.newsflow.sink.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.newsflow.events.ClaimEvent;
import dev.newsflow.sink.figures.FigurePolicy;
import dev.newsflow.sink.figures.FigureState;

/**
 * Keeps each figure key's state in a store and forwards the {@link FigurePolicy}'s decision for
 * each claim, in event-time order within a reorder window.
 *
 * <p>Claims about one key can come from articles in different partitions, which enrich
 * processes in an interleaved order that differs from run to run. With a reorder window, each
 * claim waits that long (wall clock) in a store sorted by publication time, and claims are
 * decided oldest first; a window longer than the skew between enrich's tasks (and than a
 * restart of enrich) makes a replay's alerts the same as a live run's. With a zero window every
 * claim is decided the moment it arrives. Both stores are changelogged, so under exactly-once a
 * crash loses or repeats nothing.
 */
final class FigureTracker implements Processor<String, ClaimEvent, String, FigurePolicy.Decision> {

    static final String FIGURES = "figures";
    static final String PENDING = "pending-claims";
    private static final Duration TICK = Duration.ofMillis(200);

    private final FigurePolicy policy;
    private final long windowMs;
    private ProcessorContext<String, FigurePolicy.Decision> context;
    private KeyValueStore<String, FigureState> figures;
    private KeyValueStore<String, PendingClaim> pending;

    FigureTracker(FigurePolicy policy, Duration reorderWindow) {
        this.policy = policy;
        this.windowMs = reorderWindow.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, FigurePolicy.Decision> context) {
        this.context = context;
        this.figures = context.getStateStore(FIGURES);
        this.pending = context.getStateStore(PENDING);
        if (windowMs > 0) {
            context.schedule(TICK, PunctuationType.WALL_CLOCK_TIME, this::releaseDue);
        }
    }

    @Override
    public void process(Record<String, ClaimEvent> record) {
        if (windowMs <= 0) {
            decide(record.key(), record.value(), record.timestamp());
            return;
        }
        ClaimEvent claim = record.value();
        pending.put(orderKey(record.timestamp(), claim),
                new PendingClaim(PendingClaim.SCHEMA_VERSION, claim, context.currentSystemTimeMs()));
    }

    /** Decides, oldest publication time first, the claims at the head of the window that have waited long enough. */
    private void releaseDue(long now) {
        List<KeyValue<String, PendingClaim>> due = new ArrayList<>();
        try (KeyValueIterator<String, PendingClaim> it = pending.all()) {
            while (it.hasNext()) {
                KeyValue<String, PendingClaim> next = it.next();
                if (next.value.arrivedAtMs() > now - windowMs) {
                    break; // an older claim still waiting holds back the newer ones
                }
                due.add(next);
            }
        }
        for (KeyValue<String, PendingClaim> entry : due) {
            pending.delete(entry.key);
            ClaimEvent claim = entry.value.claim();
            decide(claim.figureKey(), claim, eventTime(entry.key));
        }
    }

    private void decide(String figureKey, ClaimEvent claim, long timestamp) {
        FigureState before = figures.get(figureKey);
        FigurePolicy.Decision decision = policy.decide(before, claim);
        if (decision.state() != null && !decision.state().equals(before)) {
            figures.put(figureKey, decision.state());
        }
        if (decision.alert() != null || decision.figure() != null) {
            context.forward(new Record<>(figureKey, decision, timestamp));
        }
    }

    /**
     * Sorts as publication time, then article, then position in the article (so "1,500 … increased
     * this number to 3,000" stays in that order); zero-padded so byte order is this order.
     */
    static String orderKey(long timestamp, ClaimEvent claim) {
        return String.format("%019d|%s|%010d|%s", Math.max(0, timestamp), claim.articleId(),
                Math.max(0, claim.sentenceStart() + 1), claim.claimId());
    }

    private static long eventTime(String orderKey) {
        return Long.parseLong(orderKey.substring(0, orderKey.indexOf('|')));
    }
}
