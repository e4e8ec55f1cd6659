package dev.newsflow.ingest.source;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.events.FrontierEntry;
import dev.newsflow.ingest.dedupe.UrlCanonicalizer;
import dev.newsflow.ingest.fetch.FetchException;
import dev.newsflow.ingest.fetch.FetchedPage;
import dev.newsflow.ingest.fetch.PageFetcher;

/**
 * Turns sources into frontier entries: feeds and sitemaps are fetched (politely, through the same
 * {@link PageFetcher} as articles, so robots.txt and the address guard apply to them too) with a
 * conditional GET, so re-polling an unchanged feed costs a 304; URL lists and single URLs are
 * taken as they are. Within a run, a URL already sent with the same change token is not sent
 * again, which keeps a feed polled every few minutes from flooding the frontier; across restarts
 * the fetchers' dedupe state ({@code newsflow.seen}) has the last word.
 *
 * <p>Thread-safe: sources may be polled from a scheduler's threads.
 */
public final class Discovery {

    private static final Logger log = LoggerFactory.getLogger(Discovery.class);
    private static final int MAX_SITEMAPS_PER_POLL = 500;
    private static final int MAX_REMEMBERED = 200_000;

    /** Where discovered URLs and source failures go (the frontier topic and the DLQ in production). */
    public interface Sink {
        void url(FrontierEntry entry);

        void sourceFailed(String source, String reason, String error);
    }

    private final PageFetcher fetcher;
    private final Sink sink;
    private final Clock clock;
    private final FeedReader feeds = new FeedReader();
    private final SitemapReader sitemaps;
    private final Map<String, PageFetcher.Conditional> validators = new ConcurrentHashMap<>();
    private final Map<String, String> sent = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > MAX_REMEMBERED;
                }
            });

    public Discovery(PageFetcher fetcher, Sink sink, Clock clock) {
        this.fetcher = fetcher;
        this.sink = sink;
        this.clock = clock;
        this.sitemaps = new SitemapReader(fetcher.settings().maxBodyBytes() * 10);
    }

    /** Polls one feed; returns how many new frontier entries it produced (0 when it did not change). */
    public int pollFeed(String feedUrl) {
        String source = "feed:" + feedUrl;
        try {
            Optional<FetchedPage> page = fetchIfChanged(feedUrl);
            if (page.isEmpty()) {
                return 0;
            }
            return emit(feeds.read(page.get().body(), page.get().finalUrl()), source);
        } catch (SourceException e) {
            sink.sourceFailed(source, e.reason(), e.getMessage());
        } catch (FetchException e) {
            sink.sourceFailed(source, e.reason(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Polls a sitemap or sitemap index (children followed, up to {@value #MAX_SITEMAPS_PER_POLL}). */
    public int pollSitemap(String sitemapUrl) {
        int total = 0;
        Deque<String> queue = new ArrayDeque<>(List.of(sitemapUrl));
        Set<String> done = new HashSet<>();
        while (!queue.isEmpty() && done.size() < MAX_SITEMAPS_PER_POLL) {
            String url = queue.poll();
            if (!done.add(url)) {
                continue;
            }
            String source = "sitemap:" + url;
            try {
                Optional<FetchedPage> page = fetchIfChanged(url);
                if (page.isEmpty()) {
                    continue;
                }
                SitemapReader.Result result = sitemaps.read(page.get().body(), page.get().finalUrl());
                total += emit(result.urls(), source);
                queue.addAll(result.sitemaps());
            } catch (SourceException e) {
                sink.sourceFailed(source, e.reason(), e.getMessage());
            } catch (FetchException e) {
                sink.sourceFailed(source, e.reason(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return total;
    }

    /** Sends URLs from a list or the command line. */
    public int addUrls(Collection<DiscoveredUrl> urls, String source) {
        return emit(urls, source);
    }

    private Optional<FetchedPage> fetchIfChanged(String url) throws FetchException, InterruptedException {
        FetchedPage page = fetcher.fetch(url, validators.getOrDefault(url, PageFetcher.Conditional.NONE));
        if (page.notModified()) {
            log.debug("{} not modified", url);
            return Optional.empty();
        }
        if (page.header("etag") != null || page.header("last-modified") != null) {
            validators.put(url, new PageFetcher.Conditional(page.header("etag"), page.header("last-modified")));
        }
        return Optional.of(page);
    }

    private int emit(Collection<DiscoveredUrl> urls, String source) {
        int n = 0;
        for (DiscoveredUrl url : urls) {
            Optional<String> canonical = UrlCanonicalizer.canonicalize(url.url());
            if (canonical.isEmpty()) {
                sink.sourceFailed(source, "invalid-url", "not an http(s) URL: " + url.url());
                continue;
            }
            String token = Objects.requireNonNullElse(url.changeToken(), "");
            synchronized (sent) {
                if (token.equals(sent.get(canonical.get()))) {
                    continue;
                }
                sent.put(canonical.get(), token);
            }
            String host = okhttp3.HttpUrl.parse(canonical.get()).host().toLowerCase(Locale.ROOT);
            sink.url(FrontierEntry.of(url.url(), host, source, url.changeToken(), clock.instant()));
            n++;
        }
        if (n > 0) {
            log.info("{}: {} URLs to the frontier", source, n);
        }
        return n;
    }
}
