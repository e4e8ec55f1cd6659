package dev.newsflow.ingest.warc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.ingest.fetch.Exchange;
import dev.newsflow.ingest.fetch.ExchangeRecorder;

/**
 * Writes every fetched exchange (robots.txt, feeds, redirects and articles) to gzipped WARC files
 * (jwarc) in a directory: a {@code response} record and its {@code request}, linked by
 * WARC-Concurrent-To. Files are named {@code newsflow-<UTC time>-<n>.warc.gz} and rotated at
 * {@link #ROTATE_BYTES}, the size Common Crawl and Heritrix use.
 *
 * <p>The body is stored as the application received it, after content decoding: the
 * Content-Encoding, Transfer-Encoding and Content-Length headers are rewritten to match, so any
 * WARC reader (and {@link WarcReplay}) gets a consistent record. Bodies refused for size are not
 * written. Thread-safe.
 */
public final class WarcRecorder implements ExchangeRecorder, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WarcRecorder.class);
    /** Start a new file once the current one passes 1 GB. */
    public static final long ROTATE_BYTES = 1_000_000_000L;
    private static final Set<String> REWRITTEN = Set.of("content-encoding", "transfer-encoding", "content-length",
            "content-type");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Path directory;
    private WarcWriter writer;
    private Path current;
    private int sequence;

    public WarcRecorder(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create WARC directory " + directory, e);
        }
    }

    @Override
    public synchronized void record(Exchange exchange) {
        if (exchange.body() == null && exchange.status() >= 200 && exchange.status() < 300) {
            return; // refused body: nothing faithful to store
        }
        try {
            WarcWriter out = writer();
            URI target = URI.create(exchange.url());
            HttpResponse.Builder http = new HttpResponse.Builder(exchange.status(),
                    exchange.message() == null || exchange.message().isEmpty() ? "-" : exchange.message());
            String contentType = null;
            for (Map.Entry<String, List<String>> header : exchange.responseHeaders().entrySet()) {
                String name = header.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("content-type")) {
                    contentType = header.getValue().get(0);
                }
                if (!REWRITTEN.contains(name)) {
                    header.getValue().forEach(v -> http.addHeader(header.getKey(), v));
                }
            }
            byte[] body = exchange.body() == null ? new byte[0] : exchange.body();
            http.body(contentType == null ? MediaType.OCTET_STREAM : MediaType.parse(contentType), body);
            WarcResponse response = new WarcResponse.Builder(target)
                    .date(exchange.fetchedAt())
                    .body(http.build())
                    .build();
            String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
            HttpRequest.Builder request = new HttpRequest.Builder("GET",
                    target.getRawQuery() == null ? path : path + "?" + target.getRawQuery());
            request.addHeader("Host", target.getPort() < 0 ? target.getHost() : target.getHost() + ":" + target.getPort());
            exchange.requestHeaders().forEach((name, values) -> values.forEach(v -> request.addHeader(name, v)));
            WarcRequest warcRequest = new WarcRequest.Builder(target)
                    .date(exchange.fetchedAt())
                    .body(request.build())
                    .concurrentTo(response.id())
                    .build();
            out.write(response);
            out.write(warcRequest);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("could not write WARC record for {}: {}", exchange.url(), e.toString());
        }
    }

    private WarcWriter writer() throws IOException {
        if (writer != null && writer.position() > ROTATE_BYTES) {
            writer.close();
            writer = null;
        }
        if (writer == null) {
            current = directory.resolve("newsflow-" + STAMP.format(java.time.Instant.now()) + "-"
                    + UUID.randomUUID().toString().substring(0, 8) + "-" + (sequence++) + ".warc.gz");
            writer = new WarcWriter(Files.newByteChannel(current, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP);
            log.info("writing WARC {}", current);
        }
        return writer;
    }

    /** The file being written, or null before the first record. */
    public synchronized Path currentFile() {
        return current;
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                log.warn("could not close WARC {}: {}", current, e.toString());
            }
            writer = null;
        }
    }
}
