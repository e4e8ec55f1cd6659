package dev.newsflow.enrich.entities.conll;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-format NER data: one token a line, whitespace-separated columns, the token first and
 * the gold tag last; a blank line ends a sentence; a {@code -DOCSTART-} line starts a document.
 * A file without {@code -DOCSTART-} lines is one document.
 */
public final class ConllReader {

    /** A token and its gold tag ({@code O}, {@code I-PER}, {@code B-LOC}, …). */
    public record Token(String word, String tag) {
    }

    /** Sentences of one document. */
    public record Document(List<List<Token>> sentences) {

        public List<List<String>> words() {
            return sentences.stream().map(s -> s.stream().map(Token::word).toList()).toList();
        }

        public int tokenCount() {
            return sentences.stream().mapToInt(List::size).sum();
        }
    }

    private ConllReader() {
    }

    public static List<Document> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    public static List<Document> read(Reader reader) throws IOException {
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Document> docs = new ArrayList<>();
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> sentence = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
            String l = line.strip();
            if (l.isEmpty()) {
                if (!sentence.isEmpty()) {
                    sentences.add(List.copyOf(sentence));
                    sentence.clear();
                }
                continue;
            }
            String[] cols = l.split("\\s+");
            if (cols[0].equals("-DOCSTART-")) {
                if (!sentence.isEmpty()) {
                    sentences.add(List.copyOf(sentence));
                    sentence.clear();
                }
                if (!sentences.isEmpty()) {
                    docs.add(new Document(List.copyOf(sentences)));
                    sentences.clear();
                }
                continue;
            }
            if (cols.length < 2) {
                throw new IOException("CoNLL line without a tag: " + line);
            }
            sentence.add(new Token(cols[0], cols[cols.length - 1]));
        }
        if (!sentence.isEmpty()) {
            sentences.add(List.copyOf(sentence));
        }
        if (!sentences.isEmpty()) {
            docs.add(new Document(List.copyOf(sentences)));
        }
        return docs;
    }
}
