package dev.newsflow.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link MainContentFinder} and {@link BoilerplateFilter}, on hand-made pages. */
class ContentRulesTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static final String P1 = "Pyongyang wants to contribute up to 12,000 soldiers to Russia’s war in Ukraine, the report said.";
    private static final String P2 = "Of these, 1,500 are said to have already disembarked in the Russian port city of Vladivostok.";
    private static final String P3 = "Neither Russia nor North Korea have yet officially confirmed the results of the report.";

    private static String body(String... ps) {
        StringBuilder sb = new StringBuilder();
        for (String p : ps) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.toString();
    }

    @Test
    void furnitureMarkOnAWrapperOfTheWholePageIsIgnored() {
        String html = "<body><form id=\"aspnetForm\"><div class=\"page has-sidebar widget-wrap\">"
                + "<div class=\"story\">" + body(P1, P2, P3) + "<div class=\"share-bar\"><p>Share this on social media, "
                + "says 30,000 readers who like to share articles with their friends.</p></div></div>"
                + "</div></form></body>";
        assertThat(cleaner.clean(html, "").paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void sidebarAndCommentsOutsideTheArticleDoNotReachTheText() {
        String html = "<body><main><article>" + body(P1, P2, P3) + "</article>"
                + "<div id=\"comments\">" + body("I think 30,000 troops would be more like it, honestly, mate.",
                        "No way, it was 50,000 troops and everyone knows that by now anyway.") + "</div></main>"
                + "<div class=\"sidebar\"><p>Most read: Poland moves 30,000 troops to the border</p></div></body>";
        assertThat(cleaner.clean(html, "").text()).contains(P1, P3).doesNotContain("30,000", "50,000");
    }

    @Test
    void embeddedTweetInsideAMediaWrapperIsKept() {
        String tweet = "Seoul says 3,000 soldiers have now arrived, a sharp rise from last week's figure.";
        String html = "<body><article>" + body(P1, P2) + "<div class=\"social-media video-container\">"
                + "<blockquote class=\"twitter-tweet\"><p>" + tweet + "</p>— Reporter (@reporter) "
                + "<a href=\"https://twitter.com/x\">October 24, 2024</a></blockquote></div>" + body(P3)
                + "</article></body>";
        assertThat(cleaner.clean(html, "").text()).contains(tweet);
    }

    @Test
    void singleLineFurniturePhrasesAreDropped() {
        String html = "<body><article>" + body(P1, "Advertisement", P2, "Read more »", "Story continues below advertisement", P3)
                + "</article></body>";
        assertThat(cleaner.clean(html, "").paragraphs()).containsExactly(P1, P2, P3);
        assertThat(MainContentFinder.isFurnitureLine("Read more about the 12,000 soldiers in our explainer")).isFalse();
    }

    @Test
    void bodySplitByAnAdSlotKeepsBothHalves() {
        String html = "<body><div class=\"main\"><div class=\"text\">" + body(P1, P2) + "</div>"
                + "<div class=\"ad-slot\"><p>Buy now</p></div><div class=\"text\">" + body(P3, P1.replace("12,000", "10,000"))
                + "</div></div></body>";
        assertThat(cleaner.clean(html, "").text()).contains(P1, P2, P3, "10,000").doesNotContain("Buy now");
    }

    @Test
    void brSeparatedTextIsKept() {
        String html = "<body><div class=\"post\">" + P1 + "<br><br>" + P2 + "<br><br>" + P3 + "</div></body>";
        assertThat(cleaner.clean(html, "").paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void jsonLdArticleBodyReplacesABodyTheMarkupDoesNotShow() {
        String declared = String.join("\\n", List.of(P1, P2, P3, P1, P2, P3));
        String html = "<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"articleBody\":\"" + declared + "\"}</script></head><body><div id=\"app\"><p>Loading…</p></div></body>";
        assertThat(cleaner.clean(html, "").paragraphs()).containsExactly(P1, P2, P3, P1, P2, P3);
    }

    @Test
    void jsonLdArticleBodyDoesNotReplaceABodyThatAgrees() {
        String html = "<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + P1 + " " + P2 + "\"}</script></head><body><article>" + body(P1, P2, P3) + "</article></body>";
        assertThat(cleaner.clean(html, "").paragraphs()).containsExactly(P1, P2, P3);
    }
}
