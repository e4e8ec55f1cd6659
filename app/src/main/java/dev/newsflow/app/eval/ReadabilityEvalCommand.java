package dev.newsflow.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.clean.CleanedArticle;
import dev.newsflow.ingest.clean.HtmlDecoder;
import dev.newsflow.ingest.eval.AebScorer;
import dev.newsflow.ingest.eval.ReadabilityScorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow eval readability DIR}: Mozilla Readability's test pages ({@code DIR/<case>/source.html},
 * {@code expected.html}, {@code expected-metadata.json}); title, byline and published-time match
 * rates, and body-text shingle precision/recall/F1 against the text of {@code expected.html}.
 */
@Command(name = "readability", mixinStandardHelpOptions = true,
        description = "Score metadata and body text on Mozilla Readability's test pages.")
final class ReadabilityEvalCommand implements Callable<Integer> {

    /** The base URI Readability's own tests parse their pages with. */
    static final String BASE_URI = "http://fakehost/test/page.html";

    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = {"-v", "--verbose"}, description = "Print each page's metadata mismatches and body F1.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(dir)) {
            cases = list.filter(d -> Files.isRegularFile(d.resolve("source.html"))).sorted(Comparator.naturalOrder()).toList();
        }
        ObjectMapper json = new ObjectMapper();
        HtmlDecoder decoder = new HtmlDecoder();
        ArticleCleaner cleaner = new ArticleCleaner();
        ReadabilityScorer scorer = new ReadabilityScorer();
        for (Path c : cases) {
            String id = c.getFileName().toString();
            JsonNode meta = Files.isRegularFile(c.resolve("expected-metadata.json"))
                    ? json.readTree(c.resolve("expected-metadata.json").toFile()) : json.createObjectNode();
            String expectedText = Files.isRegularFile(c.resolve("expected.html"))
                    ? Jsoup.parse(Files.readString(c.resolve("expected.html"))).text() : "";
            CleanedArticle a = cleaner.clean(decoder.parse(Files.readAllBytes(c.resolve("source.html")), BASE_URI));
            scorer.add(id, text(meta, "title"), a.title(), text(meta, "byline"), a.byline(),
                    text(meta, "publishedTime"), a.published(), expectedText, a.text());
            if (verbose) {
                AebScorer.Page p = scorer.bodyScorer().pages().get(scorer.bodyScorer().pages().size() - 1);
                System.out.printf("%-50s body P %.3f R %.3f | title %s | byline %s | published %s%n", id,
                        p.match().precision(), p.match().recall(),
                        show(text(meta, "title"), a.title()), show(text(meta, "byline"), a.byline()),
                        show(text(meta, "publishedTime"), a.published() == null ? null : a.published().toString()));
            }
        }
        ReadabilityScorer.Result r = scorer.result();
        System.out.printf("Readability %d pages%n", r.title().pages());
        print("title", r.title());
        print("byline", r.byline());
        print("published", r.published());
        AebScorer.Result b = r.body();
        System.out.printf("  body text    precision %.4f  recall %.4f  F1 %.4f  accuracy %.4f%n",
                b.precision(), b.recall(), b.f1(), b.accuracy());
        return 0;
    }

    private static void print(String name, ReadabilityScorer.Field f) {
        System.out.printf("  %-12s exact %.3f  normalised %.3f  (%d pages)%n", name, f.exactRate(), f.normalisedRate(), f.pages());
    }

    private static String show(String expected, String actual) {
        return ReadabilityScorer.normalise(expected).equals(ReadabilityScorer.normalise(actual)) ? "ok"
                : "'" + expected + "' vs '" + actual + "'";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
