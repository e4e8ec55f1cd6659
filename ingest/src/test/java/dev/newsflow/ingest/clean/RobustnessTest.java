package dev.newsflow.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pathological inputs, generated here: each must give a result or a clear error, never a hang.
 * The timeouts are hang guards far above the real cost, not performance assertions.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RobustnessTest {

    private static final String PROSE = "Officials said that about 3,000 soldiers had arrived in the port city over the weekend. ";

    private final HtmlDecoder decoder = new HtmlDecoder();
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void fiftyMegabytePageIsCutAtTheByteCapAndStillCleaned() {
        StringBuilder sb = new StringBuilder(52 * 1024 * 1024).append("<html><body><article>");
        while (sb.length() < 50 * 1024 * 1024) {
            sb.append("<p>").append(PROSE).append(PROSE).append("</p>\n");
        }
        byte[] bytes = sb.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        sb = null;
        Document doc = decoder.parse(bytes, "http://example.com/");
        CleanedArticle a = cleaner.clean(doc);
        assertThat(a.paragraphs()).isNotEmpty();
        assertThat(doc.body().text().length()).isLessThanOrEqualTo(HtmlDecoder.MAX_BYTES);
    }

    @Test
    void tenThousandDeepNestingDoesNotOverflowTheStack() {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>" + PROSE.repeat(3) + "</p>"
                + "</div>".repeat(10_000) + "</body></html>";
        CleanedArticle a = cleaner.clean(decoder.parse(html.getBytes(StandardCharsets.UTF_8), ""));
        assertThat(a.text()).contains("3,000 soldiers");
    }

    @Test
    void deepInlineNestingDoesNotOverflowTheStack() {
        String html = "<p>" + PROSE + "<span>".repeat(20_000) + "x" + "</span>".repeat(20_000) + "</p>";
        assertThat(cleaner.clean(html, "").text()).contains("3,000 soldiers");
    }

    @Test
    void binaryJunkGivesAResultWithoutThrowing() {
        byte[] junk = new byte[2 * 1024 * 1024];
        new Random(42).nextBytes(junk);
        CleanedArticle a = cleaner.clean(decoder.parse(junk, "http://example.com/junk"));
        assertThat(a).isNotNull();
        assertThat(a.title()).isNotNull();
    }

    @Test
    void wrongDeclaredCharsetStillDecodes() {
        String html = "<html><head><meta charset=\"utf-8\"><title>Caf\u00e9 news</title></head><body><p>"
                + PROSE + "\u201cquoted\u201d</p></body></html>";
        CleanedArticle a = cleaner.clean(decoder.parse(html.getBytes(Charset.forName("windows-1252")), ""));
        assertThat(a.text()).contains("3,000 soldiers");
        // an unknown or illegal charset name (as an HTTP header might give) falls back to detection
        String utf8 = "<p>" + PROSE + "</p>";
        assertThat(cleaner.clean(decoder.parse(utf8.getBytes(StandardCharsets.UTF_8), "x-no-such-charset", ""))
                .text()).contains("3,000 soldiers");
        assertThat(cleaner.clean(decoder.parse(utf8.getBytes(StandardCharsets.UTF_8), "bad name!", "")).text())
                .contains("3,000 soldiers");
    }

    @Test
    void hugeNumberOfTinyElementsIsBoundedByTheNodeCap() {
        StringBuilder sb = new StringBuilder("<body><article><p>").append(PROSE.repeat(5)).append("</p>");
        for (int i = 0; i < TextBlocks.MAX_NODES; i++) {
            sb.append("<b></b>");
        }
        sb.append("<p>tail that is never reached</p></article></body>");
        CleanedArticle a = cleaner.clean(sb.toString(), "");
        assertThat(a.text()).contains("3,000 soldiers").doesNotContain("never reached");
    }
}
