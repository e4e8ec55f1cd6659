package dev.newsflow.ingest.archive;

import java.time.Instant;

/**
 * One HTML capture read from a WARC file by {@link WarcArchive}: raw payload bytes (transfer and
 * content encodings removed), not yet decoded to text.
 *
 * @param url     the captured URL ({@code WARC-Target-URI})
 * @param date    when it was captured ({@code WARC-Date})
 * @param charset the charset named by the HTTP {@code Content-Type}, or {@code null}
 * @param bytes   the payload
 */
public record WarcPage(String url, Instant date, String charset, byte[] bytes) {
}
