package dev.newsflow.enrich.claims.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorNamesTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "North Korea|North Korea|true",
        "the DPRK|North Korea|true",
        "Israel Defense Forces|Israel|true",
        "National Liberation Army|ELN|true",
        "Hizbullah|Hezbollah|true",
        "Kurdistan Region|Peshmerga|true",
        "USSR|Soviet Union|true",
        "Democratic Republic of Congo|Democratic Republic of the Congo|true",
        "Republic of Congo|Democratic Republic of the Congo|false",
        "al-Shabaab|Al-Shabaab|true",
        "Chechen  rebels|chechen rebels|true",
        "Ukraine|Russia|false",
        "Hamas|Israel|false",
        "Soviet Union|Russia|false",
        "Chechen rebels|Russia|false",
    })
    void sidesAreComparedByCanonicalActor(String gold, String found, boolean same) {
        assertThat(ActorNames.same(gold, found)).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Narnia", "Iraqi insurgents"})
    void aNameTheTableDoesNotKnowLinksToNothing(String name) {
        assertThat(ActorNames.actorOf(name)).isNull();
    }
}
