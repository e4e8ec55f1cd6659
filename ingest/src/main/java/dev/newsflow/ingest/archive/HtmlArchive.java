package dev.newsflow.ingest.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A directory of saved HTML pages ({@code .html} or gzipped {@code .html.gz}), read in a stable
 * order so that replaying an archive gives the same sequence every time.
 *
 * <p>Every read is capped ({@value #DEFAULT_MAX_BYTES} bytes by default): a small gzip file can
 * expand to gigabytes, and one hostile or broken page must not take the ingest service down.
 */
public final class HtmlArchive {

    /** Default cap on a page's decompressed size: 20 MiB. */
    public static final int DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

    private static final String HTML = ".html";
    private static final String HTML_GZ = ".html.gz";

    private final Path root;
    private final int maxBytes;

    /** An archive rooted at {@code root} with the default size cap. */
    public HtmlArchive(Path root) {
        this(root, DEFAULT_MAX_BYTES);
    }

    /** An archive rooted at {@code root} refusing pages larger than {@code maxBytes} once decompressed. */
    public HtmlArchive(Path root, int maxBytes) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        this.root = root;
        this.maxBytes = maxBytes;
    }

    /** Page files under the root, recursively, sorted by file name (then by path). */
    public List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(HtmlArchive::isPage)
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Path::toString))
                    .toList();
        }
    }

    /** Reads every page, in {@link #files()} order. */
    public List<ArchivedPage> readAll() throws IOException {
        List<ArchivedPage> pages = new ArrayList<>();
        for (Path file : files()) {
            pages.add(read(file));
        }
        return pages;
    }

    /**
     * Reads one page, decompressing {@code .gz}.
     *
     * @throws PageTooLargeException if the (decompressed) page exceeds the cap
     */
    public ArchivedPage read(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 64 * 1024) : raw) {
            byte[] bytes = in.readNBytes(maxBytes + 1); // grows as it reads; never allocates the cap up front
            if (bytes.length > maxBytes) {
                throw new PageTooLargeException(file, maxBytes);
            }
            return new ArchivedPage(idOf(file), file, bytes);
        }
    }

    /** Whether {@code file} is named like an archived page. */
    public static boolean isPage(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(HTML) || name.endsWith(HTML_GZ);
    }

    /** The page id: the file name without {@code .html} or {@code .html.gz}. */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(HTML_GZ)) {
            return name.substring(0, name.length() - HTML_GZ.length());
        }
        return name.endsWith(HTML) ? name.substring(0, name.length() - HTML.length()) : name;
    }
}
