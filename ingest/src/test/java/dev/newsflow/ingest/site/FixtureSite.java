package dev.newsflow.ingest.site;

import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.RetryPolicy;
import java.time.Duration;
import java.util.Set;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A news site on 127.0.0.1 for fetcher tests: robots.txt, an RSS feed (with ETag), a sitemap index
 * with a news sitemap and a gzipped sitemap, articles, and the pages crawlers trip over: slow,
 * failing, flaky (503 + Retry-After), oversized, a gzip bomb, a windows-1252 page whose charset is
 * only in the header, a redirect loop, a redirect to the cloud-metadata address, an empty shell and
 * a PDF. Every request is logged with its arrival time.
 */
public final class FixtureSite implements AutoCloseable {

    /** One request as the server saw it. */
    public record Hit(String host, String path, long startNanos, long endNanos, Map<String, List<String>> headers) {
    }

    public static final String PUBLISHED = "2024-10-18T09:00:00Z";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final byte[] gzipBomb;
    private final ThreadLocal<Long> requestStart = new ThreadLocal<>();
    private final ThreadLocal<Boolean> logged = ThreadLocal.withInitial(() -> false);
    private volatile String robots = "User-agent: *\nDisallow: /private/\n";
    private volatile String feedPubDate = "Fri, 18 Oct 2024 09:00:00 GMT";

    public FixtureSite() throws IOException {
        gzipBomb = gzip(new byte[20 * 1024 * 1024]);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Fetch settings that may reach this site on loopback, with short timeouts and a quick retry,
     * so tests of slow and failing pages finish fast.
     */
    public static FetchSettings fetchSettings(Duration minInterval) {
        return FetchSettings.defaults()
                .withAllowHosts(Set.of("127.0.0.1"))
                .withMinInterval(minInterval)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(5))
                .withMaxBodyBytes(1024 * 1024)
                .withRetry(new RetryPolicy(2, Duration.ofMillis(50), Duration.ofSeconds(5)));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port><path>} */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public List<Hit> hits(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    public int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    public void robots(String text) {
        robots = text;
    }

    public void feedPubDate(String rfc1123) {
        feedPubDate = rfc1123;
    }

    public static String article(int n) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Story " + n + "</title><meta property=\"article:published_time\" content=\"" + PUBLISHED
                + "\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Story "
                + n + "</h1>");
        for (int p = 1; p <= 4; p++) {
            html.append("<p>Paragraph ").append(p).append(" of story ").append(n).append(": officials said that about ")
                    .append(1000 * n + p).append(" soldiers had arrived in the region over the past week, according to"
                            + " intelligence assessments shared with reporters on condition of anonymity.</p>");
        }
        return html.append("</article><footer>© Fixture News</footer></body></html>").toString();
    }

    private void handle(HttpExchange ex) throws IOException {
        long start = System.nanoTime();
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        String path = ex.getRequestURI().getPath();
        int count = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        requestStart.set(start); // exchange attributes are shared by the context; a handler runs on one thread
        logged.set(false);
        try {
            route(ex, path, count);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // client went away (timeouts): expected for /slow
        } finally {
            if (!logged.get()) {
                logHit(ex); // the client gave up before an answer
            }
            ex.close();
        }
    }

    private void route(HttpExchange ex, String path, int count) throws IOException, InterruptedException {
        if (path.equals("/robots.txt")) {
            send(ex, 200, "text/plain", robots.getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/feed.xml")) {
            String etag = "\"feed-" + feedPubDate.hashCode() + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                logHit(ex);
                ex.getResponseHeaders().add("ETag", etag);
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().add("ETag", etag);
            send(ex, 200, "application/rss+xml; charset=utf-8", feed().getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/sitemap-index.xml")) {
            send(ex, 200, "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<sitemap><loc>" + url("/sitemap-news.xml") + "</loc></sitemap>"
                    + "<sitemap><loc>" + url("/sitemap-more.xml.gz") + "</loc></sitemap>"
                    + "</sitemapindex>").getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/sitemap-news.xml")) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                    + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">");
            for (String p : List.of("/articles/1", "/articles/3", "/private/secret", "/slow", "/fail", "/big",
                    "/latin1", "/loop/a", "/to-private", "/empty", "/pdf", "/redirect", "/missing")) {
                xml.append("<url><loc>").append(url(p)).append("</loc><news:news><news:publication>"
                        + "<news:name>Fixture News</news:name><news:language>en</news:language></news:publication>"
                        + "<news:publication_date>" + PUBLISHED + "</news:publication_date><news:title>x</news:title>"
                        + "</news:news></url>");
            }
            send(ex, 200, "application/xml", xml.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/sitemap-more.xml.gz")) {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<url><loc>" + url("/articles/5") + "</loc><lastmod>" + PUBLISHED + "</lastmod></url>"
                    + "<url><loc>" + url("/gzip-bomb") + "</loc><lastmod>" + PUBLISHED + "</lastmod></url>"
                    + "</urlset>";
            send(ex, 200, "application/x-gzip", gzip(xml.getBytes(StandardCharsets.UTF_8)));
        } else if (path.startsWith("/articles/") || path.equals("/private/secret")) {
            int n = path.startsWith("/articles/") ? Integer.parseInt(path.substring("/articles/".length())) : 99;
            send(ex, 200, "text/html; charset=utf-8", article(n).getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/slow")) {
            Thread.sleep(3_000);
            send(ex, 200, "text/html", article(50).getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/fail")) {
            send(ex, 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/flaky")) {
            if (count == 1) {
                ex.getResponseHeaders().add("Retry-After", "1");
                send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                send(ex, 200, "text/html; charset=utf-8", article(7).getBytes(StandardCharsets.UTF_8));
            }
        } else if (path.equals("/big")) {
            byte[] big = new byte[3 * 1024 * 1024];
            java.util.Arrays.fill(big, (byte) 'a');
            send(ex, 200, "text/html", big);
        } else if (path.equals("/gzip-bomb")) {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/html", gzipBomb);
        } else if (path.equals("/gzipped")) {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/html; charset=utf-8", gzip(article(8).getBytes(StandardCharsets.UTF_8)));
        } else if (path.equals("/latin1")) {
            String html = "<html><head><title>Caf\u00e9 report</title></head><body><article><h1>Caf\u00e9 report</h1>"
                    + "<p>The minister said \u201cabout 3,000 soldiers\u201d had reached the caf\u00e9 district of the"
                    + " capital on Tuesday, in what officials described as a routine na\u00efve rotation of forces.</p>"
                    + "<p>A second paragraph explains that the d\u00e9tente had ended and that more troops were"
                    + " expected, according to people familiar with the matter who asked not to be named.</p>"
                    + "</article></body></html>";
            send(ex, 200, "text/html; charset=windows-1252", html.getBytes(Charset.forName("windows-1252")));
        } else if (path.equals("/loop/a")) {
            redirect(ex, "/loop/b");
        } else if (path.equals("/loop/b")) {
            redirect(ex, "/loop/a");
        } else if (path.equals("/redirect")) {
            redirect(ex, "/articles/2");
        } else if (path.equals("/to-private")) {
            redirect(ex, "http://169.254.169.254/latest/meta-data/");
        } else if (path.equals("/to-localhost")) {
            redirect(ex, "http://localhost:" + port() + "/articles/1");
        } else if (path.equals("/empty")) {
            send(ex, 200, "text/html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/pdf")) {
            send(ex, 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        } else {
            send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    private String feed() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Fixture News</title>"
                + "<link>" + url("/") + "</link><description>d</description>"
                + item("/articles/1?utm_source=rss&utm_medium=feed") + item("/articles/2") + item("/articles/3")
                + item("/flaky") + "</channel></rss>";
    }

    private String item(String path) {
        return "<item><title>t</title><link>" + url(path).replace("&", "&amp;") + "</link><pubDate>" + feedPubDate
                + "</pubDate></item>";
    }

    /** Logged just before the response goes out, so a client that has its answer sees its hit. */
    private void logHit(HttpExchange ex) {
        logged.set(true);
        inFlight.decrementAndGet();
        hits.add(new Hit(ex.getRequestHeaders().getFirst("Host"), ex.getRequestURI().getPath(),
                requestStart.get(), System.nanoTime(), Map.copyOf(ex.getRequestHeaders())));
    }

    private void redirect(HttpExchange ex, String location) throws IOException {
        logHit(ex);
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        logHit(ex);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
