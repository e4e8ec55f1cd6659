package dev.newsflow.ingest.warc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.ingest.archive.ArchivedPage;
import dev.newsflow.ingest.archive.HtmlArchive;
import dev.newsflow.ingest.archive.PageTooLargeException;
import dev.newsflow.ingest.archive.WarcArchive;
import dev.newsflow.ingest.archive.WarcPage;
import dev.newsflow.ingest.page.PageCleaning;
import dev.newsflow.ingest.page.PageRejectedException;
import dev.newsflow.ingest.publish.ArticlePublisher;

/**
 * Replays WARC files ({@code .warc}, {@code .warc.gz}) and directories of HTML pages through the
 * same cleaning as live fetching ({@link PageCleaning}) into {@code newsflow.articles}, in
 * publication order, so a replay raises the alerts a live run would have, with unreadable pages on
 * {@code newsflow.dlq}. The one replay behind {@code newsflow replay}, {@code ingest --archive} and the demo.
 * Only successful HTML responses count as pages; robots.txt, feeds, redirects and images in a
 * crawl's WARC are skipped and counted as such.
 *
 * <p>Articles are held in memory until the end so they can be sent in publication order; that is
 * the text only (a few KB an article), not the pages.
 */
public final class WarcReplay {

    private static final Logger log = LoggerFactory.getLogger(WarcReplay.class);

    /** Called when a file starts and after every page, for a progress display. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (pages, articles, failures, current) -> { };

        void update(long pages, long articles, long failures, String current);

        /** File {@code index} (0-based) of {@code total} starts. */
        default void file(int index, int total, Path file) {
        }
    }

    /** What a replay did. */
    public record Summary(int pages, int articles, int skipped, Map<String, Integer> failures) {
    }

    private final PageCleaning cleaning;
    private final ArticlePublisher publisher;
    private final Clock clock;
    private final int maxBytes;
    private final Progress progress;

    private int pages;
    private int skipped;
    private final List<ArticleEvent> articles = new ArrayList<>();
    private final Map<String, Integer> failures = new TreeMap<>();
    private final List<Future<RecordMetadata>> sends = new ArrayList<>();

    public WarcReplay(PageCleaning cleaning, ArticlePublisher publisher, Clock clock, int maxBytes, Progress progress) {
        this.cleaning = cleaning;
        this.publisher = publisher;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.progress = progress;
    }

    /** Whether {@code file} is named like a WARC file. */
    public static boolean isWarc(Path file) {
        return WarcArchive.isWarc(file);
    }

    public Summary replay(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(filesIn(input));
            } else if (isWarc(input) || HtmlArchive.isPage(input)) {
                files.add(input);
            } else {
                fail("unsupported-input", input.toString(), input.toString(), "not a .warc, .warc.gz, .html or directory");
            }
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress.file(i, files.size(), file);
            if (isWarc(file)) {
                replayWarc(file);
            } else {
                replayHtml(file);
            }
        }
        articles.sort(Comparator.comparing((ArticleEvent a) -> a.published() == null ? Instant.MAX
                : a.published().toInstant()).thenComparing(ArticleEvent::id));
        for (ArticleEvent article : articles) {
            sends.add(publisher.publish(article));
        }
        publisher.flush(sends);
        Summary summary = new Summary(pages, articles.size(), skipped, failures);
        log.info("replayed {}: {}", inputs, summary);
        return summary;
    }

    /** WARC and HTML files below {@code dir}, sorted by file name as {@link HtmlArchive} does. */
    private static List<Path> filesIn(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(f -> isWarc(f) || HtmlArchive.isPage(f))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private void replayHtml(Path file) {
        String origin = "archive:" + file;
        pages++;
        try {
            ArchivedPage page = new HtmlArchive(file.getParent() == null ? Path.of(".") : file.getParent(), maxBytes)
                    .read(file);
            articles.add(cleaning.clean(null, file.toUri().toString(), null, page.bytes(), clock.instant(), origin));
        } catch (PageTooLargeException e) {
            fail("too-large", HtmlArchive.idOf(file), origin, e.getMessage());
        } catch (IOException e) {
            fail("unreadable-file", HtmlArchive.idOf(file), origin, e.toString());
        } catch (PageRejectedException e) {
            fail(e.reason(), HtmlArchive.idOf(file), origin, e.getMessage());
        }
        report(file.toString());
    }

    private void replayWarc(Path file) {
        String origin = "warc:" + file;
        try {
            new WarcArchive(maxBytes).read(file,
                    page -> replayPage(page, origin),
                    url -> {
                        pages++;
                        fail("too-large", url, origin, url + " is larger than " + maxBytes + " bytes");
                    },
                    url -> skipped++,
                    (url, error) -> {
                        pages++;
                        fail("unreadable-record", url, origin, error.toString());
                    });
        } catch (IOException | RuntimeException e) {
            fail("unreadable-warc", file.toString(), origin, e.toString());
        }
    }

    private void replayPage(WarcPage page, String origin) {
        pages++;
        String type = page.charset() == null ? "text/html" : "text/html; charset=" + page.charset();
        try {
            articles.add(cleaning.clean(page.url(), page.url(), type, page.bytes(), page.date(), origin));
        } catch (PageRejectedException e) {
            fail(e.reason(), page.url(), origin, e.getMessage());
        }
        report(page.url());
    }

    private void report(String current) {
        progress.update(pages, articles.size(), failures.values().stream().mapToInt(Integer::intValue).sum(), current);
    }

    private void fail(String reason, String key, String origin, String error) {
        failures.merge(reason, 1, Integer::sum);
        log.warn("{}: {} ({})", key, reason, error);
        sends.add(publisher.deadLetter(DeadLetter.of("ingest", origin, -1, -1, key, reason, error, null,
                clock.instant())));
    }
}
