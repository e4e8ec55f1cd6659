package dev.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetDetectorTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void bomWinsOverHeaderAndMeta() {
        byte[] body = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                "<meta charset=iso-8859-2><p>\u00e9</p>".getBytes(StandardCharsets.UTF_8));
        CharsetDetector.Decision d = CharsetDetector.detect(body, "text/html; charset=windows-1252");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.evidence()).isEqualTo("bom");
        assertThat(CharsetDetector.decode(body, d)).startsWith("<meta").contains("\u00e9");
    }

    @Test
    void headerWinsOverMeta() {
        byte[] body = "<meta charset=\"utf-8\"><p>caf\u00e9</p>".getBytes(CP1252);
        CharsetDetector.Decision d = CharsetDetector.detect(body, "text/html; charset=\"windows-1252\"");
        assertThat(d.evidence()).isEqualTo("header");
        assertThat(CharsetDetector.decode(body, d)).contains("caf\u00e9");
    }

    @Test
    void metaWhenTheHeaderIsSilent() {
        byte[] body = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                .concat("</head><p>\u041f\u0440\u0438\u0432\u0435\u0442</p>").getBytes(Charset.forName("windows-1251"));
        CharsetDetector.Decision d = CharsetDetector.detect(body, "text/html");
        assertThat(d.evidence()).isEqualTo("meta");
        assertThat(CharsetDetector.decode(body, d)).contains("\u041f\u0440\u0438\u0432\u0435\u0442");
    }

    @Test
    void latin1MeansWindows1252AndUndeclaredBytesAreGuessed() {
        byte[] quotes = "<p>\u201cquoted\u201d</p>".getBytes(CP1252);
        assertThat(CharsetDetector.detect(quotes, "text/html; charset=ISO-8859-1").charset()).isEqualTo(CP1252);
        assertThat(CharsetDetector.detect(quotes, null).charset()).isEqualTo(CP1252);
        assertThat(CharsetDetector.detect("<p>\u201cok\u201d</p>".getBytes(StandardCharsets.UTF_8), null).charset())
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetDetector.detect(quotes, "text/html; charset=no-such-charset").evidence()).isEqualTo("guess");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
