package dev.newsflow.ingest.frontier;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Running counts of what the fetcher did, for logs, the closing summary and tests. Thread-safe. */
public final class FetchStats {

    private final AtomicLong entries = new AtomicLong();
    private final AtomicLong fetched = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final ConcurrentMap<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    void countEntry() {
        entries.incrementAndGet();
    }

    void countFetched() {
        fetched.incrementAndGet();
    }

    void countArticle() {
        articles.incrementAndGet();
    }

    void countSkipped() {
        skipped.incrementAndGet();
    }

    void countDuplicate() {
        duplicates.incrementAndGet();
    }

    void countFailure(String reason) {
        failures.computeIfAbsent(reason, r -> new AtomicInteger()).incrementAndGet();
    }

    /** Frontier entries read. */
    public long entries() {
        return entries.get();
    }

    /** Responses received (successful fetches). */
    public long fetched() {
        return fetched.get();
    }

    public long articles() {
        return articles.get();
    }

    /** Entries skipped because the URL was already fetched (dedupe). */
    public long skipped() {
        return skipped.get();
    }

    /** Pages that turned out, after fetching, to be an article already fetched under another URL. */
    public long duplicates() {
        return duplicates.get();
    }

    /** Failures by reason code. */
    public Map<String, Integer> failures() {
        Map<String, Integer> out = new TreeMap<>();
        failures.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    @Override
    public String toString() {
        return "entries " + entries() + ", fetched " + fetched() + ", articles " + articles() + ", already seen "
                + skipped() + ", duplicates " + duplicates() + ", failures " + failures();
    }
}
