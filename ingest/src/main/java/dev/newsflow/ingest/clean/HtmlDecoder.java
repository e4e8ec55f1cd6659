package dev.newsflow.ingest.clean;

import dev.newsflow.ingest.archive.ArchivedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decodes raw page bytes into a jsoup {@link Document}.
 *
 * <p>Bytes, not strings, come in because the charset is only known from the page itself: jsoup
 * reads a byte-order mark first, then a {@code <meta charset>} or {@code http-equiv} declaration
 * near the top, and falls back to UTF-8. Decoding with a guessed charset instead would turn the
 * curly quotes of a windows-1252 page into mojibake.
 */
public final class HtmlDecoder {

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
        String cs = charset == null || !java.nio.charset.Charset.isSupported(charset.strip()) ? null : charset.strip();
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), cs, baseUri == null ? "" : baseUri);
        } catch (IOException e) {
            // cannot happen for an in-memory stream, but jsoup declares it
            throw new UncheckedIOException("could not decode page " + baseUri, e);
        }
    }
}
