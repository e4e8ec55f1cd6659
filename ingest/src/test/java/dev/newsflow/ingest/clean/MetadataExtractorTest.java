package dev.newsflow.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private static final String FULL = """
            <html lang="de"><head>
            <title>From title | Site</title>
            <meta property="og:title" content="From og">
            <meta property="og:site_name" content="Site">
            <meta property="article:published_time" content="2024-02-02T10:00:00+01:00">
            <script type="application/ld+json">
              {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "From JSON-LD",
               "datePublished": "2024-01-01T10:00:00+01:00", "inLanguage": "en"}
            </script>
            </head><body><h1>From h1</h1><article><time datetime="2024-03-03T10:00:00Z">3 March</time></article></body></html>
            """;

    @Test
    void titleComesFromJsonLdThenOgThenTitleThenH1() {
        Document doc = Jsoup.parse(FULL);
        assertThat(extractor.extract(doc).title()).isEqualTo("From JSON-LD");

        doc.select("script").remove();
        assertThat(extractor.extract(doc).title()).isEqualTo("From og");

        doc.select("meta[property=og:title]").remove();
        assertThat(extractor.extract(doc).title()).as("site suffix stripped").isEqualTo("From title");

        doc.select("title").remove();
        assertThat(extractor.extract(doc).title()).isEqualTo("From h1");
    }

    @Test
    void publishedComesFromJsonLdThenMetaThenTime() {
        Document doc = Jsoup.parse(FULL);
        assertThat(extractor.extract(doc).published()).isEqualTo(OffsetDateTime.parse("2024-01-01T10:00:00+01:00"));

        doc.select("script").remove();
        assertThat(extractor.extract(doc).published()).isEqualTo(OffsetDateTime.parse("2024-02-02T10:00:00+01:00"));

        doc.select("meta[property=article:published_time]").remove();
        assertThat(extractor.extract(doc).published()).isEqualTo(OffsetDateTime.parse("2024-03-03T10:00:00Z"));

        doc.select("time").remove();
        assertThat(extractor.extract(doc).published()).isNull();
    }

    @Test
    void langComesFromJsonLdThenHtmlLang() {
        Document doc = Jsoup.parse(FULL);
        assertThat(extractor.extract(doc).lang()).isEqualTo("en");

        doc.select("script").remove();
        assertThat(extractor.extract(doc).lang()).isEqualTo("de");
    }

    @Test
    void readsGraphArraysIdReferencesAndSkipsBrokenBlocks() {
        Document doc = Jsoup.parse("""
                <script type="application/ld+json">{ this is not json </script>
                <script type="application/ld+json">
                [{"@type": "Organization", "name": "Not the article"},
                 {"@context": "https://schema.org", "@graph": [
                   {"@type": "Organization", "@id": "#org", "name": "Daily Example"},
                   {"@type": ["ReportageNewsArticle", "Article"], "headline": "Graph headline",
                    "author": [{"@type": "Person", "name": "A. Writer"}, "AFP", {"name": "A. Writer"}],
                    "publisher": {"@id": "#org"}, "mainEntityOfPage": {"@id": "https://example.com/a"},
                    "datePublished": "2024-10-24T09:30:00+0200",}
                 ]}]
                </script>""");

        ArticleMetadata m = extractor.extract(doc);

        assertThat(m.title()).isEqualTo("Graph headline");
        assertThat(m.byline()).isEqualTo("A. Writer, AFP");
        assertThat(m.siteName()).isEqualTo("Daily Example");
        assertThat(m.canonicalUrl()).isEqualTo("https://example.com/a");
        assertThat(m.published()).isEqualTo(OffsetDateTime.parse("2024-10-24T09:30:00+02:00"));
    }

    @Test
    void canonicalLinkBeatsJsonLdUrl() {
        Document doc = Jsoup.parse("""
                <link rel="canonical" href="https://aggregator.example/story">
                <script type="application/ld+json">{"@type": "NewsArticle", "url": "https://source.example/story"}</script>
                """);

        assertThat(extractor.extract(doc).canonicalUrl()).isEqualTo("https://aggregator.example/story");
    }

    @Test
    void datesInTheDialectsPagesUse() {
        assertThat(Dates.parse("2022-08-06")).isEqualTo(OffsetDateTime.parse("2022-08-06T00:00:00Z"));
        assertThat(Dates.parse("2022-08-06 14:37:00")).isEqualTo(OffsetDateTime.parse("2022-08-06T14:37:00Z"));
        assertThat(Dates.parse("2022-08-06T14:37:00+0200")).isEqualTo(OffsetDateTime.parse("2022-08-06T14:37:00+02:00"));
        assertThat(Dates.parse("Sat, 6 Aug 2022 12:37:00 GMT")).isEqualTo(OffsetDateTime.parse("2022-08-06T12:37:00Z"));
        assertThat(Dates.parse("yesterday")).isNull();
        assertThat(Dates.parse(" ")).isNull();
    }
}
