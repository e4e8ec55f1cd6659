package dev.newsflow.events;

import java.time.Instant;
import java.util.Map;

/**
 * A raw fetched response on {@code newsflow.pages}, keyed by the requested URL. The topic is
 * compacted: it keeps the latest response per URL and is the archive of record, so cleaning can
 * be re-run after the extractor improves without fetching the web again.
 *
 * <p>The body is kept as bytes (base64 in JSON) because the charset is a property of the bytes:
 * decoding happens once, in cleaning, with the header, BOM and meta evidence all in view.
 *
 * @param url        the URL that was asked for (the record key)
 * @param finalUrl   where the redirects ended
 * @param status     HTTP status of the final response
 * @param headers    a subset of response headers (content-type, etag, last-modified, content-language, date)
 * @param charset    the charset that cleaning used or will use (header, BOM or meta), nullable
 * @param bodyBase64 the decoded (decompressed) body in base64
 * @param fetchedAt  when the response was received
 * @param source     the frontier entry's source (feed, sitemap, list), nullable
 */
public record PageEvent(
        int schemaVersion,
        String url,
        String finalUrl,
        int status,
        Map<String, String> headers,
        String charset,
        String bodyBase64,
        Instant fetchedAt,
        String source) implements Payload {

    public static final int SCHEMA_VERSION = 1;

    public static PageEvent of(String url, String finalUrl, int status, Map<String, String> headers, String charset,
                               byte[] body, Instant fetchedAt, String source) {
        return new PageEvent(SCHEMA_VERSION, url, finalUrl, status, headers, charset,
                body == null ? null : java.util.Base64.getEncoder().encodeToString(body), fetchedAt, source);
    }

    /** The body bytes. */
    public byte[] body() {
        return bodyBase64 == null ? new byte[0] : java.util.Base64.getDecoder().decode(bodyBase64);
    }
}
