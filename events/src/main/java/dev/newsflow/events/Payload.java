package dev.newsflow.events;

/**
 * A value written to one of the pipeline's topics. Every payload carries its schema version so
 * readers can refuse what they do not understand instead of misreading it.
 */
public interface Payload {

    int schemaVersion();
}
