package dev.newsflow.ingest.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML captures of a {@code .warc} or {@code .warc.gz} file, in file order: HTTP
 * {@code response} records whose payload is HTML (status 200 only) and {@code resource} records
 * of type HTML. Requests, metadata, revisits and non-HTML captures are skipped.
 *
 * <p>Each payload is capped like {@link HtmlArchive}: a capture larger than the cap (after
 * content decoding) is reported to {@code tooLarge} and skipped, never fully buffered.
 */
public final class WarcArchive {

    private final int maxBytes;

    /** A reader with {@link HtmlArchive#DEFAULT_MAX_BYTES}. */
    public WarcArchive() {
        this(HtmlArchive.DEFAULT_MAX_BYTES);
    }

    public WarcArchive(int maxBytes) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Whether {@code file} is named like a WARC file. */
    public static boolean isWarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /** Every HTML capture of {@code file}; over-sized captures are skipped. */
    public List<WarcPage> readAll(Path file) throws IOException {
        List<WarcPage> pages = new ArrayList<>();
        read(file, pages::add, url -> { });
        return pages;
    }

    /**
     * Streams the HTML captures of {@code file} to {@code sink}; the URL of each capture over the
     * size cap goes to {@code tooLarge}.
     */
    public void read(Path file, Consumer<WarcPage> sink, Consumer<String> tooLarge) throws IOException {
        try {
            read(file, sink, tooLarge, url -> { }, (url, error) -> {
                throw new java.io.UncheckedIOException(error);
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Streams the HTML captures of {@code file} to {@code sink}, and says what else it met: captures
     * over the size cap ({@code tooLarge}), responses that are not a 200 HTML page, such as
     * robots.txt, redirects or images ({@code skipped}), and captures that cannot be read
     * ({@code unreadable}; the rest of the file is still read).
     */
    public void read(Path file, Consumer<WarcPage> sink, Consumer<String> tooLarge, Consumer<String> skipped,
                     java.util.function.BiConsumer<String, IOException> unreadable) throws IOException {
        try (WarcReader reader = new WarcReader(file)) {
            reader.setLenient(true);
            for (WarcRecord record : reader) {
                try {
                    if (record instanceof WarcResponse response) {
                        MediaType type = response.payloadType();
                        if (!isHtml(type) || response.http().status() != 200) {
                            skipped.accept(response.target());
                            continue;
                        }
                        emit(response.target(), record, response.http().bodyDecoded(), type, sink, tooLarge);
                    } else if (record instanceof WarcResource resource) {
                        MediaType type = resource.payloadType();
                        if (isHtml(type)) {
                            emit(resource.target(), record, resource.body(), type, sink, tooLarge);
                        }
                    }
                } catch (IOException e) {
                    unreadable.accept(record instanceof WarcResponse r ? r.target() : record.id().toString(), e);
                }
            }
        }
    }

    private void emit(String url, WarcRecord record, MessageBody body, MediaType type, Consumer<WarcPage> sink,
                      Consumer<String> tooLarge) throws IOException {
        byte[] bytes;
        try (InputStream in = body.stream()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            tooLarge.accept(url);
            return;
        }
        String charset = type == null ? null : type.parameters().get("charset");
        sink.accept(new WarcPage(url, record.date(), charset, bytes));
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }
}
