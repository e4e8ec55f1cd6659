package dev.newsflow.ingest.clean;

import dev.newsflow.ingest.archive.ArchivedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decodes raw page bytes into a jsoup {@link Document}.
 *
 * <p>Bytes, not strings, come in because the charset is only known from the page itself: jsoup
 * reads a byte-order mark first, then a {@code <meta charset>} or {@code http-equiv} declaration
 * near the top, and falls back to UTF-8. Decoding with a guessed charset instead would turn the
 * curly quotes of a windows-1252 page into mojibake.
 *
 * <p>Bounds: input beyond {@link #MAX_BYTES} is cut off before parsing (a 50 MB page costs the
 * parse of its first {@value #MAX_BYTES} bytes, not 50 MB of DOM), and jsoup's tree builder caps
 * element nesting itself (deeper elements become siblings), so a 10,000-deep page parses in
 * linear time. A charset name that the JVM does not know is ignored (detected from the page).
 * Binary junk parses to a document of garbage text; the cleaner then finds little or no prose.
 */
public final class HtmlDecoder {

    /** Bytes of a page that are parsed; the rest is ignored. 16 MiB: far above any real article. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** Parses an archived page; relative links resolve against its file location. */
    public Document parse(ArchivedPage page) {
        return parse(page.bytes(), page.path().toUri().toString());
    }

    /** Parses {@code bytes}, detecting the charset from BOM or meta tags (UTF-8 if undeclared). */
    public Document parse(byte[] bytes, String baseUri) {
        return parse(bytes, null, baseUri);
    }

    /**
     * Parses {@code bytes} in {@code charset} (as named by an HTTP {@code Content-Type}); a
     * byte-order mark still wins, and a {@code null} or unknown charset means "detect from the page".
     */
    public Document parse(byte[] bytes, String charset, String baseUri) {
        String cs = supported(charset);
        int length = Math.min(bytes.length, MAX_BYTES);
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes, 0, length), cs, baseUri == null ? "" : baseUri);
        } catch (IOException e) {
            // cannot happen for an in-memory stream, but jsoup declares it
            throw new UncheckedIOException("could not decode page " + baseUri, e);
        }
    }

    private static String supported(String charset) {
        if (charset == null || charset.isBlank()) {
            return null;
        }
        try {
            return Charset.isSupported(charset.strip()) ? charset.strip() : null;
        } catch (IllegalArgumentException e) {
            return null; // an illegal name: detect from the page instead
        }
    }
}
