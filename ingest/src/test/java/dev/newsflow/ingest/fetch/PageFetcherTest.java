package dev.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.newsflow.events.ArticleEvent;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.page.PageCleaning;
import dev.newsflow.ingest.page.PageRejectedException;
import dev.newsflow.ingest.site.FixtureSite;
import okhttp3.Dns;

/** The fetcher against a real HTTP server on loopback: politeness, limits, redirects, guard. */
class PageFetcherTest {

    private static FixtureSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FixtureSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static FetchSettings settings() {
        return FixtureSite.fetchSettings(Duration.ZERO);
    }

    private static FetchException failure(PageFetcher fetcher, String path) {
        try {
            fetcher.fetch(site.url(path));
        } catch (FetchException e) {
            return e;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(path + " was fetched");
    }

    @Test
    void fetchesAnArticleAndDecodesGzip() throws Exception {
        try (PageFetcher fetcher = new PageFetcher(settings())) {
            FetchedPage page = fetcher.fetch(site.url("/articles/1"));
            assertThat(page.status()).isEqualTo(200);
            assertThat(new String(page.body(), "UTF-8")).contains("Story 1");
            FetchedPage gz = fetcher.fetch(site.url("/gzipped"));
            assertThat(new String(gz.body(), "UTF-8")).contains("Story 8");
            assertThat(site.hits("/robots.txt")).isNotEmpty();
            assertThat(site.hits("/articles/1").get(0).headers().get("User-agent").get(0)).startsWith("newsflow/");
        }
    }

    @Test
    void honoursRobotsTxt() {
        try (PageFetcher fetcher = new PageFetcher(settings())) {
            assertThat(failure(fetcher, "/private/secret").reason()).isEqualTo("robots");
            assertThat(site.hits("/private/secret")).isEmpty();
        }
    }

    @Test
    void limitsEndInTheirReasons() {
        try (PageFetcher fetcher = new PageFetcher(settings())) {
            assertThat(failure(fetcher, "/slow").reason()).isEqualTo("timeout");
            assertThat(failure(fetcher, "/big").reason()).isEqualTo("too-large");
            assertThat(failure(fetcher, "/gzip-bomb").reason()).isEqualTo("too-large");
            assertThat(failure(fetcher, "/missing").reason()).isEqualTo("http-404");
            assertThat(failure(fetcher, "/loop/a").reason()).isEqualTo("redirect-loop");
        }
    }

    @Test
    void retriesServerErrorsThenGivesUp() {
        int before = site.hits("/fail").size();
        try (PageFetcher fetcher = new PageFetcher(settings())) {
            FetchException e = failure(fetcher, "/fail");
            assertThat(e.reason()).isEqualTo("http-500");
            assertThat(e.permanent()).isFalse();
        }
        assertThat(site.hits("/fail").size() - before).isEqualTo(2);
    }

    @Test
    void honoursRetryAfter() throws Exception {
        try (PageFetcher fetcher = new PageFetcher(settings())) {
            FetchedPage page = fetcher.fetch(site.url("/flaky"));
            assertThat(page.status()).isEqualTo(200);
        }
        List<FixtureSite.Hit> hits = site.hits("/flaky");
        assertThat(hits).hasSize(2);
        // Retry-After: 1 s, measured by the server (see politeness below): half of it tells waiting from not
        assertThat(Duration.ofNanos(hits.get(1).startNanos() - hits.get(0).endNanos())).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    }

    @Test
    void followsRedirectsByHand() throws Exception {
        try (PageFetcher fetcher = new PageFetcher(settings())) {
            FetchedPage page = fetcher.fetch(site.url("/redirect"));
            assertThat(page.finalUrl()).isEqualTo(site.url("/articles/2"));
            assertThat(page.url()).isEqualTo(site.url("/redirect"));
        }
    }

    @Test
    void refusesRedirectsToPrivateAddresses() {
        try (PageFetcher fetcher = new PageFetcher(settings())) {
            assertThat(failure(fetcher, "/to-private").reason()).isEqualTo("blocked-address");
            // localhost resolves to loopback and is not on the allowlist (only 127.0.0.1 is)
            assertThat(failure(fetcher, "/to-localhost").reason()).isEqualTo("blocked-address");
        }
    }

    @Test
    void refusesLoopbackWithoutTheAllowlist() {
        int before = site.hits().size();
        try (PageFetcher fetcher = new PageFetcher(settings().withAllowHosts(Set.of()))) {
            FetchException e = failure(fetcher, "/articles/1");
            assertThat(e.reason()).isEqualTo("blocked-address");
            assertThat(e.permanent()).isTrue();
        }
        assertThat(site.hits()).hasSize(before); // not even robots.txt was requested
    }

    @Test
    void refusesHostNamesResolvingToLoopback() {
        Dns rebinding = host -> host.equals("news.example.test") ? List.of(InetAddress.getLoopbackAddress())
                : Dns.SYSTEM.lookup(host);
        int before = site.hits().size();
        try (PageFetcher fetcher = new PageFetcher(settings().withAllowHosts(Set.of()).withDns(rebinding))) {
            assertThatThrownBy(() -> fetcher.fetch("http://news.example.test:" + site.port() + "/articles/1"))
                    .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("blocked-address"));
        }
        assertThat(site.hits()).hasSize(before);
    }

    @Test
    void decodesAPageWhoseCharsetIsOnlyInTheHeader() throws Exception {
        try (PageFetcher fetcher = new PageFetcher(settings())) {
            FetchedPage page = fetcher.fetch(site.url("/latin1"));
            ArticleEvent article = new PageCleaning(new ArticleCleaner()).clean(page.url(), page.finalUrl(),
                    page.contentType(), page.body(), page.fetchedAt(), "http");
            assertThat(article.title()).isEqualTo("Caf\u00e9 report");
            assertThat(article.text()).contains("\u201cabout 3,000 soldiers\u201d").contains("d\u00e9tente");
        }
    }

    @Test
    void rejectsPagesWithoutArticles() throws Exception {
        PageCleaning cleaning = new PageCleaning(new ArticleCleaner());
        try (PageFetcher fetcher = new PageFetcher(settings())) {
            for (String path : List.of("/empty", "/pdf")) {
                FetchedPage page = fetcher.fetch(site.url(path));
                assertThatThrownBy(() -> cleaning.clean(page.url(), page.finalUrl(), page.contentType(), page.body(),
                        page.fetchedAt(), "http"))
                        .isInstanceOfSatisfying(PageRejectedException.class, e -> assertThat(e.reason())
                                .isEqualTo(path.equals("/pdf") ? "not-html" : "no-article-text"));
            }
        }
    }

    @Test
    void conditionalGetAnswersNotModified() throws Exception {
        try (PageFetcher fetcher = new PageFetcher(settings())) {
            FetchedPage first = fetcher.fetch(site.url("/feed.xml"));
            assertThat(first.header("etag")).isNotNull();
            FetchedPage second = fetcher.fetch(site.url("/feed.xml"), new PageFetcher.Conditional(first.header("etag"), null));
            assertThat(second.notModified()).isTrue();
            assertThat(second.body()).isEmpty();
        }
    }

    @Test
    void spacesRequestsToOneHostAndKeepsOneInFlight() throws Exception {
        Duration interval = Duration.ofMillis(300);
        try (FixtureSite own = new FixtureSite();
             PageFetcher fetcher = new PageFetcher(settings().withMinInterval(interval))) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<FetchedPage>> pages = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                String url = own.url("/articles/" + i);
                pages.add(pool.submit(() -> fetcher.fetch(url)));
            }
            for (Future<FetchedPage> page : pages) {
                assertThat(page.get().status()).isEqualTo(200);
            }
            pool.shutdown();
            List<FixtureSite.Hit> hits = new ArrayList<>(own.hits());
            hits.sort(java.util.Comparator.comparingLong(FixtureSite.Hit::startNanos));
            assertThat(hits).hasSize(6); // robots.txt + 5 articles
            for (int i = 1; i < hits.size(); i++) {
                Duration gap = Duration.ofNanos(hits.get(i).startNanos() - hits.get(i - 1).endNanos());
                // measured by the server, which clocks a response's end before the client reads it: half the
                // interval still tells spacing from none
                assertThat(gap).as("gap before %s", hits.get(i).path()).isGreaterThanOrEqualTo(interval.dividedBy(2));
            }
            assertThat(own.maxConcurrentRequests()).isEqualTo(1);
        }
    }

    @Test
    void honoursCrawlDelay() throws Exception {
        try (FixtureSite own = new FixtureSite();
             PageFetcher fetcher = new PageFetcher(settings())) {
            own.robots("User-agent: *\nCrawl-delay: 1\n");
            fetcher.fetch(own.url("/articles/1"));
            fetcher.fetch(own.url("/articles/2"));
            List<FixtureSite.Hit> a = own.hits("/articles/1");
            List<FixtureSite.Hit> b = own.hits("/articles/2");
            assertThat(Duration.ofNanos(b.get(0).startNanos() - a.get(0).endNanos())).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        }
    }
}
