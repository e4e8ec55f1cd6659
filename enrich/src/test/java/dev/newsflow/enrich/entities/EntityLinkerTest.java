package dev.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

    private static final EntityLinker LINKER = EntityLinker.standard();

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "North Korea|LOCATION|KP|KP",
        "the DPRK|ORGANIZATION|KP|KP",
        "Pyongyang|LOCATION|KP|KP",
        "Pyongyang|ORGANIZATION|KP|KP",
        "North Korean|MISC|KP|KP",
        "North Koreans|MISC|KP|KP",
        "Russia's|LOCATION|RU|RU",
        "the Kremlin|ORGANIZATION|RU|RU",
        "Moscow|LOCATION|RU|RU",
        "Russian|MISC|RU|RU",
        "Washington|LOCATION|US|US",
        "U.S.|LOCATION|US|US",
        "Seoul|LOCATION|KR|KR",
        "Kyiv|LOCATION|UA|UA",
        "Kiev|LOCATION|UA|UA",
        "Finland|LOCATION|FI|FI",
        "Finnish|MISC|FI|FI",
        "NATO|ORGANIZATION|org:NATO|org:NATO",
        "NIS|ORGANIZATION|org:NIS|KR",
        "the Pentagon|ORGANIZATION|org:pentagon|US",
        "KCNA|ORGANIZATION|org:KCNA|KP",
        "Kim Jong Un|PERSON|per:kim-jong-un|KP",
        "Kim Jong-un|PERSON|per:kim-jong-un|KP",
        "Kim|PERSON|per:kim-jong-un|KP",
        "Antony Blinken|PERSON|per:antony-blinken|US",
        "Vladimir Putin|PERSON|per:vladimir-putin|RU",
        "Putin|PERSON|per:vladimir-putin|RU",
        "Lukashenko|PERSON|per:alexander-lukashenko|BY",
        "Hizbullah|ORGANIZATION|org:Hezbollah|org:Hezbollah",
        "Peshmerga|ORGANIZATION|org:peshmerga|org:KRG",
        "Fitna al Khwarij|ORGANIZATION|org:TTP|org:TTP",
        "al-Qaeda in Iraq|ORGANIZATION|org:AQI|org:AQI",
        "Karen National Liberation Army|ORGANIZATION|org:KNLA|org:KNLA",
        "Clan del Golfo|ORGANIZATION|org:clan-del-golfo|org:clan-del-golfo",
        "Free Syrian Army|ORGANIZATION|org:FSA|org:FSA",
        "MILF|ORGANIZATION|org:MILF|org:MILF",
        "Gerakan Aceh Merdeka|ORGANIZATION|org:GAM|org:GAM",
        "Falintil|ORGANIZATION|org:falintil|org:falintil",
        "Soviet|MISC|SUHH|SUHH",
        "USSR|LOCATION|SUHH|SUHH",
        "Red Army|ORGANIZATION|SUHH|SUHH",
    })
    void linksAliasesToOneId(String mention, EntityType type, String id, String actor) {
        EntityLinker.Link l = LINKER.link(mention, type);
        assertThat(l).as(mention).isNotNull();
        assertThat(l.id()).isEqualTo(id);
        assertThat(l.actorId()).isEqualTo(actor);
    }

    @Test
    void personAndPlaceNeverCross() {
        assertThat(LINKER.link("Washington", EntityType.PERSON)).isNull();
        assertThat(LINKER.link("Kim", EntityType.LOCATION)).isNull();
        assertThat(LINKER.link("us", EntityType.LOCATION)).isNull(); // all-caps surfaces match as written
        assertThat(LINKER.link("Narnia", EntityType.LOCATION)).isNull();
    }

    @Test
    void mentionGetsIdAndName() {
        EntityMention m = LINKER.link(new EntityMention("the DPRK", EntityType.LOCATION, 0, 8, null, null));
        assertThat(m.canonicalId()).isEqualTo("KP");
        assertThat(m.canonicalName()).isEqualTo("North Korea");
    }

    @Test
    void oneIdPerBodyWhateverItsCase() {
        // "org:hamas" beside "org:Hamas" would give the linker and the claim grammar two ids for one body
        Map<String, Set<String>> idsByLowerCase = new HashMap<>();
        for (EntityTable.Surface s : EntityTable.standard().surfaces()) {
            String id = s.entity().id();
            idsByLowerCase.computeIfAbsent(id.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(id);
        }
        assertThat(idsByLowerCase.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
    }

    @Test
    void tablesDoNotRepeatTheClaimGrammarsFacts() {
        EntityTable t = EntityTable.standard();
        Set<String> actorSurfaces = new HashSet<>();
        Set<String> personSurfaces = new HashSet<>();
        for (EntityTable.Surface s : t.surfaces()) {
            switch (s.kind()) {
                case PERSON -> personSurfaces.add(s.surface());
                case LEADER -> actorSurfaces.add(s.surface());
                default -> {
                }
            }
        }
        // every leader the claim grammar knows is a person the linker knows
        assertThat(personSurfaces).containsAll(actorSurfaces);
        // a country, alias, capital or demonym row is in exactly one of actors.tsv and surfaces.tsv
        Set<String> seen = new HashSet<>();
        for (EntityTable.Surface s : t.surfaces()) {
            if (s.kind() != EntityTable.Kind.PERSON && s.kind() != EntityTable.Kind.LEADER) {
                assertThat(seen.add(s.surface() + "\t" + s.entity().id())).as(s.surface()).isTrue();
            }
        }
    }
}
