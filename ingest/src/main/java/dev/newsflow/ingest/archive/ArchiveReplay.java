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
    private final ArticlePublisher publisher;
    private final Clock clock;

    public ArchiveReplay(ArticleCleaner cleaner, ArticlePublisher publisher, Clock clock) {
        this.cleaner = cleaner;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Summary replay(Path directory) {
        List<ArchivedPage> pages;
        try {
            pages = HtmlArchive.list(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read archive " + directory, e);
        }
        List<ArticleEvent> articles = new ArrayList<>();
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        Map<String, Integer> failures = new TreeMap<>();
        for (ArchivedPage page : pages) {
            String origin = "archive:" + page.path();
            try {
                CleanedArticle cleaned = cleaner.clean(HtmlDecoder.parse(page));
                if (cleaned.text().isBlank()) {
                    throw new IllegalArgumentException("no article text found");
                }
                articles.add(ArticleEvents.of(cleaned, null, origin, clock.instant()));
            } catch (RuntimeException e) {
                String reason = e.getMessage() != null && e.getMessage().startsWith("no article text")
                        ? "no-article-text" : "unreadable-html";
                failures.merge(reason, 1, Integer::sum);
                log.warn("{}: {} ({})", page.path(), reason, e.getMessage());
                sends.add(publisher.deadLetter(DeadLetter.of("ingest", origin, -1, -1, page.id(), reason,
                        String.valueOf(e.getMessage()), null, Instant.now(clock))));
            }
        }
        articles.sort(Comparator.comparing((ArticleEvent a) -> a.published() == null ? Instant.MAX
                : a.published().toInstant()).thenComparing(ArticleEvent::id));
        for (ArticleEvent article : articles) {
            sends.add(publisher.publish(article));
        }
        publisher.flush(sends);
        log.info("replayed {}: {} pages, {} articles, failures {}", directory, pages.size(), articles.size(), failures);
        return new Summary(pages.size(), articles.size(), failures);
    }
}
