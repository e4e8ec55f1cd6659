package dev.newsflow.app.nlp;

import dev.newsflow.enrich.entities.ConllTagger;
import dev.newsflow.enrich.entities.CoreNlpEntityRecognizer;
import dev.newsflow.enrich.entities.conll.ConllReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --conll FILE} option of {@code newsflow extract}, as a picocli mixin: tags a CoNLL
 * file and writes {@code token gold predicted} per line (blank line between sentences), so any
 * scorer (conlleval, {@code newsflow eval ner}) can read the predictions.
 */
public final class ExtractConllOption {

    @Option(names = "--conll", paramLabel = "FILE",
            description = "Tag a CoNLL file (token first, gold tag last) and print 'token gold predicted' lines.")
    Path conll;

    /** Whether the option was given. */
    public boolean isSet() {
        return conll != null;
    }

    /** Tags the file and writes the result to standard output. */
    public int run() throws IOException {
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        new ConllTagger(new CoreNlpEntityRecognizer()).write(ConllReader.read(conll), out);
        out.flush();
        return 0;
    }
}
