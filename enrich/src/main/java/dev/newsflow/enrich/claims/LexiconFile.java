package dev.newsflow.enrich.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one of the grammar's resource files: UTF-8, one entry per line, tab-separated columns,
 * {@code #} comments and blank lines ignored. Keeping the grammar in files lets linguists edit it
 * without touching Java, and lets a TokensRegex port reuse the same lists.
 */
final class LexiconFile {

    private static final String BASE = "/dev/newsflow/enrich/claims/";

    private LexiconFile() {
    }

    static List<String[]> rows(String name) {
        try (InputStream in = LexiconFile.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing grammar resource " + BASE + name);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t"));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** First column of the rows whose second column is {@code kind}. */
    static java.util.Set<String> words(String name, String kind) {
        return rows(name).stream().filter(r -> r.length > 1 && r[1].strip().equals(kind)).map(r -> r[0].strip())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The words of one class of word-classes.tsv: the small closed lists the grammar's rules test a word
     * against (auxiliaries, the words that end a phrase, the designations before a formation's number).
     */
    static java.util.Set<String> wordClass(String name) {
        java.util.Set<String> words = WordClasses.ALL.get(name);
        if (words == null) {
            throw new IllegalStateException("no word class " + name + " in " + BASE + "word-classes.tsv");
        }
        return words;
    }

    /** Every class of word-classes.tsv by name, for rule files that read them. */
    static java.util.Map<String, java.util.Set<String>> wordClasses() {
        return WordClasses.ALL;
    }

    /** word-classes.tsv, read once. */
    private static final class WordClasses {
        static final java.util.Map<String, java.util.Set<String>> ALL = rows("word-classes.tsv").stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r[0].strip(),
                        r -> java.util.Set.of(r[1].strip().split(" +"))));
    }

    /** First column of every row. */
    static List<String> words(String name) {
        return rows(name).stream().map(r -> r[0].strip()).toList();
    }
}
