package dev.newsflow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import dev.newsflow.enrich.claims.ClaimExtractor;
import dev.newsflow.enrich.claims.TroopClaim;
import dev.newsflow.enrich.entities.CoreNlpEntityRecognizer;
import dev.newsflow.enrich.stream.ArticleEnrichment;
import dev.newsflow.enrich.stream.ClaimEvents;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.EnrichedArticle;

/**
 * Throughput of the enrich NLP per thread: one operation is one article (title + body) through the claim
 * extractor, the articles taken round-robin from {@code dir} ({@code .txt} files, whole file as body, as
 * {@code newsflow extract} reads them). ops/s = articles/s per thread.
 *
 * <pre>java -jar bench/target/benchmarks.jar EnrichNlpBenchmark -p dir=../shared/seeds</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EnrichNlpBenchmark {

    /** A directory of .txt articles (default: the five seeds in ../shared). */
    @Param("../shared/seeds")
    public String dir;

    private ClaimExtractor extractor;
    private ArticleEnrichment enrichment;
    private List<String> texts;
    private int next;

    @Setup
    public void setUp() throws IOException {
        extractor = ClaimExtractor.withDefaultRules();
        enrichment = new ArticleEnrichment(new ClaimEvents(extractor), new CoreNlpEntityRecognizer());
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(EnrichNlpBenchmark::read).toList();
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no .txt articles in " + Path.of(dir).toAbsolutePath());
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Claims of one article. */
    @Benchmark
    public List<TroopClaim> claims() {
        return extractor.extract(null, nextText());
    }

    /** The whole enrich NLP on one article, as the topology runs it: entities (CoreNLP) and claims. */
    @Benchmark
    public EnrichedArticle claimsAndEntities() {
        String text = nextText();
        return enrichment.of(new ArticleEvent(ArticleEvent.SCHEMA_VERSION, "bench", null, null, "bench", null, null,
                null, "en", text, null, "bench", null));
    }

    private String nextText() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return text;
    }
}
