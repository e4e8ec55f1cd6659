package dev.newsflow.app.nlp;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.newsflow.app.config.ClaimOptions;
import dev.newsflow.enrich.claims.ClaimExtractor;
import dev.newsflow.enrich.claims.TroopClaim;
import dev.newsflow.enrich.entities.CoreNlpEntityRecognizer;
import dev.newsflow.enrich.entities.EntityRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow extract}: troop-count claims (and, with {@code --entities}, named entities) from
 * text and HTML files, one JSON object per line on standard output. No broker needed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract troop-count claims from .txt, .md, .html and .html.gz files (directories: recursively).",
                "Prints one JSON object per claim: file, count, count_low, count_high, qualifier, unit, actor, "
                        + "location, status, source, sentence, hedged.",
                ".txt/.md files are read whole as the body (headings are body sentences); HTML is cleaned first."})
public final class ExtractCommand implements Callable<Integer> {

    /** Output formats; jsonl is the only one so far. */
    public enum Format { jsonl }

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES} (default).")
    Format format;

    @Option(names = "--entities", description = "Also print one object per article: {\"file\", \"entities\": […]}.")
    boolean entities;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths;

    @Mixin
    ExtractConllOption conll;

    @Mixin
    ClaimOptions claims;

    @Override
    public Integer call() throws Exception {
        if (conll.isSet()) {
            return conll.run();
        }
        if (paths == null || paths.isEmpty()) {
            System.err.println("newsflow extract: give at least one PATH, or --conll FILE");
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        EntityRecognizer recognizer = entities ? new CoreNlpEntityRecognizer() : null;
        ClaimExtractor extractor = claims.extractor();
        ArticleFiles files = new ArticleFiles();
        ObjectMapper json = new ObjectMapper();
        int failures = 0;
        for (Path p : ArticleFiles.expand(paths)) {
            ArticleFiles.ArticleText article;
            try {
                article = files.read(p);
            } catch (Exception e) {
                System.err.println("newsflow extract: cannot read " + p + ": " + e);
                failures++;
                continue;
            }
            try {
                if (recognizer != null) {
                    out.println(json.writeValueAsString(ClaimRows.entities(article.file(),
                            article.title() == null ? List.of() : recognizer.recognize(article.title()),
                            recognizer.recognize(article.text()))));
                }
                for (TroopClaim c : extractor.extract(article.title(), article.text(), article.published())) {
                    out.println(json.writeValueAsString(ClaimRows.claim(article.file(), c)));
                }
            } catch (RuntimeException e) {
                // one text the grammar cannot read must not cost the others their claims
                System.err.println("newsflow extract: cannot extract from " + p + ": " + e);
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
