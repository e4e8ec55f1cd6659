package dev.newsflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;

import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.fetch.ExchangeRecorder;
import dev.newsflow.ingest.fetch.FetchSettings;
import dev.newsflow.ingest.fetch.FetchedPage;
import dev.newsflow.ingest.fetch.HostPoliteness;
import dev.newsflow.ingest.fetch.PageFetcher;
import dev.newsflow.ingest.page.PageCleaning;
import okhttp3.Dns;

/**
 * Fetch + clean throughput of the live fetcher against a loopback site: {@value #PAGES} article
 * pages spread over {@value #HOSTS} host names ({@code host00.test} … all resolved to 127.0.0.1 by
 * an in-process {@link Dns}, so nothing leaves the machine and /etc/hosts is untouched), each with
 * its robots.txt, per-host interval 0. Hosts are fetched in parallel and a host's pages one after
 * another, as the frontier fetcher does; every page goes through robots.txt, the address policy
 * (the 50 names are allowlisted), the bounded body reader, charset detection and the cleaner.
 *
 * <p>A plain harness rather than JMH: the unit of work is a whole crawl with a server and sockets.
 * Run: {@code java -cp bench/target/benchmarks.jar dev.newsflow.bench.FetchThroughput [samples/archive] [rounds]}.
 */
public final class FetchThroughput {

    static final int PAGES = 2000;
    static final int HOSTS = 50;

    private FetchThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples/archive");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<byte[]> templates = templates(samples);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        ExecutorService serverThreads = Executors.newFixedThreadPool(32);
        server.setExecutor(serverThreads);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] body;
            String type;
            if (path.equals("/robots.txt")) {
                body = "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8);
                type = "text/plain";
            } else {
                int n = Integer.parseInt(path.replaceAll("\\D", ""));
                body = templates.get(n % templates.size());
                type = "text/html; charset=utf-8";
            }
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        int port = server.getAddress().getPort();
        Set<String> hosts = new HashSet<>();
        for (int h = 0; h < HOSTS; h++) {
            hosts.add(String.format(Locale.ROOT, "host%02d.test", h));
        }
        Dns loopback = name -> {
            if (hosts.contains(name)) {
                return List.of(InetAddress.getLoopbackAddress());
            }
            throw new UnknownHostException(name + " (benchmark resolves only hostNN.test)");
        };
        FetchSettings settings = FetchSettings.defaults().withDns(loopback).withAllowHosts(hosts)
                .withMinInterval(Duration.ZERO);
        System.out.printf("fetch+clean: %d pages (%d templates from %s), %d hosts, %d cores%n", PAGES,
                templates.size(), samples, HOSTS, Runtime.getRuntime().availableProcessors());
        try {
            run(settings, port, 400, "warm-up");
            for (int r = 1; r <= rounds; r++) {
                run(settings, port, PAGES, "round " + r);
            }
        } finally {
            server.stop(0);
            serverThreads.shutdownNow();
        }
    }

    private static void run(FetchSettings settings, int port, int pages, String label) throws Exception {
        PageCleaning cleaning = new PageCleaning(new ArticleCleaner());
        AtomicLong bytes = new AtomicLong();
        AtomicLong articles = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(HOSTS);
        long start = System.nanoTime();
        try (PageFetcher fetcher = new PageFetcher(settings, new HostPoliteness(), ExchangeRecorder.NONE,
                Clock.systemUTC())) {
            List<Future<?>> tasks = new ArrayList<>();
            for (int h = 0; h < HOSTS; h++) {
                int host = h;
                tasks.add(pool.submit(() -> {
                    for (int i = host; i < pages; i += HOSTS) {
                        String url = String.format(Locale.ROOT, "http://host%02d.test:%d/news/%d.html", host, port, i);
                        try {
                            FetchedPage page = fetcher.fetch(url);
                            bytes.addAndGet(page.body().length);
                            cleaning.clean(url, page.finalUrl(), page.contentType(), page.body(), page.fetchedAt(), "http");
                            articles.incrementAndGet();
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-8s %5d pages in %6.2f s: %7.1f pages/s, %5.1f MB/s, %d articles, %d failures%n",
                label, pages, seconds, pages / seconds, bytes.get() / seconds / 1e6, articles.get(), failures.get());
    }

    /** The sample pages (decompressed), or one generated page when the directory is missing. */
    private static List<byte[]> templates(Path dir) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".html")) {
                        pages.add(Files.readAllBytes(f));
                    } else if (name.endsWith(".html.gz")) {
                        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                            pages.add(in.readAllBytes());
                        }
                    }
                }
            }
        }
        if (pages.isEmpty()) {
            StringBuilder html = new StringBuilder("<html lang=en><head><meta charset=utf-8><title>Story</title></head>"
                    + "<body><article><h1>Story</h1>");
            for (int p = 0; p < 12; p++) {
                html.append("<p>Officials said about ").append(1000 + p).append(" soldiers had arrived in the region "
                        + "over the past week, according to assessments shared with reporters.</p>");
            }
            pages.add(html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8));
        }
        return pages;
    }

}
