package dev.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsflow.events.topics.TopicSpec;
import dev.newsflow.events.topics.Topics;

class TopicsTest {

    @Test
    void topicsWhoseRecordsCarryPublicationTimesAreNotExpiredByTime() {
        for (TopicSpec spec : List.of(Topics.ARTICLES, Topics.ENRICHED, Topics.CLAIMS, Topics.ENTITY_TRENDS,
                Topics.ALERTS, Topics.DLQ)) {
            assertThat(spec.configs()).as(spec.name()).containsEntry("retention.ms", "-1");
        }
    }

    @Test
    void tablesAreCompacted() {
        assertThat(Topics.FIGURES.compacted()).isTrue();
        assertThat(Topics.PAGES.compacted()).isTrue();
        assertThat(Topics.ARTICLES.compacted()).isFalse();
    }

    @Test
    void topicNamesAreUnique() {
        assertThat(Topics.all()).extracting(TopicSpec::name).doesNotHaveDuplicates().allMatch(n -> n.startsWith("newsflow."));
    }
}
