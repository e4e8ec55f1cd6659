package dev.newsflow.enrich.entities;

import java.util.List;

/**
 * Finds the people, organisations and places in a text. A plain library interface (no Kafka)
 * so the enrich topology, the offline tools and the benchmarks share one implementation.
 * Implementations are thread-safe and load their models once.
 */
public interface EntityRecognizer {

    /** Mentions in order of their start offset; paragraphs are separated by blank lines. */
    List<EntityMention> recognize(String text);
}
