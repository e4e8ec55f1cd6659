package dev.newsflow.ingest.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ReadabilityScorerTest {

    @Test
    void metadataMatchesExactlyOrAfterNormalisation() {
        ReadabilityScorer s = new ReadabilityScorer();
        OffsetDateTime t = OffsetDateTime.parse("2017-02-23T17:18:13-08:00");
        s.add("a", "Title: One", "title one", "Jane Doe", "Jane Doe", "2017-02-23T17:18:13-08:00", t, "x y z w", "x y z w");
        s.add("b", null, "", null, null, null, null, "", "");
        s.add("c", "T", "Other", "By X", null, "2017-02-24", t, "x y z w", "q");
        ReadabilityScorer.Result r = s.result();
        assertThat(r.title()).isEqualTo(new ReadabilityScorer.Field(3, 1, 2));
        assertThat(r.byline()).isEqualTo(new ReadabilityScorer.Field(3, 2, 2));
        assertThat(r.published()).isEqualTo(new ReadabilityScorer.Field(3, 2, 2));
    }

    @Test
    void timesWithoutOffsetOrTimeCompareAsWritten() {
        OffsetDateTime t = OffsetDateTime.parse("2019-04-28T06:01:07+02:00");
        assertThat(ReadabilityScorer.sameTime("2019-04-28 06:01:07", t)).isTrue();
        assertThat(ReadabilityScorer.sameTime("2019-04-28", t)).isTrue();
        assertThat(ReadabilityScorer.sameTime("2019-04-28T04:01:07Z", t)).isTrue();
        assertThat(ReadabilityScorer.sameTime("2019-04-28T06:01:07Z", t)).isFalse();
    }
}
