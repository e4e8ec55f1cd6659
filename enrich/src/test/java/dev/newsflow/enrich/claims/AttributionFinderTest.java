package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionFinderTest {

    private static final AttributionFinder FINDER = new AttributionFinder(new Gazetteer());

    private static AttributionFinder.Attribution find(String sentence) {
        return FINDER.find(Tokenizer.tokenize(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "According to Secretary of State Antony Blinken, the US government assumes that 10,000 soldiers have been sent.|Antony Blinken",
        "“There are reports that 100,000 North Koreans are being prepared,” Korotchenko said.|Korotchenko",
        "It is 100,000 “volunteers”, Russian state television reported in early August.|Russian state television",
        "The NIS has now increased this number to around 3,000 soldiers.|NIS",
        "NATO spokeswoman Farah Dakhallah told DW in Brussels on Wednesday that troops were deployed.|Farah Dakhallah",
        "“Ammunition is needed,” said US National Security Council communications director John Kirby.|John Kirby",
        "According to a report by “Bild”, the workers will be mainly used in Donetsk.|Bild",
        "According to the National Intelligence Service (NIS), about 300 soldiers have been killed.|National Intelligence Service",
        "Russia has concentrated 110,000 troops, Ukraine's commander-in-chief said on Saturday.|Ukraine's commander-in-chief",
        "Russia massed troops, Ukraine's military intelligence chief Kyrylo Budanov said on Friday.|Kyrylo Budanov",
        "Ukraine, which also keeps its losses secret, said that 43,000 of its soldiers had been killed.|Ukraine",
        "Moscow has not published its losses since 2022, when it said 5,937 servicemen had died.|Moscow",
        "An independent count by the BBC has confirmed the names of 95,000 soldiers.|BBC",
        "Analysts at the Institute for National Security Strategy estimate that 6,000 workers will go.|Institute for National Security Strategy",
        "Fifteen hundred workers arrived in Vladivostok, Russian regional media reported.|Russian regional media",
        "The United States will deploy 3,000 soldiers to Poland, Defense Secretary Lloyd Austin said.|Lloyd Austin",
        "The Defence Ministry states that 5,000 troops are ready.|Defence Ministry",
        "Speaking to NBC, Mr Zelensky said that 46,000 soldiers had been killed.|Zelensky",
    })
    void namedSources(String sentence, String source) {
        AttributionFinder.Attribution a = find(sentence);
        assertThat(a).isNotNull();
        assertThat(a.source()).isEqualTo(source);
        assertThat(a.generic()).isFalse();
    }

    @Test
    void aCountedNounBeforeTheNameIsNoPartOfTheSource() {
        AttributionFinder.Attribution a = find("Of the 200 militants Israel claims to have killed, 80 were in Radwan.");
        assertThat(a.source()).isEqualTo("Israel");
        assertThat(a.start()).isEqualTo(4);
        assertThat(find("Two US officials said 300 troops left.").source()).isEqualTo("Two US officials");
        assertThat(find("The 28th Bomb Wing Public Affairs office said one airman was hurt.").source())
                .isEqualTo("28th Bomb Wing Public Affairs office");
    }

    @Test
    void aReportIsGeneric() {
        AttributionFinder.Attribution a = find("According to a report published last Friday, Pyongyang wants to contribute.");
        assertThat(a.generic()).isTrue();
        assertThat(a.source()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Of these, 1,500 are said to have already disembarked in Vladivostok.",
        "Neither Moscow nor Pyongyang have yet denied reports of the deployment of thousands of soldiers.",
        "Russian officials denied reports that 3,000 North Korean soldiers were stationed in Kursk.",
        "Kim offered 100,000 “volunteer” soldiers",
        "Almost 90,000 soldiers from all member states are taking part in the major exercise.",
        "Troops from the Baltic states joined the drills.",
    })
    void noSource(String sentence) {
        AttributionFinder.Attribution a = find(sentence);
        assertThat(a == null || a.source() == null).as(String.valueOf(a)).isTrue();
    }

    @Test
    void surnamesExpandToTheFullNameInTheArticle() {
        assertThat(FINDER.expandName("Korotchenko", "The Russian military expert Igor Korotchenko spoke.", ""))
                .isEqualTo("Igor Korotchenko");
        assertThat(FINDER.expandName("Putin", "", "later, President Vladimir Putin said")).isEqualTo("Vladimir Putin");
        assertThat(FINDER.expandName("Lange", "nothing here", "")).isEqualTo("Lange");
    }
}
