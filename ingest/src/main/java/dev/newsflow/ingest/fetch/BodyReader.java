package dev.newsflow.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body, decoding {@code gzip} and {@code deflate} itself, and stops at a cap on
 * the <em>expanded</em> size: a 10 KB gzip bomb that inflates to gigabytes is refused after
 * {@code maxBytes}, not after the heap is gone. The fetcher asks for compression itself (so OkHttp
 * does not decode transparently) precisely so that this bound applies.
 */
public final class BodyReader {

    private BodyReader() {
    }

    /**
     * @param in              the raw body stream (closed by the caller)
     * @param contentEncoding the Content-Encoding header, nullable
     * @param maxBytes        cap on the decoded size
     * @throws FetchException {@code too-large} above the cap, {@code bad-encoding} for an unknown or corrupt encoding
     */
    public static byte[] read(InputStream in, String contentEncoding, long maxBytes) throws IOException, FetchException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        InputStream decoded;
        try {
            decoded = switch (encoding) {
                case "", "identity" -> in;
                case "gzip", "x-gzip" -> new GZIPInputStream(in, 16 * 1024);
                case "deflate" -> new InflaterInputStream(in, new Inflater());
                default -> throw new FetchException("bad-encoding", "unsupported Content-Encoding " + encoding, true);
            };
        } catch (java.util.zip.ZipException e) {
            throw new FetchException("bad-encoding", "corrupt " + encoding + " body: " + e.getMessage(), true, e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = decoded.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new FetchException("too-large", "body larger than " + maxBytes + " bytes"
                            + (decoded == in ? "" : " after " + encoding + " decoding"), true);
                }
                out.write(buffer, 0, n);
            }
        } catch (java.util.zip.ZipException e) {
            throw new FetchException("bad-encoding", "corrupt " + encoding + " body: " + e.getMessage(), true, e);
        }
        return out.toByteArray();
    }
}
