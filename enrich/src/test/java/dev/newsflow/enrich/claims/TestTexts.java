package dev.newsflow.enrich.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.newsflow.enrich.claims.eval.GoldFile;

/** Test resources: texts and gold files on the test class path. */
final class TestTexts {

    private TestTexts() {
    }

    /** A resource as UTF-8 text with its line ends as stored. */
    static String text(String resource) {
        try (InputStream in = TestTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldFile gold(String resource) {
        return GoldFile.parse(text(resource));
    }
}
