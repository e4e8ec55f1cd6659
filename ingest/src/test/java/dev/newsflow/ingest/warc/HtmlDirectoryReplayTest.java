package dev.newsflow.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.broker.junit.KafkaBackend;
import dev.newsflow.broker.junit.KafkaExtension;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.topics.TopicProvisioner;
import dev.newsflow.events.topics.Topics;
import dev.newsflow.ingest.archive.HtmlArchive;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.page.PageCleaning;
import dev.newsflow.ingest.TestResources;
import dev.newsflow.ingest.TopicProbe;
import dev.newsflow.ingest.publish.ArticlePublisher;

/**
 * Replay of a directory of HTML pages on a real broker: good pages become articles in publication order,
 * bad ones dead letters.
 */
@ExtendWith(KafkaExtension.class)
class HtmlDirectoryReplayTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void goodPagesArePublishedInPublicationOrderAndBadOnesGoToTheDeadLetterTopic(KafkaBackend kafka,
                                                                                  @TempDir Path dir) throws Exception {
        Path archive = TestResources.resource("archive");
        // newest first by file name, so order must come from the publication dates
        Files.copy(archive.resolve("004_9f1657411fcad977.html"), dir.resolve("a-2024-11.html"));
        Files.copy(archive.resolve("003_ce3c4f6a4555c1bb.html"), dir.resolve("b-2024-10.html"));
        Files.copy(archive.resolve("001_245ba4d83e86a3f6.html"), dir.resolve("c-2023-04.html"));
        Files.writeString(dir.resolve("empty.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        Files.write(dir.resolve("junk.html"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0});

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            new TopicProvisioner(admin).ensureAll();
        }
        Map<TopicPartition, Long> articlesBefore = endOffsets(kafka, Topics.ARTICLES.name());
        Map<TopicPartition, Long> dlqBefore = endOffsets(kafka, Topics.DLQ.name());

        WarcReplay.Summary summary;
        try (ArticlePublisher publisher = ArticlePublisher.connect(kafka.bootstrapServers(), Map.of())) {
            summary = replay(publisher, dir);
        }

        assertThat(summary.pages()).isEqualTo(5);
        assertThat(summary.articles()).isEqualTo(3);
        // a page of furniture has no article text; junk bytes are not HTML at all
        assertThat(summary.failures()).isEqualTo(Map.of("no-article-text", 1, "not-html", 1));

        List<ConsumerRecord<String, byte[]>> articles = readNew(kafka, Topics.ARTICLES.name(), articlesBefore, 3);
        assertThat(articles).hasSize(3);
        List<ArticleEvent> events = articles.stream()
                .map(r -> Json.read(r.value(), ArticleEvent.class, 1)).toList();
        assertThat(events).extracting(e -> e.published().getYear()).containsExactly(2023, 2024, 2024);
        assertThat(events.get(1).published()).isBefore(events.get(2).published());
        assertThat(articles).allSatisfy(record -> {
            ArticleEvent event = Json.read(record.value(), ArticleEvent.class, 1);
            assertThat(record.key()).isEqualTo(event.id());
            assertThat(record.timestamp()).isEqualTo(event.published().toInstant().toEpochMilli());
            assertThat(event.fetchedAt()).isEqualTo(CLOCK.instant());
        });

        List<DeadLetter> letters = readNew(kafka, Topics.DLQ.name(), dlqBefore, 2).stream()
                .map(r -> Json.read(r.value(), DeadLetter.class, 1)).toList();
        assertThat(letters).extracting(DeadLetter::key, DeadLetter::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("empty", "no-article-text"),
                org.assertj.core.groups.Tuple.tuple("junk", "not-html"));
        assertThat(letters).allSatisfy(letter -> {
            assertThat(letter.stage()).isEqualTo("ingest");
            assertThat(letter.sourceTopic()).startsWith("archive:").contains(dir.toString());
        });
    }

    @Test
    void replayingTheSameArchiveTwiceKeepsArticleIds(KafkaBackend kafka) throws Exception {
        Path archive = TestResources.resource("archive");
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (List<String> ids : List.of(first, second)) {
            Map<TopicPartition, Long> before = endOffsets(kafka, Topics.ARTICLES.name());
            try (ArticlePublisher publisher = ArticlePublisher.connect(kafka.bootstrapServers(), Map.of())) {
                replay(publisher, archive);
            }
            readNew(kafka, Topics.ARTICLES.name(), before, 5).forEach(r -> ids.add(r.key()));
        }
        assertThat(second).hasSize(5).containsExactlyInAnyOrderElementsOf(first);
    }

    private static WarcReplay.Summary replay(ArticlePublisher publisher, Path directory) {
        return new WarcReplay(new PageCleaning(new ArticleCleaner()), publisher, CLOCK, HtmlArchive.DEFAULT_MAX_BYTES,
                WarcReplay.Progress.NONE).replay(List.of(directory));
    }

    /** Where each partition ends now (see {@link TopicProbe}). */
    private static Map<TopicPartition, Long> endOffsets(KafkaBackend kafka, String topic) {
        return TopicProbe.endOffsets(kafka, topic);
    }

    /** The records written after {@code from}, ordered by record timestamp. */
    private static List<ConsumerRecord<String, byte[]>> readNew(KafkaBackend kafka, String topic,
                                                               Map<TopicPartition, Long> from, int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(TopicProbe.readNew(kafka, from, expected));
        records.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
        return records;
    }
}
