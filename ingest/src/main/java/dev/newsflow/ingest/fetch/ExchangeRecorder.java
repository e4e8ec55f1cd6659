package dev.newsflow.ingest.fetch;

/**
 * Receives every exchange the fetcher completes (e.g. to write WARC records). Must be thread-safe:
 * fetches to different hosts run in parallel.
 */
@FunctionalInterface
public interface ExchangeRecorder {

    ExchangeRecorder NONE = exchange -> { };

    void record(Exchange exchange);
}
