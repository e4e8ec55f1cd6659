package dev.newsflow.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.ingest.archive.ArchivedPage;
import dev.newsflow.ingest.archive.HtmlArchive;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.clean.HtmlDecoder;
import dev.newsflow.ingest.eval.AebScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.jsoup.nodes.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow eval aeb DIR}: article-body precision, recall, F1 and accuracy on the
 * article-extraction benchmark ({@code DIR/html/<id>.html.gz}, {@code DIR/ground-truth.json}),
 * then single-threaded time per page after warm-up.
 */
@Command(name = "aeb", mixinStandardHelpOptions = true,
        description = "Score body extraction on the article-extraction benchmark (DIR holds html/ and ground-truth.json).")
final class AebEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = {"-v", "--verbose"}, description = "Print per-page precision and recall, worst F1 first.")
    boolean verbose;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Also write the extracted bodies as {id: {articleBody}} (the benchmark's output format).")
    Path predictions;

    @Option(names = "--warmup", defaultValue = "10", description = "Warm-up passes over all pages before timing (default ${DEFAULT-VALUE}; 0 skips timing).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed passes; a page's time is its median (default ${DEFAULT-VALUE}).")
    int rounds;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        JsonNode truth = json.readTree(dir.resolve("ground-truth.json").toFile());
        HtmlArchive archive = new HtmlArchive(dir.resolve("html"));
        List<ArchivedPage> pages = archive.readAll();
        HtmlDecoder decoder = new HtmlDecoder();
        ArticleCleaner cleaner = new ArticleCleaner();
        AebScorer scorer = new AebScorer();
        ObjectNode out = json.createObjectNode();
        List<ArchivedPage> scored = new ArrayList<>();
        for (ArchivedPage page : pages) {
            JsonNode t = truth.get(page.id());
            if (t == null) {
                continue;
            }
            scored.add(page);
            String text = cleaner.clean(decoder.parse(page.bytes(), t.path("url").asText(""))).text();
            scorer.add(page.id(), t.path("articleBody").asText(""), text);
            out.putObject(page.id()).put("articleBody", text);
        }
        if (predictions != null) {
            json.writerWithDefaultPrettyPrinter().writeValue(predictions.toFile(), out);
        }
        if (verbose) {
            scorer.pages().stream()
                    .sorted(Comparator.comparingDouble(p -> f1(p.match().precision(), p.match().recall())))
                    .forEach(p -> System.out.printf("%-66s P %.3f  R %.3f  F1 %.3f%s%n", p.id(),
                            p.match().precision(), p.match().recall(), f1(p.match().precision(), p.match().recall()),
                            p.exact() ? "  exact" : ""));
        }
        AebScorer.Result r = scorer.result();
        System.out.printf("AEB %d pages: precision %.4f  recall %.4f  F1 %.4f  accuracy %.4f%n",
                r.pages(), r.precision(), r.recall(), r.f1(), r.accuracy());
        if (warmup > 0 && rounds > 0) {
            time(scored, truth, decoder, cleaner);
        }
        return 0;
    }

    private void time(List<ArchivedPage> pages, JsonNode truth, HtmlDecoder decoder, ArticleCleaner cleaner) {
        int n = pages.size();
        long[][] parse = new long[n][rounds];
        long[][] clean = new long[n][rounds];
        long sink = 0;
        for (int round = -warmup; round < rounds; round++) {
            for (int i = 0; i < n; i++) {
                ArchivedPage page = pages.get(i);
                long t0 = System.nanoTime();
                Document doc = decoder.parse(page.bytes(), truth.get(page.id()).path("url").asText(""));
                long t1 = System.nanoTime();
                sink += cleaner.clean(doc).paragraphs().size();
                long t2 = System.nanoTime();
                if (round >= 0) {
                    parse[i][round] = t1 - t0;
                    clean[i][round] = t2 - t1;
                }
            }
        }
        double[] parseMs = new double[n];
        double[] cleanMs = new double[n];
        double[] totalMs = new double[n];
        for (int i = 0; i < n; i++) {
            long[] total = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                total[r] = parse[i][r] + clean[i][r];
            }
            parseMs[i] = Timing.medianOf(parse[i]);
            cleanMs[i] = Timing.medianOf(clean[i]);
            totalMs[i] = Timing.medianOf(total);
        }
        System.out.printf("time per page, single thread, after %d warm-up passes (%d timed, blackhole %d):%n",
                warmup, rounds, sink % 10);
        System.out.println("  parse (jsoup)       " + Timing.of(parseMs));
        System.out.println("  clean               " + Timing.of(cleanMs));
        System.out.println("  parse + clean       " + Timing.of(totalMs));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
