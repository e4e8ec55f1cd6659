package dev.newsflow.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArchiveTest {

    @TempDir
    Path dir;

    private Path gzip(Path file, byte[] prefix, int zeros) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(prefix);
            out.write(new byte[zeros]);
        }
        return file;
    }

    @Test
    void listsHtmlAndGzipPagesRecursivelySortedByName() throws IOException {
        Files.createDirectories(dir.resolve("a/deeper"));
        Files.writeString(dir.resolve("b.html"), "<p>b</p>");
        Files.writeString(dir.resolve("a/deeper/a.html"), "<p>a</p>");
        gzip(dir.resolve("a/c.html.gz"), "<p>c</p>".getBytes(StandardCharsets.UTF_8), 0);
        Files.writeString(dir.resolve("notes.txt"), "not a page");
        Files.writeString(dir.resolve("a/d.htm"), "not ours");

        HtmlArchive archive = new HtmlArchive(dir);

        assertThat(archive.readAll()).extracting(ArchivedPage::id).containsExactly("a", "b", "c");
        assertThat(new String(archive.read(dir.resolve("a/c.html.gz")).bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>c</p>");
    }

    @Test
    void gzipBombIsRefusedWithTheFileInTheMessage() throws IOException {
        Path bomb = gzip(dir.resolve("bomb.html.gz"), "<html>".getBytes(StandardCharsets.UTF_8), 4 * 1024 * 1024);
        assertThat(Files.size(bomb)).isLessThan(64 * 1024);

        assertThatThrownBy(() -> new HtmlArchive(dir, 64 * 1024).read(bomb))
                .isInstanceOf(PageTooLargeException.class)
                .hasMessageContaining("bomb.html.gz")
                .hasMessageContaining("65536 bytes after decompression");
        assertThat(new HtmlArchive(dir, 8 * 1024 * 1024).read(bomb).bytes()).hasSize(4 * 1024 * 1024 + 6);
    }

    @Test
    void plainPageOverTheCapIsRefusedToo() throws IOException {
        Path big = Files.write(dir.resolve("big.html"), new byte[1025]);

        assertThatThrownBy(() -> new HtmlArchive(dir, 1024).read(big))
                .isInstanceOf(PageTooLargeException.class)
                .hasMessageContaining("big.html");
        assertThat(new HtmlArchive(dir, 1025).read(big).bytes()).hasSize(1025);
    }

    @Test
    void idIsTheFileNameWithoutItsPageExtension() {
        assertThat(HtmlArchive.idOf(Path.of("x/000_48c8.html"))).isEqualTo("000_48c8");
        assertThat(HtmlArchive.idOf(Path.of("002.html.gz"))).isEqualTo("002");
    }
}
