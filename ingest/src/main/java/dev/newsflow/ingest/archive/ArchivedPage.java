package dev.newsflow.ingest.archive;

import java.nio.file.Path;

/**
 * One page read from an {@link HtmlArchive}: raw bytes, already decompressed, not yet decoded.
 *
 * <p>Bytes rather than text, because the charset is declared inside the page and only the HTML
 * parser should decide it.
 *
 * @param id    file name without {@code .html} / {@code .html.gz}
 * @param path  where the page was read from
 * @param bytes the page, decompressed if it was gzipped
 */
public record ArchivedPage(String id, Path path, byte[] bytes) {
}
