package dev.newsflow.enrich.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads a gold annotation file (jsonl: claim rows and non-claim rows) and the texts it annotates. */
final class GoldFile {

    record Claim(String file, String sentence, long count, Long countLow, Long countHigh, String qualifier,
                 String unit, String actor, String location, String status, String source) {
    }

    record NonClaim(String file, String text, String reason) {
    }

    final List<Claim> claims = new ArrayList<>();
    final List<NonClaim> nonClaims = new ArrayList<>();

    private GoldFile() {
    }

    static GoldFile load(String resource) {
        ObjectMapper json = new ObjectMapper();
        GoldFile gold = new GoldFile();
        for (String line : resourceText(resource).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = json.readTree(line);
                if (n.has("non_claim")) {
                    gold.nonClaims.add(new NonClaim(n.get("file").asText(), n.get("non_claim").asText(),
                            n.get("reason").asText()));
                } else {
                    gold.claims.add(new Claim(n.get("file").asText(), n.get("sentence").asText(),
                            n.get("count").asLong(), longOrNull(n, "count_low"), longOrNull(n, "count_high"),
                            n.get("qualifier").asText(), n.get("unit").asText(), textOrNull(n, "actor"),
                            textOrNull(n, "location"), n.get("status").asText(), textOrNull(n, "source")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(line, e);
            }
        }
        return gold;
    }

    List<String> files() {
        List<String> files = new ArrayList<>();
        claims.forEach(c -> addOnce(files, c.file()));
        nonClaims.forEach(c -> addOnce(files, c.file()));
        return files;
    }

    private static void addOnce(List<String> xs, String x) {
        if (!xs.contains(x)) {
            xs.add(x);
        }
    }

    static String resourceText(String resource) {
        try (InputStream in = GoldFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Long longOrNull(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asLong() : null;
    }

    private static String textOrNull(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }
}
