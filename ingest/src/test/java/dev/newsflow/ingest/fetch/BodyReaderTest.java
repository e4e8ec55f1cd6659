package dev.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class BodyReaderTest {

    @Test
    void decodesGzipAndDeflate() throws Exception {
        byte[] text = "hello world".getBytes("UTF-8");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text);
        }
        ByteArrayOutputStream df = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(df)) {
            out.write(text);
        }
        assertThat(BodyReader.read(new ByteArrayInputStream(gz.toByteArray()), "gzip", 100)).isEqualTo(text);
        assertThat(BodyReader.read(new ByteArrayInputStream(df.toByteArray()), "deflate", 100)).isEqualTo(text);
        assertThat(BodyReader.read(new ByteArrayInputStream(text), null, 100)).isEqualTo(text);
    }

    @Test
    void boundsTheExpandedSize() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(new byte[10_000_000]);
        }
        assertThat(gz.size()).isLessThan(20_000);
        assertThatThrownBy(() -> BodyReader.read(new ByteArrayInputStream(gz.toByteArray()), "gzip", 1_000_000))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("too-large"));
        assertThatThrownBy(() -> BodyReader.read(new ByteArrayInputStream(new byte[10]), "br", 100))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo("bad-encoding"));
    }
}
