package dev.newsflow.ingest.source;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-polls feeds and sitemaps on a fixed delay (each source on its own schedule, staggered so they
 * do not all fire at once). A failing source is logged and tried again at its next turn; it
 * never stops the others.
 */
public final class SourceScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SourceScheduler.class);

    private final ScheduledExecutorService executor;
    private final Discovery discovery;

    public SourceScheduler(Discovery discovery, int threads) {
        this.discovery = discovery;
        this.executor = Executors.newScheduledThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "newsflow-sources");
            t.setDaemon(true);
            return t;
        });
    }

    /** Polls every feed and sitemap now and then every {@code interval}. */
    public void schedule(List<String> feeds, List<String> sitemaps, Duration interval) {
        int n = feeds.size() + sitemaps.size();
        long stagger = n == 0 ? 0 : Math.max(1, interval.toMillis() / Math.max(1, n));
        long delay = 0;
        for (String feed : feeds) {
            executor.scheduleWithFixedDelay(guard(() -> discovery.pollFeed(feed)), delay, interval.toMillis(),
                    TimeUnit.MILLISECONDS);
            delay = Math.min(delay + stagger, 5_000);
        }
        for (String sitemap : sitemaps) {
            executor.scheduleWithFixedDelay(guard(() -> discovery.pollSitemap(sitemap)), delay, interval.toMillis(),
                    TimeUnit.MILLISECONDS);
            delay = Math.min(delay + stagger, 5_000);
        }
    }

    private static Runnable guard(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("source poll failed", e); // a scheduled task that throws is never run again
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
