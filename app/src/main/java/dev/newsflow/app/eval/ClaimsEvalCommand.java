package dev.newsflow.app.eval;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.newsflow.app.nlp.ArticleFiles;
import dev.newsflow.enrich.claims.ClaimExtractor;
import dev.newsflow.enrich.claims.ClaimModels;
import dev.newsflow.enrich.claims.TroopClaim;
import dev.newsflow.enrich.claims.eval.GoldFile;
import dev.newsflow.enrich.claims.eval.GoldScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow eval claims GOLD.jsonl DIR}. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Score claim extraction: a claim matches a gold claim of the same file with the same count.",
                "Prints precision, recall, F1 and the accuracy of each field over matched claims.",
                "Files are looked up by base name under DIR (recursively) and read as `newsflow extract` reads them.",
                "With --against, a second annotator's rows are scored instead of the extractor: how far two",
                "people agree, the ceiling of any extractor's score."})
public final class ClaimsEvalCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "Gold rows (claims and non_claim rows).")
    Path gold;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DIR",
            description = "Directory holding the annotated files (not needed with --against).")
    Path dir;

    @Option(names = "--against", paramLabel = "SECOND.jsonl",
            description = "Score a second, independent annotation of the same files instead of the extractor.")
    Path against;

    @Option(names = "--verbose", description = "List field differences, misses and false positives.")
    boolean verbose;

    @Option(names = "--models", paramLabel = "DIR",
            description = {"Use the model tables in DIR (as written by `newsflow train claims`) instead of the bundled ones;",
                    "a table missing from DIR leaves that decision to the grammar."})
    Path models;

    @Option(names = "--grammar-only", description = "Use the phrase grammar alone, without the learned models.")
    boolean grammarOnly;

    @Option(names = "--threshold", description = "Probability above which the figure model takes a figure (default: "
            + ClaimModels.DEFAULT_THRESHOLD + ").")
    Double threshold;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        GoldFile goldFile = GoldFile.read(gold);
        if (against != null) {
            GoldScorer agreement = GoldScorer.score(goldFile, GoldFile.read(against).asFound(goldFile.files()));
            out.print(agreement.report(verbose));
            return 0;
        }
        if (dir == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing DIR (or --against SECOND.jsonl)");
        }
        Map<String, Path> byName = ArticleFiles.byBaseName(dir);
        ClaimModels chosen = grammarOnly ? ClaimModels.none()
                : models == null ? ClaimModels.bundled() : ClaimModels.read(models);
        if (threshold != null) {
            chosen = chosen.withThreshold(threshold);
        }
        ClaimExtractor extractor = ClaimExtractor.withModels(chosen);
        ArticleFiles files = new ArticleFiles();
        Map<String, List<TroopClaim>> extracted = new LinkedHashMap<>();
        for (String file : goldFile.files()) {
            Path p = byName.get(file);
            if (p != null) {
                ArticleFiles.ArticleText a = files.read(p);
                extracted.put(file, extractor.extract(a.title(), a.text(), a.published()));
            }
        }
        GoldScorer score = GoldScorer.score(goldFile, extracted);
        out.print(score.report(verbose));
        return score.unreadFiles().size() == goldFile.files().size() && !goldFile.files().isEmpty() ? 1 : 0;
    }
}
