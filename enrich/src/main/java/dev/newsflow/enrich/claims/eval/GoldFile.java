package dev.newsflow.enrich.claims.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.newsflow.enrich.claims.Qualifier;
import dev.newsflow.enrich.claims.Status;
import dev.newsflow.enrich.claims.TroopClaim;

/**
 * A gold annotation file (jsonl, the form of {@code ../shared/gold/seed-claims.jsonl}): one row per
 * troop-count claim ({@code file, sentence, count, count_low, count_high, qualifier, unit, actor,
 * location, status, source[, note]}) and one per decoy number ({@code file, non_claim, reason}).
 */
public final class GoldFile {

    /** One annotated claim; field names follow the gold rows. */
    public record Claim(String file, String sentence, long count, Long countLow, Long countHigh, String qualifier,
                        String unit, String actor, String location, String status, String source) {

        /**
         * This annotation as if an extractor had found it, so that a second annotator's file can be scored
         * against the first like the extractor is: how far two people agree bounds what any extractor can
         * reach. The actor keeps the annotator's name; scoring links names to canonical sides.
         */
        public TroopClaim asFound() {
            return new TroopClaim(String.valueOf(count), count, countLow, countHigh, Qualifier.fromLabel(qualifier),
                    unit, null, actor, location, null, Status.fromLabel(status), source, sentence, 0,
                    sentence.length(), false, false, false);
        }
    }

    /** A number in the text that is no troop claim, and why. */
    public record NonClaim(String file, String text, String reason) {
    }

    private final List<Claim> claims;
    private final List<NonClaim> nonClaims;

    private GoldFile(List<Claim> claims, List<NonClaim> nonClaims) {
        this.claims = List.copyOf(claims);
        this.nonClaims = List.copyOf(nonClaims);
    }

    public static GoldFile read(Path path) throws IOException {
        return parse(Files.readString(path, StandardCharsets.UTF_8));
    }

    /** Parses jsonl text; blank lines are skipped, a malformed row fails with its line number. */
    public static GoldFile parse(String jsonl) {
        ObjectMapper json = new ObjectMapper();
        List<Claim> claims = new ArrayList<>();
        List<NonClaim> nonClaims = new ArrayList<>();
        String[] lines = jsonl.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = json.readTree(line);
                if (n.has("non_claim")) {
                    nonClaims.add(new NonClaim(required(n, "file"), required(n, "non_claim"), textOrNull(n, "reason")));
                } else {
                    claims.add(new Claim(required(n, "file"), required(n, "sentence"),
                            n.get("count").asLong(), longOrNull(n, "count_low"), longOrNull(n, "count_high"),
                            required(n, "qualifier"), textOrNull(n, "unit"), textOrNull(n, "actor"),
                            textOrNull(n, "location"), required(n, "status"), textOrNull(n, "source")));
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("gold line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new GoldFile(claims, nonClaims);
    }

    public List<Claim> claims() {
        return claims;
    }

    public List<NonClaim> nonClaims() {
        return nonClaims;
    }

    /** Every claim of the given files as if found by an extractor ({@link Claim#asFound()}), by file. */
    public Map<String, List<TroopClaim>> asFound(List<String> files) {
        Map<String, List<TroopClaim>> out = new LinkedHashMap<>();
        files.forEach(f -> out.put(f, new ArrayList<>()));
        claims.stream().filter(c -> out.containsKey(c.file())).forEach(c -> out.get(c.file()).add(c.asFound()));
        return out;
    }

    /** The annotated files (base names), in order of first appearance. */
    public List<String> files() {
        LinkedHashSet<String> files = new LinkedHashSet<>();
        claims.forEach(c -> files.add(c.file()));
        nonClaims.forEach(c -> files.add(c.file()));
        return List.copyOf(files);
    }

    private static String required(JsonNode n, String f) {
        if (!n.hasNonNull(f)) {
            throw new IllegalArgumentException("missing field " + f);
        }
        return n.get(f).asText();
    }

    private static Long longOrNull(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asLong() : null;
    }

    private static String textOrNull(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }
}
