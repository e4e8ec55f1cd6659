package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private static final Gazetteer GAZ = new Gazetteer();

    private static Gazetteer.Mention first(String text) {
        List<Gazetteer.Mention> ms = GAZ.find(Tokenizer.tokenize(text));
        assertThat(ms).as(text).isNotEmpty();
        return ms.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Pyongyang wants|KP|North Korea|CAPITAL",
        "the Kremlin said|RU|Russia|CAPITAL",
        "Washington warned|US|United States|CAPITAL",
        "Seoul said|KR|South Korea|CAPITAL",
        "Kiev then severed|UA|Ukraine|CAPITAL",
        "Kim Jong Un has offered|KP|North Korea|LEADER",
        "Kim Jong-un visited|KP|North Korea|LEADER",
        "Kim offered|KP|North Korea|LEADER",
        "Putin signed|RU|Russia|LEADER",
        "the DPRK is|KP|North Korea|ALIAS",
        "the ROC military|TW|Taiwan|ALIAS",
        "the Republic of China armed forces|TW|Taiwan|ALIAS",
        "the People's Republic of China said|CN|China|ALIAS",
        "the North Korean dictator|KP|North Korea|DEMONYM",
        "100,000 North Koreans|KP|North Korea|DEMONYM_PL",
        "Afghan soldiers|AF|Afghanistan|DEMONYM",
        "Canada will send|CA|Canada|COUNTRY",
        "the Pentagon will send|US|United States|FORCE",
        "the Royal Marines landed|GB|United Kingdom|FORCE",
        "the RAF lost|GB|United Kingdom|FORCE",
        "4,500 JGSDF personnel|JP|Japan|FORCE",
        "the Maritime Self-Defence Force|JP|Japan|FORCE",
        "50,000 former Tigrayan rebel fighters|org:TPLF|Tigray People's Liberation Front|FORCE",
        "75,000 former Tigray fighters|org:TPLF|Tigray People's Liberation Front|FORCE",
    })
    void actors(String text, String id, String name, Gazetteer.ActorKind kind) {
        Gazetteer.Mention m = first(text);
        assertThat(m.actor().id()).isEqualTo(id);
        assertThat(m.actor().name()).isEqualTo(name);
        assertThat(m.actor().kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "in Vladivostok|Vladivostok|RU/Far East",
        "the Kursk region|Kursk|RU/Kursk",
        "in eastern Ukraine|eastern Ukraine|UA/East",
        "in the Donetsk region|Donetsk|UA/Donetsk",
        "sent to Russia|Russia|RU",
        "near Bakhmut|Bakhmut|UA/Donetsk",
        "troops in Afghanistan|Afghanistan|AF",
        "in New York|New York|US/New York",
        "across the Middle East|Middle East|Middle East",
        "attacks in North Waziristan|North Waziristan|PK/Khyber Pakhtunkhwa",
    })
    void places(String text, String name, String theatre) {
        Gazetteer.Mention m = first(text);
        assertThat(m.place().name()).isEqualTo(name);
        assertThat(m.place().theatre()).isEqualTo(theatre);
    }

    @Test
    void capitalsAreBothActorAndPlace() {
        Gazetteer.Mention m = first("Pyongyang");
        assertThat(m.actor().id()).isEqualTo("KP");
        assertThat(m.place().theatre()).isEqualTo("KP");
    }

    @Test
    void bodiesThatOnlyReportAreNoActors() {
        assertThat(GAZ.find(Tokenizer.tokenize("according to TASS"))).isEmpty();
        assertThat(GAZ.find(Tokenizer.tokenize("the NIS said"))).isEmpty();
    }

    @Test
    void aCountrysLettersGluedToADollarSignNameACurrency() {
        assertThat(GAZ.find(Tokenizer.tokenize("a budget of US$522 million"))).isEmpty();
        assertThat(GAZ.at(Tokenizer.tokenize("US$522 million"), 0)).isNull();
        assertThat(first("US $522 million").actor().id()).isEqualTo("US");
    }

    @Test
    void aPlaceBelongsToItsCountry() {
        assertThat(GAZ.countryOf(first("in Belgorod").place()).name()).isEqualTo("Russia");
        assertThat(GAZ.countryOf(first("in the Middle East").place())).isNull();
        assertThat(GAZ.countryOf(null)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "in Kathua district|Kathua|IN/Kathua|India",
        "in Maungdaw Town|Maungdaw|MM/Maungdaw|Myanmar",
        "in Borno State|Borno State|NG/Borno State|Nigeria",
        "in Quetta|Quetta|PK/Quetta|Pakistan",
        // GeoNames writes these "Province of Lanao del Norte" and "Province of Sultan Kudarat"
        "in Lanao del Norte|Lanao del Norte|PH/Lanao del Norte|Philippines",
        "in Sultan Kudarat|Sultan Kudarat|PH/Sultan Kudarat|Philippines",
    })
    void townsAndProvincesOfTheWorldTableBelongToTheirCountry(String text, String name, String theatre, String country) {
        Gazetteer.Place place = first(text).place();
        assertThat(place.name()).isEqualTo(name);
        assertThat(place.theatre()).isEqualTo(theatre);
        assertThat(GAZ.countryOf(place).name()).isEqualTo(country);
    }

    @Test
    void theWorldTableMatchesNamesOnlyAsWritten() {
        assertThat(GAZ.find(Tokenizer.tokenize("in quetta"))).isEmpty();
        assertThat(first("in Quetta").place()).isNotNull();
    }

    @Test
    void theHandMadeTablesWinOverTheWorldTable() {
        // world-places.tsv has Vladivostok and Bakhmut as towns (RU/Vladivostok, UA/Bakhmut); places.tsv files
        // them under the theatres their claims meet in
        assertThat(first("in Vladivostok").place().theatre()).isEqualTo("RU/Far East");
        assertThat(first("near Bakhmut").place().theatre()).isEqualTo("UA/Donetsk");
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(GAZ.find(Tokenizer.tokenize("willing to help us rebuild"))).isEmpty();
        assertThat(first("the US government").actor().id()).isEqualTo("US");
    }

    @Test
    void longestMatchWins() {
        Gazetteer.Mention m = first("North Korean soldiers");
        assertThat(m.end() - m.start()).isEqualTo(2);
        assertThat(m.actor().kind()).isEqualTo(Gazetteer.ActorKind.DEMONYM);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Troops joined the Han Kuang exercises this week.|",
        "The soldiers were ambushed in Zamfara on Sunday.|Zamfara",
        "Soldiers Suffer Casualties In Zamfara Ambush|Zamfara",
        "Troops in Northern Zamfara were ambushed.|Zamfara",
        "Zamfara saw another ambush.|Zamfara",
    })
    void aOneWordTownAfterACapitalisedWordThatOpensNoPlaceEndsALongerName(String text, String town) {
        List<String> places = GAZ.find(Tokenizer.tokenize(text)).stream()
                .filter(m -> m.place() != null).map(m -> m.place().name()).toList();
        assertThat(places).isEqualTo(town == null ? List.of() : List.of(town));
    }

    @Test
    void aNameSeveralSidesShareListsThemAllTheFirstTheDefault() {
        Gazetteer.Mention maoists = first("4,000 Maoists laid down arms");
        assertThat(maoists.actor().id()).isEqualTo("org:maoists");
        assertThat(maoists.namesakes()).extracting(Gazetteer.Actor::id).containsExactly("org:maoists", "org:cpn-maoist");
        Gazetteer.Mention pla = first("PLA soldiers");
        assertThat(pla.actor().id()).isEqualTo("CN");
        assertThat(pla.namesakes()).extracting(Gazetteer.Actor::id).containsExactly("CN", "org:cpn-maoist");
        assertThat(first("the CPI (Maoist) said").namesakes()).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        "Maoists|Nepal|org:cpn-maoist",
        "Maoists|India|org:maoists",
        "Maoists|Peru|org:maoists",
        "Maoists||org:maoists",
        "PLA|Nepal|org:cpn-maoist",
        "PLA|China|CN",
        "PLA|Taiwan|CN",
    })
    void ofNamesakesTheOneAtHomeWhereTheArticleIsSetWinsElseTheDefault(String name, String home, String id) {
        Gazetteer.Actor country = home == null ? null : first(home).actor();
        assertThat(GAZ.namesakeAt(first(name), country).id()).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In Assam, 66 militants of the All Adivasi National Liberation Army laid down arms.|",
        "In Colombia, fighters of the National Liberation Army laid down arms.|org:ELN",
        "Colombia's National Liberation Army laid down arms.|org:ELN",
        "Troops fought the Colombian National Liberation Army in Arauca.|org:ELN",
        "National Liberation Army rebels attacked a base.|org:ELN",
        "Rebels Of National Liberation Army Attack Base|org:ELN",
    })
    void aForceNameAfterACapitalisedWordThatNamesNothingEndsALongerName(String text, String id) {
        List<String> forces = GAZ.find(Tokenizer.tokenize(text)).stream()
                .filter(m -> m.actor() != null && m.actor().organisation()).map(m -> m.actor().id()).toList();
        assertThat(forces).isEqualTo(id == null ? List.of() : List.of(id));
    }
}
