package dev.newsflow.ingest.clean;

import static dev.newsflow.ingest.TestResources.resource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.archive.ArchivedPage;
import dev.newsflow.ingest.archive.HtmlArchive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled sample pages (test copy of samples/archive) against their seed texts: metadata,
 * every body line kept, named chrome dropped.
 */
class SamplePagesTest {

    /**
     * @param id          page id
     * @param title       expected headline
     * @param byline      expected byline (nullable)
     * @param published   expected publication time
     * @param site        expected site name
     * @param chromeLines prefixes of seed lines that are page chrome, not article body
     * @param absent      strings that are in the page's HTML but must not reach the text
     */
    record Expected(String id, String title, String byline, String published, String site,
                    List<String> chromeLines, List<String> absent) {
        @Override
        public String toString() {
            return id;
        }
    }

    static final String COOKIE = "We use cookies and similar technologies";

    static Stream<Expected> pages() {
        return Stream.of(
                new Expected("000_48c8060bd9edfce6",
                        "Putin soon with troops from North Korea? Kim apparently offers support for the Ukraine war",
                        "Patrick Freiwah", "2022-08-06T14:37:00+02:00", "Frankfurter Rundschau",
                        List.of("date 2022-08-06 Home page politics", "Of: Patrick Freiwah", "Russia’s head of state"),
                        List.of("Of: Patrick Freiwah", "© UPI Photo/Imago", "Most read", "300,000 troops", COOKIE,
                                "Propaganda from Rossija-1 again", "Home page", "Share on Facebook")),
                new Expected("001_245ba4d83e86a3f6",
                        "\"Mutual Solidarity\": North Korea and Russia want to work more closely together in the Ukraine war",
                        null, "2023-04-26T07:50:15.070Z", "The Limited Times",
                        List.of("The Limited Times", "Now you can see non-English news", "\"Mutual Solidarity\"", "2023-04-26T07:50",
                                "North Korea has emphasized its ties with Russia. The US", "+", "In April 2019, Kim Jong-un and Vladimir Putin met",
                                "© Valery Melnikov/TASS", "Rubric list image", "Source: merkur", "All news articles on", "You may like",
                                "Trends 24h", "Latest", "© Communities 2019", "The information on this site", "The inclusion of any links"),
                        List.of("Now you can see non-English news", "© Valery Melnikov/TASS", "Rubric list image", "Source: merkur",
                                "You may like", "Trends 24h", "All news articles on 2023-04-26", "The information on this site is from external sources",
                                "met in person for the first and last time", "Two isolated regimes holding hands", COOKIE)),
                new Expected("002_383e3b8ceed1dc3e",
                        "For “reconstruction” – North Korea wants to send soldiers to eastern Ukraine",
                        "Krone", "2022-09-05T10:15:00+02:00", "Europe Today",
                        List.of("Source: Krone", "Please enter your", "Share post:", "More like this", "Just in time for lunch",
                                "Scandal at Easter", "Iran attack", "After the Iranian rain", "Forum echo", "The Ottakringer Brewery"),
                        List.of("Please enter your comment!", "Please enter your name here", "Share post:", "More like this",
                                "Just in time for lunch", "Schallenberg warns", "Source: Krone", "LEAVE A REPLY", COOKIE)),
                new Expected("003_ce3c4f6a4555c1bb",
                        "How North Korea is changing Russia’s war in Ukraine – DW – October 24, 2024",
                        "DW", "2024-10-24T09:30:00-04:00", "Yiamastaverna",
                        List.of("close", "Yiamastaverna", "Trusted News", "How North Korea is changing", "Massachusetts",
                                "Zelensky: Russia is stationing", "To view this video", "North Korean leader Kim Jong Un (l.)",
                                "So far, neither North Korean leader", "Video still from a broadcast", "South Korean intelligence (NIS) confirmed",
                                "Republican presidential candidate Donald Trump", "LEAVE A RESPONSE", "Your email address"),
                        List.of("To view this video, please enable JavaScript", "Zelensky: Russia is stationing North Korean troops",
                                "LEAVE A RESPONSE", "Your email address will not be published", "Image: Vladimir Smirnov",
                                "Trusted News", "Pentagon: about 10,000 North Korean troops", "Massachusetts",
                                "Hard to know what to believe", COOKIE)),
                new Expected("004_9f1657411fcad977",
                        "North Korea assures Russia of support until “victory” in Ukraine",
                        "AFP", "2024-11-01T19:48:00+01:00", "24 Hours World",
                        List.of("War in Eastern Europe", "North Korea assures Russia", "Copy the current link", "AFP", "cl",
                                "Source: Stern", "I have been working in the news industry"),
                        List.of("Copy the current link", "I have been working in the news industry", "Most read",
                                "Poland moves 30,000 troops to border", "Source: Stern", "War in Eastern Europe",
                                "Seoul: North Korean soldiers could reach", "chilling words", COOKIE)));
    }

    private final HtmlDecoder decoder = new HtmlDecoder();
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static ArchivedPage page(String id) throws IOException {
        return new HtmlArchive(resource("archive")).readAll().stream()
                .filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> bodyLines(Expected e) throws IOException {
        return Files.readAllLines(resource("seeds/" + e.id() + ".txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.equals(e.title()))
                .filter(l -> e.chromeLines().stream().noneMatch(l::startsWith))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void metadata(Expected e) throws IOException {
        CleanedArticle a = cleaner.clean(decoder.parse(page(e.id())));

        assertThat(a.title()).isEqualTo(e.title());
        assertThat(a.byline()).isEqualTo(e.byline());
        assertThat(a.published()).isEqualTo(OffsetDateTime.parse(e.published()));
        assertThat(a.lang()).isEqualTo("en");
        assertThat(a.siteName()).isEqualTo(e.site());
        assertThat(a.canonicalUrl()).startsWith("https://");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void bodyKeepsEverySeedLineInOrder(Expected e) throws IOException {
        String text = cleaner.clean(decoder.parse(page(e.id()))).text();
        List<String> lines = bodyLines(e);

        assertThat(lines).hasSizeGreaterThan(5);
        int from = 0;
        for (String line : lines) {
            int at = text.indexOf(line, from);
            assertThat(at).as("seed line, in order: %s", line).isGreaterThanOrEqualTo(0);
            from = at + line.length();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void bodyDropsChrome(Expected e) throws IOException {
        Document doc = decoder.parse(page(e.id()));
        String html = doc.text();
        String text = cleaner.clean(doc).text();

        for (String chrome : e.absent()) {
            assertThat(html).as("the page carries the chrome").contains(chrome);
            assertThat(text).as("chrome in the text").doesNotContain(chrome);
        }
        assertThat(text).doesNotContain(e.title());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void testCopyHoldsSeedTextVerbatim(Expected e) throws IOException {
        String html = decoder.parse(page(e.id())).text();
        for (String line : bodyLines(e)) {
            assertThat(html).contains(line);
        }
    }
}
