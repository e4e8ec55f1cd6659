package dev.newsflow.ingest.eval;

import static dev.newsflow.ingest.TestResources.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.ingest.archive.ArchivedPage;
import dev.newsflow.ingest.archive.HtmlArchive;
import dev.newsflow.ingest.clean.ArticleCleaner;
import dev.newsflow.ingest.clean.HtmlDecoder;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AebScorerTest {

    @Test
    void tokensAreUnicodeWordRunsWithCaseKept() {
        assertThat(Shingles.tokens("Kim's 12,000 soldiers—Ünter_über ²")).containsExactly("Kim", "s", "12", "000",
                "soldiers", "Ünter_über", "²");
        assertThat(Shingles.tokens(null)).isEmpty();
    }

    @Test
    void shortTextsAreOneShingleAndEmptyTextsNone() {
        assertThat(Shingles.of("one two")).containsOnlyKeys(List.of("one", "two"));
        assertThat(Shingles.of("")).isEmpty();
        assertThat(Shingles.of("a b c d e")).hasSize(2);
    }

    @Test
    void multisetOverlapCountsRepeats() {
        // truth: a b c d a b c d -> shingles abcd x2, bcda, cdab, dabc; prediction: a b c d -> abcd x1
        Shingles.Match m = Shingles.match("a b c d a b c d", "a b c d");
        assertThat(m).isEqualTo(new Shingles.Match(1, 0, 4));
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(0.2);
    }

    @Test
    void bothEmptyIsPerfectAndNothingExtractedIsLeftOutOfPrecision() {
        AebScorer s = new AebScorer();
        s.add("perfect", "one two three four five", "one two three four five");
        s.add("missed", "six seven eight nine ten", "");
        s.add("half", "a b c d e f g", "a b c d x y z");
        AebScorer.Result r = s.result();
        // precision over "perfect" (1) and "half" (1/4); recall over all three (1, 0, 1/4)
        assertThat(r.precision()).isCloseTo((1 + 0.25) / 2, within(1e-9));
        assertThat(r.recall()).isCloseTo((1 + 0 + 0.25) / 3, within(1e-9));
        assertThat(r.f1()).isCloseTo(2 * r.precision() * r.recall() / (r.precision() + r.recall()), within(1e-9));
        assertThat(r.accuracy()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(Shingles.match("", "").precision()).isEqualTo(1.0);
    }

    /** A quality floor on three benchmark pages (copies, see bench/README.md), not a measurement. */
    @Test
    void cleanerScoresWellOnBundledBenchmarkPages() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(resource("bench/aeb/ground-truth.json").toFile());
        AebScorer scorer = new AebScorer();
        for (ArchivedPage page : new HtmlArchive(resource("bench/aeb/html")).readAll()) {
            String text = new ArticleCleaner().clean(new HtmlDecoder().parse(page.bytes(),
                    truth.get(page.id()).get("url").asText())).text();
            scorer.add(page.id(), truth.get(page.id()).get("articleBody").asText(), text);
        }
        assertThat(scorer.result().pages()).isEqualTo(3);
        assertThat(scorer.result().f1()).isGreaterThan(0.9);
    }
}
