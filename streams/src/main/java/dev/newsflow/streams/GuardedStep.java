package dev.newsflow.streams;

import java.time.Instant;
import java.util.function.BiFunction;

import org.apache.kafka.common.header.Headers;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.serde.PayloadException;

/**
 * Applies a function to a record's raw bytes (and headers) and turns any failure into a dead letter that names
 * the stage, the source topic, partition and offset, and the reason. Poison records then flow to
 * the dead-letter topic like any other output, inside the same transaction under exactly-once.
 */
final class GuardedStep<T> implements FixedKeyProcessor<String, byte[], Outcome<T>> {

    private static final Logger log = LoggerFactory.getLogger(GuardedStep.class);

    private final String stage;
    private final BiFunction<Headers, byte[], T> step;
    private FixedKeyProcessorContext<String, Outcome<T>> context;

    GuardedStep(String stage, BiFunction<Headers, byte[], T> step) {
        this.stage = stage;
        this.step = step;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Outcome<T>> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        Outcome<T> outcome;
        try {
            outcome = Outcome.ok(step.apply(record.headers(), record.value()));
        } catch (PayloadException e) {
            outcome = Outcome.failed(deadLetter(record, e.reason(), e.getMessage()));
        } catch (RuntimeException e) {
            outcome = Outcome.failed(deadLetter(record, "processing-failed", e.toString()));
        }
        context.forward(record.withValue(outcome));
    }

    private DeadLetter deadLetter(FixedKeyRecord<String, byte[]> record, String reason, String error) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(null);
        int partition = context.recordMetadata().map(RecordMetadata::partition).orElse(-1);
        long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(-1L);
        log.warn("{}: record {}-{}@{} (key {}) goes to the dead-letter topic: {}: {}",
                stage, topic, partition, offset, record.key(), reason, error);
        return DeadLetter.of(stage, topic, partition, offset, record.key(), reason, error, record.value(),
                Instant.now());
    }
}
