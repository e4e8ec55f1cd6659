package dev.newsflow.ingest.archive;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A page that is bigger than the archive reader allows, once decompressed.
 *
 * <p>A checked exception with the file and the limit in its message, so that a replay can send
 * the page to the dead-letter topic with a reason instead of running out of memory on a gzip bomb.
 */
public final class PageTooLargeException extends IOException {

    private final Path path;
    private final long limit;

    public PageTooLargeException(Path path, long limit) {
        super("page " + path + " is larger than " + limit + " bytes"
                + (path.getFileName().toString().endsWith(".gz") ? " after decompression" : "")
                + "; refusing to read it (raise the archive's size limit if the page is genuine)");
        this.path = path;
        this.limit = limit;
    }

    public Path path() {
        return path;
    }

    public long limit() {
        return limit;
    }
}
