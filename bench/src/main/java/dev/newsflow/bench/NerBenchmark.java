package dev.newsflow.bench;

import dev.newsflow.enrich.entities.CoreNlpEntityRecognizer;
import dev.newsflow.enrich.entities.conll.ConllReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Entity recognition throughput in tokens per second per thread over the documents of a CoNLL
 * file (e.g. CoNLL-2003 eng.testa, which stays outside the repository). One operation is one
 * token, so JMH's ops/s is tokens/s; run with {@code -t N} for N threads sharing one model.
 *
 * <ul>
 *   <li>{@code text}: the production path, {@code recognize(String)}: CoreNLP tokenize, ssplit,
 *       NER, document passes and linking over each document's text (tokens joined by spaces,
 *       sentences by newlines);</li>
 *   <li>{@code tokens}: the CRF and document passes on the given tokens (what eval ner scores).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class NerBenchmark {

    @Param("../shared/conll2003/eng.testa")
    public String path;

    @Param({"all", "crf"})
    public String passes;

    private List<ConllReader.Document> docs;
    private List<String> texts;
    private CoreNlpEntityRecognizer recognizer;

    /** Tokens in the file: the operations in one invocation. */
    public static final int TOKENS_TESTA = 51_362;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        docs = ConllReader.read(Path.of(path));
        int tokens = docs.stream().mapToInt(ConllReader.Document::tokenCount).sum();
        if (tokens != TOKENS_TESTA) {
            throw new IllegalStateException(path + " has " + tokens + " tokens; @OperationsPerInvocation assumes "
                    + TOKENS_TESTA + " (eng.testa): adjust it for another file");
        }
        texts = docs.stream().map(d -> String.join("\n", d.words().stream().map(s -> String.join(" ", s)).toList()))
                .toList();
        recognizer = new CoreNlpEntityRecognizer(passes.equals("all")
                ? CoreNlpEntityRecognizer.Options.ALL : CoreNlpEntityRecognizer.Options.CRF_ONLY);
        CoreNlpEntityRecognizer.warmUp();
    }

    @Benchmark
    @OperationsPerInvocation(TOKENS_TESTA)
    public void text(Blackhole bh) {
        for (String t : texts) {
            bh.consume(recognizer.recognize(t));
        }
    }

    @Benchmark
    @OperationsPerInvocation(TOKENS_TESTA)
    public void tokens(Blackhole bh) {
        for (ConllReader.Document d : docs) {
            bh.consume(recognizer.tag(d.words()));
        }
    }
}
