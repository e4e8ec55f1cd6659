package dev.newsflow.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.newsflow.app.config.FetchOptions;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.serde.Json;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.fetch.FetchException;
import dev.newsflow.ingest.fetch.FetchedPage;
import dev.newsflow.ingest.fetch.HostPoliteness;
import dev.newsflow.ingest.fetch.PageFetcher;
import dev.newsflow.ingest.page.PageCleaning;
import dev.newsflow.ingest.page.PageRejectedException;
import dev.newsflow.ingest.warc.WarcRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow fetch URL...}: fetch and clean pages with every live-ingestion rule (robots.txt,
 * politeness, the private-address guard, size and time limits) and no broker; one JSON object per
 * URL on standard output, the article or why there is none.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetch URLs politely and safely, clean them, print one JSON object per URL:",
                "the article, or {\"url\":…, \"error\":…, \"reason\":…} (robots, blocked-address, too-large, timeout, "
                        + "http-404, redirect-loop, not-html, no-article-text …). No Kafka needed.",
                "Exit status: 0 when every URL gave an article, 1 otherwise."})
final class FetchCommand implements Callable<Integer> {

    @Mixin
    FetchOptions fetch;

    @Option(names = "--warc-out", paramLabel = "DIR", description = "Also write every response to WARC files in DIR.")
    java.nio.file.Path warcOut;

    @Parameters(arity = "1..*", paramLabel = "URL", description = "Pages to fetch.")
    List<String> urls;

    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() {
        PageCleaning cleaning = new PageCleaning(new ArticleCleaner());
        int failed = 0;
        WarcRecorder recorder = warcOut == null ? null : new WarcRecorder(warcOut);
        try (PageFetcher fetcher = new PageFetcher(fetch.settings(), new HostPoliteness(),
                recorder == null ? dev.newsflow.ingest.fetch.ExchangeRecorder.NONE : recorder, Clock.systemUTC())) {
            for (String url : urls) {
                try {
                    FetchedPage page = fetcher.fetch(url);
                    ArticleEvent article = cleaning.clean(url, page.finalUrl(), page.contentType(), page.body(),
                            page.fetchedAt(), "http");
                    out.println(Json.writeString(article));
                } catch (FetchException e) {
                    failed++;
                    out.println(error(url, e.reason(), e.getMessage()));
                } catch (PageRejectedException e) {
                    failed++;
                    out.println(error(url, e.reason(), e.getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 130;
                }
            }
        } finally {
            if (recorder != null) {
                recorder.close();
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static String error(String url, String reason, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("url", url);
        error.put("error", message);
        error.put("reason", reason);
        return Json.writeString(error);
    }
}
