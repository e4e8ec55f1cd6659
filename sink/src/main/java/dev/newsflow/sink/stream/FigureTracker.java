package dev.newsflow.sink.stream;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.sink.figures.FigurePolicy;
import dev.newsflow.sink.figures.FigureState;

/**
 * Keeps the latest figure per figure key in a state store and forwards an alert when the
 * {@link FigurePolicy} says a claim is new or revises the figure. Claims arrive keyed by figure
 * key, so each key's claims are seen in order by exactly one task.
 */
final class FigureTracker implements FixedKeyProcessor<String, ClaimEvent, AlertEvent> {

    static final String STORE = "figures";

    private final FigurePolicy policy = new FigurePolicy();
    private FixedKeyProcessorContext<String, AlertEvent> context;
    private KeyValueStore<String, FigureState> figures;

    @Override
    public void init(FixedKeyProcessorContext<String, AlertEvent> context) {
        this.context = context;
        this.figures = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, ClaimEvent> record) {
        FigurePolicy.Decision decision = policy.decide(figures.get(record.key()), record.value());
        if (decision.state() != null) {
            figures.put(record.key(), decision.state());
        }
        if (decision.alert() != null) {
            context.forward(record.withValue(decision.alert()));
        }
    }
}
