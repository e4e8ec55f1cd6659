package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.sun.net.httpserver.HttpServer;

import dev.newsflow.broker.junit.KafkaBackend;
import dev.newsflow.broker.junit.KafkaExtension;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.serde.Json;
import dev.newsflow.events.topics.Topics;
import picocli.CommandLine;

/** {@code newsflow ingest live --feed …} in-process: the feed's articles reach newsflow.articles; stop is clean. */
@ExtendWith(KafkaExtension.class)
class LiveIngestCommandTest {

    /** No troop counts: the broker is shared with the whole-pipeline test, whose enrich reads these articles too. */
    static final String PLAIN_TEXT = "<p>The city council approved the new library budget on Tuesday after a long debate"
            + " about opening hours, staffing and the renovation of the reading rooms.</p><p>Residents will be able to"
            + " comment on the plans at a public meeting next month, the mayor's office said in a statement.</p>";

    @Test
    void pollsAFeedAndPublishesItsArticles(KafkaBackend kafka) throws Exception {
        AtomicInteger feedPolls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:";
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            String self = base + server.getAddress().getPort();
            String body;
            String type = "text/html; charset=utf-8";
            int status = 200;
            if (path.equals("/feed.xml")) {
                feedPolls.incrementAndGet();
                type = "application/rss+xml";
                body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>" + self
                        + "/</link><description>d</description><item><link>" + self + "/a/1</link></item>"
                        + "<item><link>" + self + "/a/2?utm_source=rss</link></item></channel></rss>";
            } else if (path.startsWith("/a/")) {
                body = "<html lang=en><head><title>Story " + path + "</title></head><body><article><h1>Story</h1>"
                        + PLAIN_TEXT
                        + "</article></body></html>";
            } else {
                status = 404;
                type = "text/plain";
                body = "no";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        String self = base + server.getAddress().getPort();
        CommandLine cli = Newsflow.commandLine();
        LiveIngestCommand live = cli.getSubcommands().get("ingest").getSubcommands().get("live").getCommand();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread runner = new Thread(() -> exit.set(cli.execute("ingest", "live", "--bootstrap-servers",
                kafka.bootstrapServers(), "--feed", self + "/feed.xml", "--allow-host", "127.0.0.1",
                "--min-interval", "0s", "--poll-interval", "1h", "--group-id", "test-live-" + UUID.randomUUID())));
        List<ArticleEvent> articles = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            runner.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            List<TopicPartition> partitions = null;
            while (partitions == null && System.nanoTime() < deadline) {
                var infos = consumer.listTopics().get(Topics.ARTICLES.name());
                if (infos != null) {
                    partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                } else {
                    Thread.sleep(200);
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (articles.size() < 2 && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    ArticleEvent a = Json.read(r.value(), ArticleEvent.class, ArticleEvent.SCHEMA_VERSION);
                    if (a.url().startsWith(self)) {
                        articles.add(a);
                    }
                });
            }
        } finally {
            live.stop();
            runner.join(Duration.ofSeconds(60).toMillis());
            server.stop(0);
        }
        assertThat(articles).extracting(ArticleEvent::url)
                .containsExactlyInAnyOrder(self + "/a/1", self + "/a/2?utm_source=rss");
        assertThat(feedPolls.get()).isEqualTo(1);
        assertThat(runner.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
    }
}
