package dev.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private static final String WIRE = "North Korean Foreign Minister Choe Son Hui has reiterated Pyongyang's solidarity"
            + " with Russia following reports of North Korean troops supporting Russia in the war against Ukraine."
            + " According to Secretary of State Antony Blinken, the US government assumes that 10,000 North Korean"
            + " soldiers have been sent to Russia so far. 8,000 of them have already been relocated to the Russian"
            + " Kursk region on the border with Ukraine and could intervene in the fighting in the coming days.";

    @Test
    void aSyndicatedCopyWithItsOwnFurnitureIsTheSameStory() {
        String copy = "AFP. " + WIRE + " Source: Stern. Share this article.";
        assertThat(Fingerprints.similarity(Fingerprints.minHash(WIRE), Fingerprints.minHash(copy)))
                .isGreaterThanOrEqualTo(Fingerprints.SAME_STORY);
        assertThat(Fingerprints.sameStory(Fingerprints.minHash(WIRE), Fingerprints.minHash(copy))).isTrue();
    }

    @Test
    void aDifferentStoryIsNot() {
        String other = "Ukraine fears that the Republican candidate, who wants to cut defense aid and recently blamed"
                + " the Ukrainian president for Russia's invasion, will win the US presidential election in early"
                + " November. The NIS has now increased this number to around 3,000 soldiers, officials said.";
        assertThat(Fingerprints.similarity(Fingerprints.minHash(WIRE), Fingerprints.minHash(other))).isLessThan(0.2);
        assertThat(Fingerprints.sameStory(Fingerprints.minHash(WIRE), Fingerprints.minHash(other))).isFalse();
    }

    @Test
    void caseAndPunctuationDoNotMatterAndTinyOrMissingFingerprintsMatchNothing() {
        assertThat(Fingerprints.minHash(WIRE.toUpperCase())).isEqualTo(Fingerprints.minHash(WIRE));
        assertThat(Fingerprints.minHash("Two words")).isNull();
        assertThat(Fingerprints.similarity(null, Fingerprints.minHash(WIRE))).isZero();
        assertThat(Fingerprints.similarity("garbage!", Fingerprints.minHash(WIRE))).isZero();
    }
}
