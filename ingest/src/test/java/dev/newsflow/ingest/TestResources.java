package dev.newsflow.ingest;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of test resources (the sample archive is added to them from {@code samples/archive}). */
public final class TestResources {

    private TestResources() {
    }

    public static Path resource(String name) {
        var url = TestResources.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
