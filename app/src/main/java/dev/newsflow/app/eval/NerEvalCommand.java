package dev.newsflow.app.eval;

import dev.newsflow.enrich.entities.ConllTagger;
import dev.newsflow.enrich.entities.CoreNlpEntityRecognizer;
import dev.newsflow.enrich.entities.conll.ConllReader;
import dev.newsflow.enrich.entities.conll.NerScorer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsflow eval ner FILE}: entity-level P/R/F1 per type on CoNLL data. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score the entity recognizer on a CoNLL file (token first, gold tag last; "
                + "-DOCSTART- separates documents): entity-level precision, recall and F1 per type.")
public final class NerEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "CoNLL-format file, e.g. ../shared/conll2003/eng.testa")
    Path file;

    @Option(names = "--no-consistency", description = "Skip the document-level label consistency pass.")
    boolean noConsistency;

    @Option(names = "--no-gazetteer", description = "Skip the gazetteer pass.")
    boolean noGazetteer;

    @Option(names = "--no-cues", description = "Skip the context-cue pass (\"the town of X\", \"X province\").")
    boolean noCues;

    @Override
    public Integer call() throws Exception {
        List<ConllReader.Document> docs = ConllReader.read(file);
        CoreNlpEntityRecognizer recognizer = new CoreNlpEntityRecognizer(
                new CoreNlpEntityRecognizer.Options(!noConsistency, !noGazetteer, !noCues));
        CoreNlpEntityRecognizer.warmUp();
        long t0 = System.nanoTime();
        NerScorer scorer = new ConllTagger(recognizer).score(docs);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d documents, %d tokens; consistency %s, gazetteer %s, cues %s%n",
                file, docs.size(), scorer.tokens(), onOff(!noConsistency), onOff(!noGazetteer), onOff(!noCues));
        System.out.print(scorer.report());
        System.out.printf(Locale.ROOT, "tagged in %.1f s (%.0f tokens/s, one thread, after model load)%n",
                seconds, scorer.tokens() / seconds);
        return 0;
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
