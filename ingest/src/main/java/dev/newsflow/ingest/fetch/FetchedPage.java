package dev.newsflow.ingest.fetch;

import java.time.Instant;
import java.util.Map;

/**
 * A successful (2xx) or not-modified (304) response at the end of its redirects.
 *
 * @param url       the URL asked for
 * @param finalUrl  where redirects ended
 * @param status    200–299, or 304 for a conditional request whose resource did not change
 * @param headers   response headers, lower-case names, first value of each
 * @param body      decoded body; empty for 304
 * @param fetchedAt when the final response arrived
 */
public record FetchedPage(String url, String finalUrl, int status, Map<String, String> headers, byte[] body,
                          Instant fetchedAt) {

    public boolean notModified() {
        return status == 304;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public String contentType() {
        return header("content-type");
    }
}
