package dev.newsflow.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.admin.Admin;

import dev.newsflow.app.config.KafkaOptions;
import dev.newsflow.events.topics.TopicProvisioner;
import dev.newsflow.ingest.archive.HtmlArchive;
import dev.newsflow.ingest.page.PageCleaning;
import dev.newsflow.ingest.warc.WarcReplay;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.publish.ArticlePublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow ingest}: clean an archive of HTML pages into newsflow.articles. */
@Command(name = "ingest", mixinStandardHelpOptions = true, subcommands = LiveIngestCommand.class,
        description = {"Replay a directory of .html/.html.gz pages into newsflow.articles, in publication order.",
                "`newsflow ingest live …` runs live ingestion from feeds, sitemaps and URL lists."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--archive", paramLabel = "DIR", description = "Directory of archived pages (required "
            + "unless a subcommand is given).")
    Path archive;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (archive == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required option: '--archive=DIR' (or use `newsflow ingest live`)");
        }
        var env = Env.variables();
        String bootstrap = kafka.bootstrapServers(env);
        try (Admin admin = Admin.create(java.util.Map.of("bootstrap.servers", bootstrap))) {
            new TopicProvisioner(admin).ensureAll();
        }
        try (ArticlePublisher publisher = ArticlePublisher.connect(bootstrap, kafka.settings(env))) {
            WarcReplay.Summary summary = new WarcReplay(new PageCleaning(new ArticleCleaner()), publisher,
                    Clock.systemUTC(), HtmlArchive.DEFAULT_MAX_BYTES, WarcReplay.Progress.NONE)
                    .replay(java.util.List.of(archive));
            System.err.printf("ingest: %d pages, %d articles published, failures %s%n",
                    summary.pages(), summary.articles(), summary.failures());
            return summary.articles() == 0 && summary.pages() > 0 ? 1 : 0;
        }
    }
}
