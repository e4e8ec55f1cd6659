package dev.newsflow.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.clean.HtmlDecoder;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArchiveTest {

    private static final String PAGE = "<html><body><article><p>Seoul said 1,500 soldiers had arrived in "
            + "Vladivostok, the first of about 12,000 troops, according to its intelligence service.</p></article></body></html>";

    @TempDir
    Path dir;

    @Test
    void readsHtmlResponsesWithUrlDateAndHttpCharsetSkippingTheRest() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        Instant date = Instant.parse("2024-10-24T09:30:00Z");
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(response("https://example.com/a", date, 200, "text/html; charset=windows-1252",
                    PAGE.replace("Seoul", "S\u00e9oul").getBytes(Charset.forName("windows-1252"))));
            w.write(response("https://example.com/img.png", date, 200, "image/png", new byte[] {1, 2, 3}));
            w.write(response("https://example.com/gone", date, 404, "text/html", "<p>not found</p>".getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://example.com/big", date, 200, "text/html", new byte[5000]));
        }
        List<WarcPage> pages = new ArrayList<>();
        List<String> tooLarge = new ArrayList<>();
        new WarcArchive(4096).read(warc, pages::add, tooLarge::add);
        assertThat(pages).extracting(WarcPage::url).containsExactly("https://example.com/a");
        assertThat(tooLarge).containsExactly("https://example.com/big");
        WarcPage p = pages.get(0);
        assertThat(p.date()).isEqualTo(date);
        assertThat(p.charset()).isEqualToIgnoringCase("windows-1252");
        String text = new ArticleCleaner().clean(new HtmlDecoder().parse(p.bytes(), p.charset(), p.url())).text();
        assertThat(text).contains("S\u00e9oul said 1,500 soldiers");
        assertThat(WarcArchive.isWarc(warc)).isTrue();
        assertThat(WarcArchive.isWarc(dir.resolve("page.html"))).isFalse();
    }

    private static WarcResponse response(String url, Instant date, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(url).date(date).body(http).build();
    }
}
