package dev.newsflow.ingest.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.clean.CleanedArticle;
import dev.newsflow.ingest.clean.HtmlDecoder;
import dev.newsflow.ingest.publish.ArticleEvents;
import dev.newsflow.ingest.publish.ArticlePublisher;

/**
 * Replays a directory of archived HTML pages through cleaning into {@code newsflow.articles}, in
 * publication order, so that the alerts of a replay match what a live run would have raised.
 * Pages that cannot be read or cleaned go to the dead-letter topic with the reason.
 */
public final class ArchiveReplay {

    private static final Logger log = LoggerFactory.getLogger(ArchiveReplay.class);

    /** What a replay did: pages read, articles published, and failures by reason. */
    public record Summary(int pages, int articles, Map<String, Integer> failures) {
    }

    private final ArticleCleaner cleaner;
    private final HtmlDecoder decoder = new HtmlDecoder();
    private final ArticlePublisher publisher;
    private final Clock clock;

    public ArchiveReplay(ArticleCleaner cleaner, ArticlePublisher publisher, Clock clock) {
        this.cleaner = cleaner;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Summary replay(Path directory) {
        HtmlArchive archive = new HtmlArchive(directory);
        List<Path> files;
        try {
            files = archive.files();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list archive " + directory, e);
        }
        List<ArticleEvent> articles = new ArrayList<>();
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        Map<String, Integer> failures = new TreeMap<>();
        for (Path file : files) {
            String origin = "archive:" + file;
            try {
                articles.add(articleOf(archive.read(file), origin));
            } catch (PageTooLargeException e) {
                sends.add(fail(failures, file, origin, "too-large", e.getMessage()));
            } catch (IOException e) {
                sends.add(fail(failures, file, origin, "unreadable-file", e.toString()));
            } catch (NoArticleTextException e) {
                sends.add(fail(failures, file, origin, "no-article-text", e.getMessage()));
            } catch (RuntimeException e) {
                sends.add(fail(failures, file, origin, "unreadable-html", e.toString()));
            }
        }
        articles.sort(Comparator.comparing((ArticleEvent a) -> a.published() == null ? Instant.MAX
                : a.published().toInstant()).thenComparing(ArticleEvent::id));
        for (ArticleEvent article : articles) {
            sends.add(publisher.publish(article));
        }
        publisher.flush(sends);
        log.info("replayed {}: {} pages, {} articles, failures {}", directory, files.size(), articles.size(), failures);
        return new Summary(files.size(), articles.size(), failures);
    }

    private ArticleEvent articleOf(ArchivedPage page, String origin) {
        CleanedArticle cleaned = cleaner.clean(decoder.parse(page));
        if (cleaned.text().isBlank()) {
            throw new NoArticleTextException("no article text found in " + page.path());
        }
        return ArticleEvents.of(cleaned, null, origin, clock.instant());
    }

    private Future<RecordMetadata> fail(Map<String, Integer> failures, Path file, String origin, String reason,
                                        String error) {
        failures.merge(reason, 1, Integer::sum);
        log.warn("{}: {} ({})", file, reason, error);
        return publisher.deadLetter(DeadLetter.of("ingest", origin, -1, -1, HtmlArchive.idOf(file), reason, error,
                null, clock.instant()));
    }

    /** A page that parsed but held no article text: a section front, a login wall, an empty shell. */
    private static final class NoArticleTextException extends RuntimeException {
        NoArticleTextException(String message) {
            super(message);
        }
    }
}
