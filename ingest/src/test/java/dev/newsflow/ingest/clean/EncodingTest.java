package dev.newsflow.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.TestResources;
import dev.newsflow.ingest.archive.ArchivedPage;
import dev.newsflow.ingest.archive.HtmlArchive;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Charset detection from the page's own declarations, and the gzipped sample. */
class EncodingTest {

    private final HtmlDecoder decoder = new HtmlDecoder();

    private static ArchivedPage page(String id) throws IOException {
        return new HtmlArchive(TestResources.resource("archive")).readAll().stream()
                .filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void windows1252PageKeepsItsCurlyQuotes() throws IOException {
        ArchivedPage page = page("000_48c8060bd9edfce6");
        // the file really is windows-1252: “ is the single byte 0x93, not UTF-8's E2 80 9C
        assertThat(page.bytes()).contains((byte) 0x93);
        assertThat(new String(page.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("\u00E2\u0080\u009C");

        Document doc = decoder.parse(page);
        String text = new ArticleCleaner().clean(doc).text();

        assertThat(doc.charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(text).contains("“Why be shy?”", "Vladimir Putin’s troops", "António Guterres", "Moscow – The embattled")
                .doesNotContain("\uFFFD");
    }

    @Test
    void byteOrderMarkBeatsAWrongMetaDeclaration() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Kim’s “offer”</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + html.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(html, 0, bytes, bom.length, html.length);

        assertThat(decoder.parse(bytes, "").text()).isEqualTo("Kim’s “offer”");
    }

    @Test
    void gzippedPageReadsAndCleans() throws IOException {
        ArchivedPage page = page("002_383e3b8ceed1dc3e");

        assertThat(page.path().getFileName().toString()).endsWith(".html.gz");
        assertThat(new String(page.bytes(), 0, 15, StandardCharsets.UTF_8)).isEqualTo("<!DOCTYPE html>");
        assertThat(new ArticleCleaner().clean(decoder.parse(page)).text())
                .contains("Kim offered 100,000 “volunteer” soldiers");
    }
}
