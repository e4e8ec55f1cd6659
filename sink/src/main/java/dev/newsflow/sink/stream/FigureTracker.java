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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.ClaimsRecord;
import dev.newsflow.events.Watermark;
import dev.newsflow.sink.figures.FigurePolicy;
import dev.newsflow.sink.figures.FigureState;

/**
 * Keeps each figure key's state in a store and forwards the {@link FigurePolicy}'s decision for
 * each claim, in publication-time order.
 *
 * <p>Claims about one key come from articles in different partitions, which enrich processes in
 * an interleaved order that differs from run to run. So each claim waits in a store sorted by
 * publication time (then article, position in the article, claim id) until enrich's watermarks
 * say every articles partition has moved past its time ({@link EventTimeProgress}); then claims
 * are decided oldest first, and a replay decides them in the same order as a live run, however
 * enrich's tasks were interleaved, restarted or moved. A claim already older than the low
 * watermark when it arrives (live input out of order) is decided at once, as a late claim.
 *
 * <p>The maximum hold is the fallback when watermarks stall (enrich down, a partition stuck, an
 * enrich too old to send them): a claim held that long (wall clock) is decided anyway, still in
 * order with the claims around it. A zero maximum hold decides every claim on arrival and ignores
 * watermarks. Figures, pending claims and watermarks are changelogged stores, so under
 * exactly-once a crash loses or repeats nothing: the stores and the consumed offsets move together.
 */
final class FigureTracker implements Processor<String, ClaimsRecord, String, FigurePolicy.Decision> {

    static final String FIGURES = "figures";
    static final String PENDING = "pending-claims";
    static final String WATERMARKS = "watermarks";
    private static final Duration TICK = Duration.ofMillis(200);
    private static final Logger log = LoggerFactory.getLogger(FigureTracker.class);

    private final FigurePolicy policy;
    private final long maxHoldMs;
    private EventTimeProgress progress;
    private ProcessorContext<String, FigurePolicy.Decision> context;
    private KeyValueStore<String, FigureState> figures;
    private KeyValueStore<String, PendingClaim> pending;
    private KeyValueStore<String, Watermark> watermarks;

    /** @param maxHold how long a claim may wait for the watermarks at most; zero decides on arrival */
    FigureTracker(FigurePolicy policy, Duration maxHold) {
        this.policy = policy;
        this.maxHoldMs = maxHold.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, FigurePolicy.Decision> context) {
        this.context = context;
        this.figures = context.getStateStore(FIGURES);
        this.pending = context.getStateStore(PENDING);
        this.watermarks = context.getStateStore(WATERMARKS);
        // init runs again when a task is revived after a dirty close: rebuild from the restored store only
        this.progress = new EventTimeProgress();
        try (KeyValueIterator<String, Watermark> it = watermarks.all()) {
            it.forEachRemaining(entry -> progress.update(entry.value));
        }
        if (maxHoldMs > 0) {
            context.schedule(TICK, PunctuationType.WALL_CLOCK_TIME, this::release);
        }
    }

    @Override
    public void process(Record<String, ClaimsRecord> record) {
        if (record.value() instanceof Watermark watermark) {
            if (maxHoldMs > 0) {
                Watermark kept = progress.update(watermark);
                if (kept != null) {
                    log.debug("watermark {} -> low {}", kept, progress.low());
                    watermarks.put(String.valueOf(kept.sourcePartition()), kept);
                    release(context.currentSystemTimeMs());
                }
            }
            return;
        }
        ClaimEvent claim = (ClaimEvent) record.value();
        if (maxHoldMs <= 0) {
            decide(record.key(), claim, record.timestamp());
        } else if (record.timestamp() >= progress.low()) {
            pending.put(orderKey(record.timestamp(), claim),
                    new PendingClaim(PendingClaim.SCHEMA_VERSION, claim, context.currentSystemTimeMs()));
        } else {
            log.debug("claim {} at {} is older than the low watermark {}: decided on arrival", claim.claimId(),
                    record.timestamp(), progress.low());
            decide(record.key(), claim, record.timestamp());
        }
    }

    /**
     * Decides, oldest first, the pending claims the low watermark has passed or that have waited
     * the maximum hold; stops at the first that is neither, which holds back the newer ones.
     */
    private void release(long now) {
        long low = progress.low();
        List<KeyValue<String, PendingClaim>> due = new ArrayList<>();
        try (KeyValueIterator<String, PendingClaim> it = pending.all()) {
            while (it.hasNext()) {
                KeyValue<String, PendingClaim> next = it.next();
                long eventTime = eventTime(next.key);
                if (eventTime >= low) {
                    if (next.value.arrivedAtMs() > now - maxHoldMs) {
                        break;
                    }
                    log.debug("claim {} decided after the maximum hold of {} ms: low watermark {} is not past its time {}",
                            next.value.claim().claimId(), maxHoldMs, low, eventTime);
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
