package dev.newsflow.ingest.fetch;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request and its response as the fetcher saw them, redirects and robots.txt included:
 * what a WARC archive records.
 *
 * @param url             the requested URL
 * @param requestHeaders  headers sent
 * @param status          response status
 * @param message         response reason phrase (may be empty on HTTP/2)
 * @param protocol        e.g. {@code HTTP/1.1}
 * @param responseHeaders headers received, Content-Encoding and lengths as received
 * @param body            the body after content decoding, or null when it was not read (too large, redirect)
 * @param fetchedAt       when the response arrived
 */
public record Exchange(
        String url,
        Map<String, List<String>> requestHeaders,
        int status,
        String message,
        String protocol,
        Map<String, List<String>> responseHeaders,
        byte[] body,
        Instant fetchedAt) {
}
