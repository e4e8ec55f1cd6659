package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearModelTest {

    private static final LinearModel MODEL = new LinearModel(Map.of(
            "claim", Map.of(LinearModel.BIAS, -1.0, "p1=were", 3.0),
            "other", Map.of()));

    @Test
    void probabilitiesAreASoftmaxOverTheLabelsWithTheIntercept() {
        assertThat(MODEL.probability("claim", List.of())).isCloseTo(1 / (1 + Math.E), within(1e-9));
        assertThat(MODEL.probability("claim", List.of("p1=were"))).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-9));
        assertThat(MODEL.probabilities(List.of("p1=were", "unknown")).values().stream().mapToDouble(d -> d).sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(MODEL.best(List.of("p1=were"))).isEqualTo("claim");
        assertThat(MODEL.best(List.of())).isEqualTo("other");
    }

    @Test
    void theTableReadsBackAsTheSameModel(@TempDir Path dir) throws IOException {
        StringWriter w = new StringWriter();
        MODEL.write(w, "two labels\nfor a test");
        assertThat(w.toString()).startsWith("# two labels\n# for a test\n").contains("claim\tp1=were\t3.0000\n");
        Path file = dir.resolve("m.tsv");
        Files.writeString(file, w.toString());
        LinearModel back = LinearModel.read(file);
        assertThat(back.probability("claim", List.of("p1=were"))).isEqualTo(MODEL.probability("claim", List.of("p1=were")));
    }

    @Test
    void aLineWithoutAWeightNamesItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "# header\nclaim\tbias\t0.5\nclaim\tp1=were\n");
        assertThatThrownBy(() -> LinearModel.read(file)).isInstanceOf(IOException.class).hasMessageContaining("line 3");
        Files.writeString(file, "claim\tbias\thalf\n");
        assertThatThrownBy(() -> LinearModel.read(file)).hasMessageContaining("no number: half");
    }

    @Test
    void theBundledModelsAreThere() {
        ClaimModels bundled = ClaimModels.bundled();
        assertThat(bundled.figures()).isNotNull();
        assertThat(bundled.actors()).isNotNull();
        assertThat(bundled.threshold()).isEqualTo(ClaimModels.DEFAULT_THRESHOLD);
    }
}
