package dev.newsflow.enrich.stream;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import dev.newsflow.events.ClaimsTopic;
import dev.newsflow.events.Watermark;

/**
 * Tells the sink how far enrich has got in one partition of {@code newsflow.articles}: the largest
 * publication time (record timestamp) processed, sent on a wall-clock punctuator, only when it
 * moved. The punctuator runs between records, after the claims of every record seen so far have
 * been forwarded, and its output joins the same producer and transaction, so in each claims
 * partition a watermark always follows the claims it covers; a watermark aborted with its
 * transaction is sent again after the restart, once input moves the event time.
 *
 * <p>Replays publish each partition in publication order, so "largest time seen" means "every
 * earlier article has been seen". Live input can arrive out of order; a claim older than the
 * watermark then reaches the sink late and the sink's late-claim policy handles it.
 *
 * <p>A task whose partition has had no input for the idle timeout sends an idle watermark, so an
 * empty or finished partition holds nobody back; new input ends the idle state. A gap between
 * punctuations longer than the idle timeout means the task was not running (a rebalance, a long
 * pause), which says nothing about its input, so the idle clock starts again.
 */
final class WatermarkEmitter implements Processor<String, byte[], String, Watermark> {

    private final WatermarkOptions options;
    private final long idleTimeoutMs;
    private ProcessorContext<String, Watermark> context;
    private int partition;
    private long maxEventTime = -1;
    private long sentEventTime = -1;
    private boolean sentIdle;
    private long lastInputMs;
    private long lastTickMs;

    WatermarkEmitter(WatermarkOptions options) {
        this.options = options;
        this.idleTimeoutMs = options.idleTimeout().toMillis();
    }

    @Override
    public void init(ProcessorContext<String, Watermark> context) {
        this.context = context;
        this.partition = context.taskId().partition();
        this.lastInputMs = context.currentSystemTimeMs();
        this.lastTickMs = lastInputMs;
        context.schedule(options.interval(), PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        maxEventTime = Math.max(maxEventTime, record.timestamp());
        lastInputMs = context.currentSystemTimeMs();
    }

    private void tick(long now) {
        if (now - lastTickMs >= idleTimeoutMs) {
            lastInputMs = now;
        }
        lastTickMs = now;
        boolean idle = now - lastInputMs >= idleTimeoutMs;
        boolean due = idle ? !sentIdle : maxEventTime > sentEventTime || sentIdle;
        if (due) {
            Watermark watermark = new Watermark(Watermark.SCHEMA_VERSION, partition, options.sourcePartitions(),
                    maxEventTime, idle);
            context.forward(new Record<>(null, watermark, Math.max(0, maxEventTime), ClaimsTopic.watermarkHeaders()));
            sentEventTime = maxEventTime;
            sentIdle = idle;
        }
    }
}
