package dev.newsflow.bench;

import dev.newsflow.ingest.archive.ArchivedPage;
import dev.newsflow.ingest.archive.HtmlArchive;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.clean.CleanedArticle;
import dev.newsflow.ingest.clean.HtmlDecoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Article cleaning over a directory of pages (default: the article-extraction benchmark's 181
 * pages), single-threaded; each operation is one page, so the score is the mean time per page.
 * {@code parseAndClean} is what the pipeline does per page; {@code parse} is jsoup alone and
 * {@code clean} the cleaner alone on pre-parsed documents. Per-page medians come from
 * {@code newsflow eval aeb}.
 *
 * <pre>java -jar bench/target/benchmarks.jar CleanerBenchmark -p dir=../shared/bench/aeb/html</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class CleanerBenchmark {

    /** Pages per operation batch: one pass over the directory. */
    static final int PAGES = 181;

    @Param("../shared/bench/aeb/html")
    public String dir;

    private List<ArchivedPage> pages;
    private Document[] parsed;
    private final HtmlDecoder decoder = new HtmlDecoder();
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Setup(Level.Trial)
    public void load() throws IOException {
        List<ArchivedPage> all = new HtmlArchive(Path.of(dir)).readAll();
        if (all.isEmpty()) {
            throw new IllegalStateException("no .html/.html.gz pages under " + Path.of(dir).toAbsolutePath());
        }
        // a fixed number of pages per operation keeps @OperationsPerInvocation exact
        pages = new java.util.ArrayList<>(PAGES);
        for (int i = 0; i < PAGES; i++) {
            pages.add(all.get(i % all.size()));
        }
        parsed = new Document[PAGES];
        for (int i = 0; i < PAGES; i++) {
            parsed[i] = decoder.parse(pages.get(i).bytes(), "http://example.com/");
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void parseAndClean(Blackhole bh) {
        for (ArchivedPage page : pages) {
            CleanedArticle a = cleaner.clean(decoder.parse(page.bytes(), "http://example.com/"));
            bh.consume(a);
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void parse(Blackhole bh) {
        for (ArchivedPage page : pages) {
            bh.consume(decoder.parse(page.bytes(), "http://example.com/"));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void clean(Blackhole bh) {
        for (Document doc : parsed) {
            bh.consume(cleaner.clean(doc));
        }
    }
}
