package dev.newsflow.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.ingest.archive.ArchivedPage;
import dev.newsflow.ingest.archive.HtmlArchive;
import dev.newsflow.ingest.archive.WarcArchive;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.clean.CleanedArticle;
import dev.newsflow.ingest.clean.HtmlDecoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow clean}: HTML pages and WARC captures to article JSON, one object per line.
 * A page that cannot be read or cleaned gives a line with {@code id} and {@code error} instead,
 * and the command exits 1 at the end; the other pages are still cleaned.
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Clean .html, .html.gz, .warc, .warc.gz files (or directories of them) to article JSON lines.")
final class CleanCommand implements Callable<Integer> {

    enum Format { jsonl }

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES} (default).")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Time budget per page; a page over it gives an error line (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Spec
    CommandSpec spec;

    private ExecutorService worker = newWorker();

    /** ASCII-only JSON, so the output is valid whatever the console's charset. */
    private final ObjectMapper json = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final HtmlDecoder decoder = new HtmlDecoder();
    private int errors;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try {
            for (Path path : paths) {
                for (Path file : files(path)) {
                    if (WarcArchive.isWarc(file)) {
                        cleanWarc(file, out);
                    } else {
                        cleanHtml(file, out);
                    }
                }
            }
        } finally {
            out.flush();
            worker.shutdownNow();
        }
        return errors == 0 ? 0 : 1;
    }

    private void cleanHtml(Path file, PrintWriter out) {
        String id = HtmlArchive.idOf(file);
        try {
            ArchivedPage page = new HtmlArchive(file.getParent() == null ? Path.of(".") : file.getParent()).read(file);
            CleanedArticle a = withinBudget(() -> cleaner.clean(decoder.parse(page)));
            out.println(line(id, a.canonicalUrl(), a));
        } catch (IOException | RuntimeException | TimeoutException e) {
            error(out, id, e);
        }
    }

    private void cleanWarc(Path file, PrintWriter out) {
        try {
            new WarcArchive().read(file, page -> {
                try {
                    CleanedArticle a = withinBudget(() -> cleaner.clean(decoder.parse(page.bytes(), page.charset(), page.url())));
                    out.println(line(page.url(), page.url(), a));
                } catch (RuntimeException | TimeoutException e) {
                    error(out, page.url(), e);
                }
            }, url -> error(out, url, new IOException("page larger than " + HtmlArchive.DEFAULT_MAX_BYTES + " bytes")));
        } catch (IOException | RuntimeException e) {
            error(out, file.toString(), e);
        }
    }

    /**
     * Runs one page's cleaning on the worker thread and waits at most the time budget. Parsing
     * cannot be interrupted, so a page over budget is abandoned with its (daemon) thread and a
     * fresh worker takes the next page.
     */
    private CleanedArticle withinBudget(Callable<CleanedArticle> task) throws TimeoutException {
        Future<CleanedArticle> f = worker.submit(task);
        try {
            return f.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new TimeoutException("cleaning took longer than " + timeoutSeconds + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newsflow-clean");
            t.setDaemon(true);
            return t;
        });
    }

    private String line(String id, String url, CleanedArticle a) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("url", url);
        o.put("title", a.title());
        o.put("byline", a.byline());
        o.put("published", a.published() == null ? null : a.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        o.put("lang", a.lang());
        o.put("canonicalUrl", a.canonicalUrl());
        o.put("siteName", a.siteName());
        o.putPOJO("paragraphs", a.paragraphs());
        o.put("text", a.text());
        try {
            return json.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void error(PrintWriter out, String id, Exception e) {
        errors++;
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("error", e.toString());
        out.println(o);
        spec.commandLine().getErr().println("newsflow clean: " + id + ": " + e);
    }

    /** {@code path} itself, or the page and WARC files under it, sorted. */
    static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile).filter(CleanCommand::isInput).toList());
            files.sort(Comparator.comparing(Path::toString));
            return files;
        }
    }

    private static boolean isInput(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".html.gz") || WarcArchive.isWarc(p);
    }
}
