package dev.newsflow.ingest.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A plain list of URLs, one per line; blank lines and lines starting with {@code #} are skipped. */
public final class UrlList {

    private UrlList() {
    }

    public static List<DiscoveredUrl> read(Path file) throws IOException {
        List<DiscoveredUrl> urls = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String url = line.strip();
            if (!url.isEmpty() && !url.startsWith("#")) {
                urls.add(new DiscoveredUrl(url, null));
            }
        }
        return urls;
    }
}
