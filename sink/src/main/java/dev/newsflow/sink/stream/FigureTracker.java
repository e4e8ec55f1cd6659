package dev.newsflow.sink.stream;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.newsflow.events.ClaimEvent;
import dev.newsflow.sink.figures.FigurePolicy;
import dev.newsflow.sink.figures.FigureState;

/**
 * Keeps each figure key's state in a store and forwards the {@link FigurePolicy}'s decision for
 * each claim. Claims arrive keyed by figure key, so each key's claims are seen in order by
 * exactly one task.
 */
final class FigureTracker implements FixedKeyProcessor<String, ClaimEvent, FigurePolicy.Decision> {

    static final String STORE = "figures";

    private final FigurePolicy policy;
    private FixedKeyProcessorContext<String, FigurePolicy.Decision> context;
    private KeyValueStore<String, FigureState> figures;

    FigureTracker(FigurePolicy policy) {
        this.policy = policy;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, FigurePolicy.Decision> context) {
        this.context = context;
        this.figures = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, ClaimEvent> record) {
        FigureState before = figures.get(record.key());
        FigurePolicy.Decision decision = policy.decide(before, record.value());
        if (decision.state() != null && !decision.state().equals(before)) {
            figures.put(record.key(), decision.state());
        }
        if (decision.alert() != null || decision.figure() != null) {
            context.forward(record.withValue(decision));
        }
    }
}
