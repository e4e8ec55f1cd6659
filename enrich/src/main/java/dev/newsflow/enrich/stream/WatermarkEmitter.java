package dev.newsflow.enrich.stream;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.events.ClaimsTopic;
import dev.newsflow.events.Watermark;

/**
 * Tells the sink how far enrich has got in one partition of {@code newsflow.articles}: the largest
 * publication time (record timestamp) processed, sent on a wall-clock punctuator, only when it
 * moved. The punctuator runs between records, after the claims of every record the stream thread
 * has processed so far were forwarded, and its output joins the same producer and transaction, so
 * in each claims partition a watermark always follows the claims it covers; a watermark aborted
 * with its transaction is sent again after the restart, once input moves the event time.
 *
 * <p>Replays publish in publication order, so "largest time seen" means "every earlier article of
 * the partition has been seen". Live input can arrive out of order; a claim older than the
 * watermark then reaches the sink late and the sink's late-claim policy handles it.
 *
 * <p>A partition without input for the idle timeout, and read to its end ({@link InputEnd}), is
 * reported idle, so an empty or finished partition does not hold the others back. An idle
 * watermark carries a bound instead of the partition's own time: the largest time this enrich has
 * processed on any partition, read before the end was checked. Whatever is appended to the
 * partition later was published after everything that time covers, so (in a replay, in
 * publication order) it is at least that recent, and claims older than the bound can be decided.
 * The bound is re-sent as it moves; new input ends the idle state.
 */
final class WatermarkEmitter implements Processor<String, byte[], String, Watermark> {

    private static final Logger log = LoggerFactory.getLogger(WatermarkEmitter.class);

    private final WatermarkOptions options;
    private final InputEnd inputEnd;
    private final AtomicLong processedByAnyTask;
    private final long idleTimeoutMs;
    private ProcessorContext<String, Watermark> context;
    private int partition;
    private long maxEventTime;
    private long nextOffset;
    private long lastInputMs;
    private long sentEventTime;
    private boolean sentIdle;

    /** @param processedByAnyTask the largest record time processed by any task of this enrich, shared by its emitters */
    WatermarkEmitter(WatermarkOptions options, InputEnd inputEnd, AtomicLong processedByAnyTask) {
        this.options = options;
        this.inputEnd = inputEnd;
        this.processedByAnyTask = processedByAnyTask;
        this.idleTimeoutMs = options.idleTimeout().toMillis();
    }

    @Override
    public void init(ProcessorContext<String, Watermark> context) {
        this.context = context;
        this.partition = context.taskId().partition();
        // init runs again when a task is revived after a dirty close: forget what was processed or sent
        this.maxEventTime = -1;
        this.nextOffset = -1;
        this.sentEventTime = -1;
        this.sentIdle = false;
        this.lastInputMs = context.currentSystemTimeMs();
        context.schedule(options.interval(), PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        maxEventTime = Math.max(maxEventTime, record.timestamp());
        processedByAnyTask.accumulateAndGet(record.timestamp(), Math::max);
        nextOffset = context.recordMetadata().map(RecordMetadata::offset).map(offset -> offset + 1).orElse(-1L);
        lastInputMs = context.currentSystemTimeMs();
    }

    private void tick(long now) {
        if (now - lastInputMs < idleTimeoutMs) {
            if (maxEventTime > sentEventTime || sentIdle) {
                send(maxEventTime, false);
            }
            return;
        }
        long bound = processedByAnyTask.get();
        boolean news = !sentIdle || bound > sentEventTime;
        if (news && inputEnd.reached(partition, nextOffset)) {
            log.debug("articles partition {} is idle (next offset {}), bound {}", partition, nextOffset, bound);
            send(Math.max(bound, maxEventTime), true);
        }
    }

    private void send(long eventTime, boolean idle) {
        Watermark watermark = new Watermark(Watermark.SCHEMA_VERSION, partition, options.sourcePartitions(),
                eventTime, idle);
        context.forward(new Record<>(null, watermark, Math.max(0, eventTime), ClaimsTopic.watermarkHeaders()));
        sentEventTime = eventTime;
        sentIdle = idle;
    }
}
