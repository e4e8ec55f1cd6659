package dev.newsflow.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static final String P1 = "Pyongyang wants to contribute up to 12,000 soldiers to Russia’s war in Ukraine, the report said.";
    private static final String P2 = "Of these, 1,500 are said to have already disembarked in the Russian port city of Vladivostok.";
    private static final String P3 = "Neither Russia nor North Korea have yet officially confirmed the results of the report.";

    @Test
    void longLinkListLosesToShorterProse() {
        StringBuilder links = new StringBuilder("<div class=\"box\"><ul>");
        for (int i = 0; i < 30; i++) {
            links.append("<li><a href=\"/n/").append(i).append("\">Headline number ").append(i)
                    .append(": Poland moves 30,000 troops to the border, officials say</a></li>");
        }
        links.append("</ul></div>");
        String html = "<html><body>" + links + "<div class=\"box\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div></body></html>";

        CleanedArticle a = cleaner.clean(html, "https://example.com/");

        assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void pageWithoutMetadataStillYieldsItsText() {
        CleanedArticle a = cleaner.clean("<div><p>" + P1 + "</p><p>" + P2 + "</p></div>", "");

        assertThat(a.title()).isEmpty();
        assertThat(a.byline()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.lang()).isNull();
        assertThat(a.canonicalUrl()).isNull();
        assertThat(a.siteName()).isNull();
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void malformedHtmlStillYieldsText() {
        String html = "<html><body><div class=content><p>" + P1 + " <b>bold and never closed<p>" + P2
                + "<div><p>" + P3 + "<span>";

        assertThat(cleaner.clean(html, "").text()).contains(P1, "bold and never closed", P2, P3);
    }

    @Test
    void paragraphsAreWhitespaceNormalisedAndSubheadingsKeptInOrder() {
        String html = "<article><h1>Title</h1><p>  " + P1.replace(" ", " \n\t ") + "</p><h2>A  subheading</h2><p>"
                + P2.replace(" ", "\u00A0") + "</p><p>" + P3 + "</p></article>";

        assertThat(cleaner.clean(html, "").paragraphs()).containsExactly(P1, "A subheading", P2, P3);
    }

    @Test
    void standfirstInArticleHeaderIsKept() {
        String lead = "Neither North Korea nor Russia have confirmed reports of soldiers at the border. But now there is a message.";
        String html = "<div class=wrap><div class=head><h1>Title</h1><p class=subtitle>" + lead + "</p></div>"
                + "<div class=inner><div class=body><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>"
                + "<div class=teaser><a href=/x>Poland moves 30,000 troops to border</a></div></div>";

        assertThat(cleaner.clean(html, "").paragraphs()).containsExactly(lead, P1, P2, P3);
    }

    @Test
    void chromeHintsMatchWordsNotSubstrings() {
        assertThat(BoilerplateFilter.hasChromeHint("td-a-rec ad-slot")).isTrue();
        assertThat(BoilerplateFilter.hasChromeHint("article-source")).isTrue();
        assertThat(BoilerplateFilter.hasChromeHint("id-MostRead")).isTrue();
        assertThat(BoilerplateFilter.hasChromeHint("shadow")).isFalse();
        assertThat(BoilerplateFilter.hasChromeHint("td-post-content tagdiv-type")).isFalse();
        assertThat(BoilerplateFilter.hasChromeHint("entry-content no-share")).isFalse();
    }

    @Test
    void cleaningLeavesTheInputDocumentAlone() {
        Document doc = Jsoup.parse("<nav>Menu</nav><div><p>" + P1 + "</p></div>");
        String before = doc.outerHtml();

        cleaner.clean(doc);

        assertThat(doc.outerHtml()).isEqualTo(before);
    }
}
