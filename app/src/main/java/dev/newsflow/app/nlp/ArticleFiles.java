package dev.newsflow.app.nlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.clean.CleanedArticle;
import dev.newsflow.ingest.clean.HtmlDecoder;

/**
 * Reads the files the offline NLP tools take: {@code .txt}, {@code .md}, {@code .html}, {@code .html.gz},
 * and directories of them (recursively, in path order).
 *
 * <ul>
 *   <li>{@code .txt}: the whole file is the body and there is no separate title, so a headline or
 *       subheading line is a sentence (paragraph) of the body, as the gold annotation of the seeds
 *       expects. Line ends are normalised to {@code \n}; offsets are into that text.</li>
 *   <li>{@code .md}: as {@code .txt}, with the {@code #} markers of ATX headings blanked out (replaced
 *       by spaces, so offsets still point into the file).</li>
 *   <li>A {@code .txt} or {@code .md} file may give its publication date on its first line, {@code date: 2025-03-01}
 *       (as a page's metadata gives it, so an archive kept as text keeps its present): the line is blanked and its
 *       year is the article's.</li>
 *   <li>{@code .html}, {@code .html.gz}: cleaned by ingest's {@link ArticleCleaner} (title, date, and the body
 *       paragraphs without navigation, related links and other page furniture).</li>
 * </ul>
 */
public final class ArticleFiles {

    /**
     * One readable article: its file's base name, a title (or null), the body text, and the year the page or the
     * text file's {@code date:} line says it was published (null when neither gives one).
     */
    public record ArticleText(String file, String title, String text, Year published) {
    }

    /** A first line "date: 2025-03-01" (or "Date: 2025"): when a text file was published. */
    private static final Pattern DATE_LINE =
            Pattern.compile("(?i)date:[ \\t]*((?:19|20)\\d\\d)(?:-\\d\\d(?:-\\d\\d)?)?[ \\t]*(?=\\n|$)");

    private final HtmlDecoder decoder = new HtmlDecoder();
    private final ArticleCleaner cleaner = new ArticleCleaner();

    /** True for the file names the reader understands. */
    public static boolean readable(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm")
                || name.endsWith(".html.gz") || name.endsWith(".htm.gz");
    }

    /** The readable files under the given paths: files as given, directories walked in path order. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p.toRealPath())) { // a linked directory is walked too
                    walk.filter(Files::isRegularFile).filter(ArticleFiles::readable).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new IOException("no such file or directory: " + p);
            }
        }
        return out;
    }

    /** The readable files under {@code dir} by base name, the first in walk order where names repeat. */
    public static Map<String, Path> byBaseName(Path dir) throws IOException {
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path p : expand(List.of(dir))) {
            byName.putIfAbsent(p.getFileName().toString(), p);
        }
        return byName;
    }

    public ArticleText read(Path path) throws IOException {
        String file = path.getFileName().toString();
        String name = file.toLowerCase(Locale.ROOT);
        byte[] bytes = Files.readAllBytes(path);
        if (name.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            CleanedArticle a = cleaner.clean(decoder.parse(bytes, path.toUri().toString()));
            return new ArticleText(file, a.title().isBlank() ? null : a.title(), a.text(),
                    a.published() == null ? null : Year.from(a.published()));
        }
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (name.endsWith(".md")) {
            text = blankHeadingMarkers(text);
        }
        Matcher date = DATE_LINE.matcher(text);
        if (!date.lookingAt()) {
            return new ArticleText(file, null, text, null);
        }
        Year published = Year.of(Integer.parseInt(date.group(1)));
        return new ArticleText(file, null, " ".repeat(date.end()) + text.substring(date.end()), published);
    }

    /** "## Heading" becomes "   Heading": same length, so offsets stay valid. */
    static String blankHeadingMarkers(String text) {
        StringBuilder sb = new StringBuilder(text);
        int lineStart = 0;
        while (lineStart < sb.length()) {
            int i = lineStart;
            while (i < sb.length() && sb.charAt(i) == '#') {
                i++;
            }
            if (i > lineStart && i - lineStart <= 6 && i < sb.length() && sb.charAt(i) == ' ') {
                for (int k = lineStart; k < i; k++) {
                    sb.setCharAt(k, ' ');
                }
            }
            int nl = sb.indexOf("\n", lineStart);
            lineStart = nl < 0 ? sb.length() : nl + 1;
        }
        return sb.toString();
    }
}
