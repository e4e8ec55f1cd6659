package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CleanCommandTest {

    static final String PAGE = """
            <html lang="en"><head><title>Troops arrive | Example</title>
            <meta property="og:site_name" content="Example">
            <meta property="article:published_time" content="2024-10-24T09:30:00+02:00">
            <meta name="author" content="Jane Doe"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Troops arrive</h1>
            <p>Seoul said on Thursday that about 3,000 soldiers had arrived in Vladivostok for training.</p>
            <p>The intelligence service said more were expected to follow in the coming weeks, officials added.</p>
            </article><footer>Most read: 30,000 troops somewhere else</footer></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void cleansHtmlAndGzippedHtmlFromADirectoryToJsonLines() throws IOException {
        Files.writeString(dir.resolve("a.html"), PAGE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.html.gz")))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("notes.txt"), "not a page");
        StringWriter out = new StringWriter();
        CommandLine cmd = Newsflow.commandLine();
        cmd.setOut(new PrintWriter(out));
        int exit = cmd.execute("clean", "--format", "jsonl", dir.toString());
        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(lines.get(0));
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(json.readTree(lines.get(1)).get("id").asText()).isEqualTo("b");
        assertThat(a.get("title").asText()).isEqualTo("Troops arrive");
        assertThat(a.get("byline").asText()).isEqualTo("Jane Doe");
        assertThat(a.get("published").asText()).isEqualTo("2024-10-24T09:30:00+02:00");
        assertThat(a.get("lang").asText()).isEqualTo("en");
        assertThat(a.has("url")).isTrue();
        assertThat(a.get("text").asText()).contains("about 3,000 soldiers").doesNotContain("30,000");
    }

    @Test
    void unreadableFileGivesAnErrorLineAndExitOne() throws IOException {
        Files.write(dir.resolve("broken.html.gz"), new byte[] {1, 2, 3});
        StringWriter out = new StringWriter();
        CommandLine cmd = Newsflow.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        assertThat(cmd.execute("clean", dir.toString())).isEqualTo(1);
        JsonNode line = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(line.get("id").asText()).isEqualTo("broken");
        assertThat(line.get("error").asText()).isNotBlank();
    }
}
