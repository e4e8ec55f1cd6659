package dev.newsflow.app.train;

import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.newsflow.app.nlp.ArticleFiles;
import dev.newsflow.enrich.claims.ClaimExtractor;
import dev.newsflow.enrich.claims.ClaimModels;
import dev.newsflow.enrich.claims.LinearModel;
import dev.newsflow.enrich.claims.eval.ClaimModelTrainer;
import dev.newsflow.enrich.claims.eval.GoldFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsflow train claims --out DIR GOLD.jsonl TEXTS [GOLD.jsonl TEXTS ...]}: fits the figure and actor
 * models ({@link ClaimModels}) on hand-annotated articles and writes their tables into DIR.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Fit the claim models on annotated articles: pairs of a gold file and the directory of its texts.",
                "Writes figure-, actor- and status-model.tsv into --out. To ship them, train on every annotated set",
                "into enrich/src/main/resources/dev/newsflow/enrich/claims; to measure them, train without a set and",
                "run `newsflow eval claims --models DIR` on it."})
public final class ClaimsTrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GOLD.jsonl TEXTS", arity = "2..*",
            description = "Gold file, then the directory of its texts; repeat for more sets.")
    List<Path> sets;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the model tables.")
    Path out;

    @Option(names = "--sigma", defaultValue = "1.0",
            description = "Standard deviation of the Gaussian prior on the weights (default: ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--prior", paramLabel = "DIR|bundled",
            description = {"Start from these model tables (a directory --out wrote, or `bundled` for those in the jar)",
                    "and pull the weights towards them instead of towards zero: new sets adjust the earlier fit."})
    String prior;

    @Override
    public Integer call() throws Exception {
        if (sets.size() % 2 != 0) {
            throw new ParameterException(spec.commandLine(), "expected pairs of GOLD.jsonl TEXTS, got " + sets.size() + " paths");
        }
        PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ClaimExtractor grammar = ClaimExtractor.withModels(ClaimModels.none());
        ArticleFiles files = new ArticleFiles();
        ClaimModelTrainer trainer = new ClaimModelTrainer();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sets.size(); i += 2) {
            GoldFile gold = GoldFile.read(sets.get(i));
            names.add(sets.get(i).getFileName().toString());
            Map<String, Path> byName = ArticleFiles.byBaseName(sets.get(i + 1));
            for (String name : gold.files()) {
                Path p = byName.get(name);
                if (p != null) {
                    ArticleFiles.ArticleText a = files.read(p);
                    trainer.add(gold, name, grammar.examples(a.title(), a.text()));
                }
            }
        }
        ClaimModels start = prior == null ? ClaimModels.none()
                : prior.equals("bundled") ? ClaimModels.bundled() : ClaimModels.read(Path.of(prior));
        ClaimModels models = trainer.train(sigma, ClaimModels.DEFAULT_THRESHOLD, start);
        Files.createDirectories(out);
        write(models.figures(), out.resolve(ClaimModels.FIGURES), "Figure model: is a figure the grammar passed over a troop count?",
                trainer.figures().examples(), trainer.figures().labels(), names);
        write(models.actors(), out.resolve(ClaimModels.ACTORS),
                "Actor model: which side named nearby is the claim's actor? A ranking: the highest weight sum wins.",
                trainer.actors().examples(), trainer.actors().labels(ClaimModels.ACTOR), names);
        write(models.statuses(), out.resolve(ClaimModels.STATUSES), "Status model: the status of a claim.",
                trainer.statuses().examples(), trainer.statuses().labels(), names);
        log.printf(Locale.ROOT, "figures %s, actor candidates %s, statuses %s, from %s; wrote %s%n",
                trainer.figures().labels(), trainer.actors().labels(ClaimModels.ACTOR), trainer.statuses().labels(),
                String.join(", ", names), out);
        return 0;
    }

    private void write(LinearModel model, Path path, String what, int examples, Map<String, Integer> labels,
                       List<String> names) throws java.io.IOException {
        if (model == null) {
            System.err.println("not enough examples for " + path.getFileName() + " " + labels + "; not written");
            return;
        }
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            model.write(w, String.format(Locale.ROOT, "%s Logistic weights over ClaimFeatures (label, feature, weight),%n"
                    + "written by `newsflow train claims --sigma %.2f%s` from %d examples %s%nin %s.%s", what, sigma,
                    prior == null ? "" : " --prior " + prior, examples, labels, String.join(", ", names),
                    priorHeader(path.getFileName().toString())));
        }
    }

    /** What the prior table's header said of its own fit, so a table says every set it rests on. */
    private String priorHeader(String table) throws java.io.IOException {
        if (prior == null) {
            return "";
        }
        List<String> lines;
        if (prior.equals("bundled")) {
            try (var in = LinearModel.openBundled(table)) {
                if (in == null) {
                    return "";
                }
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        } else {
            Path file = Path.of(prior).resolve(table);
            if (!Files.exists(file)) {
                return "";
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        StringBuilder header = new StringBuilder(String.format("%nIts prior, the table it started from:"));
        lines.stream().takeWhile(l -> l.startsWith("#"))
                .forEach(l -> header.append(String.format("%n  ")).append(l.substring(1).strip()));
        return header.toString();
    }
}
