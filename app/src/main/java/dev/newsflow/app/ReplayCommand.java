package dev.newsflow.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.admin.Admin;

import dev.newsflow.app.config.KafkaOptions;
import dev.newsflow.events.topics.TopicProvisioner;
import dev.newsflow.ingest.archive.HtmlArchive;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.page.PageCleaning;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.warc.WarcReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow replay PATH...}: WARC files and directories of HTML through the live cleaning
 * into {@code newsflow.articles}, with a progress line and a closing summary on standard error.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay WARC files (.warc, .warc.gz) and directories of .html/.html.gz pages through cleaning",
                "into newsflow.articles (publication order); unreadable pages go to newsflow.dlq with the reason."})
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--max-bytes", paramLabel = "BYTES", description = "Largest page accepted (default 20 MiB).")
    int maxBytes = HtmlArchive.DEFAULT_MAX_BYTES;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "WARC files, HTML files or directories of them.")
    List<Path> paths;

    @Override
    public Integer call() {
        var env = Env.variables();
        String bootstrap = kafka.bootstrapServers(env);
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            new TopicProvisioner(admin).ensureAll();
        }
        ProgressLine progress = new ProgressLine(System.err);
        WarcReplay.Summary summary;
        try (ArticlePublisher publisher = ArticlePublisher.connect(bootstrap, kafka.settings(env))) {
            summary = new WarcReplay(new PageCleaning(new ArticleCleaner()), publisher, Clock.systemUTC(), maxBytes,
                    progress).replay(paths);
        }
        progress.finish();
        System.err.printf("replay: %d pages, %d articles published, %d other records skipped, failures %s%n",
                summary.pages(), summary.articles(), summary.skipped(),
                summary.failures().isEmpty() ? "none" : summary.failures());
        return summary.articles() == 0 && summary.pages() > 0 ? 1 : 0;
    }
}
