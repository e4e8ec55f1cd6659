package dev.newsflow.sink.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.FigureSnapshot;
import dev.newsflow.events.Provenance;

class AlertFormatterTest {

    private static AlertEvent alert(AlertEvent.Kind kind, long count, Long low, Long high, String qualifier,
                                    Long previous, String location) {
        OffsetDateTime seen = OffsetDateTime.parse("2024-10-24T09:00:00+02:00");
        return new AlertEvent(1, "id", kind, "KP|RU/Far East|present", count, low, high, qualifier, "soldiers", "KP",
                "North Korea", location, "RU/Far East", "arrived", false, seen,
                previous == null ? null : new FigureSnapshot(previous, null, null, "exact", seen.minusDays(1)),
                previous == null ? null : count - previous, null,
                List.of(new Provenance("c1", "a1", "https://dw.example/a", "DW", seen,
                        "The NIS has now increased this number to around 3,000 soldiers.", "NIS")));
    }

    @Test
    void aRevisionShowsTheChangeAndEveryFieldAnEditorNeeds() {
        String line = AlertFormatter.line(alert(AlertEvent.Kind.REVISION, 3000, null, null, "approx", 1500L,
                "Vladivostok"));
        assertThat(line).isEqualTo("[REVISED 1,500 → 3,000] about 3,000 soldiers | actor North Korea"
                + " | location Vladivostok | arrived | source NIS | DW | 2024-10-24"
                + " | “The NIS has now increased this number to around 3,000 soldiers.”");
    }

    @Test
    void qualifiersReadAsWords() {
        assertThat(AlertFormatter.figure(alert(AlertEvent.Kind.NEW_FIGURE, 12000, null, 12000L, "up_to", null, null)))
                .isEqualTo("up to 12,000");
        assertThat(AlertFormatter.figure(alert(AlertEvent.Kind.NEW_FIGURE, 1000, 1000L, 3000L, "range", null, null)))
                .isEqualTo("1,000–3,000");
        assertThat(AlertFormatter.figure(alert(AlertEvent.Kind.NEW_FIGURE, 500, 500L, null, "more_than", null, null)))
                .isEqualTo("more than 500");
    }

    @Test
    void missingFieldsShowADash() {
        assertThat(AlertFormatter.line(alert(AlertEvent.Kind.NEW_FIGURE, 8000, null, null, "exact", null, null)))
                .startsWith("[NEW] 8,000 soldiers | actor North Korea | location – |");
    }
}
