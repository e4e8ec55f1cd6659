package dev.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feed, sitemap and URL-list reading, and the refusal of DOCTYPEs (XXE, entity bombs). */
class SourceReadersTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>t</title><link>https://news.example.com/</link><description>d</description>
            <item><title>a</title><link>/world/a?utm_source=rss</link><pubDate>Fri, 18 Oct 2024 09:00:00 GMT</pubDate></item>
            <item><title>b</title><link>https://news.example.com/world/b</link></item>
            <item><title>bad</title><link>javascript:alert(1)</link></item>
            </channel></rss>""";

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2024-10-18T09:00:00Z</updated>
            <entry><title>a</title><id>urn:a</id><link href="https://news.example.com/a"/><updated>2024-10-19T10:00:00Z</updated></entry>
            </feed>""";

    private static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>&xxe;</title><link>https://x.example/</link><description>d</description>
            <item><title>&xxe;</title><link>https://x.example/a</link></item></channel></rss>""";

    @Test
    void readsRssAndAtomWithChangeTokens() throws Exception {
        var rss = new FeedReader().read(RSS.getBytes(StandardCharsets.UTF_8), "https://news.example.com/feed.xml");
        assertThat(rss).extracting(DiscoveredUrl::url)
                .containsExactly("https://news.example.com/world/a?utm_source=rss", "https://news.example.com/world/b");
        assertThat(rss.get(0).changeToken()).isEqualTo("2024-10-18T09:00:00Z");
        assertThat(rss.get(1).changeToken()).isNull();
        var atom = new FeedReader().read(ATOM.getBytes(StandardCharsets.UTF_8), "https://news.example.com/atom");
        assertThat(atom).containsExactly(new DiscoveredUrl("https://news.example.com/a", "2024-10-19T10:00:00Z"));
    }

    @Test
    void refusesFeedsWithADoctype() {
        assertThatThrownBy(() -> new FeedReader().read(XXE.getBytes(StandardCharsets.UTF_8), "https://x.example/feed"))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.reason()).isEqualTo("xml-doctype"));
        byte[] utf16 = XXE.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>")
                .getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> new FeedReader().read(utf16, "https://x.example/feed")).isInstanceOf(SourceException.class);
    }

    @Test
    void theParsersThemselvesRefuseDoctypesWithoutTheGuard() throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("newsflow-xxe", ".txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET");
        String feed = XXE.replace("file:///etc/passwd", secret.toUri().toString());
        assertThatThrownBy(() -> FeedReader.newInput().build(new org.xml.sax.InputSource(new java.io.StringReader(feed))))
                .isInstanceOf(com.rometools.rome.io.FeedException.class)
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("TOP-SECRET"));
        String sitemap = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.example/&xxe;</loc></url></urlset>";
        Object parsed;
        try {
            parsed = SitemapReader.newParser().parseSiteMap("text/xml", sitemap.getBytes(StandardCharsets.UTF_8),
                    new java.net.URL("https://x.example/sitemap.xml"));
        } catch (Exception e) {
            parsed = e;
        }
        assertThat(String.valueOf(parsed)).doesNotContain("TOP-SECRET");
        if (parsed instanceof crawlercommons.sitemaps.SiteMap map) {
            assertThat(map.getSiteMapUrls()).noneMatch(u -> u.getUrl().toString().contains("TOP-SECRET"));
        }
        java.nio.file.Files.delete(secret);
    }

    @Test
    void refusesSitemapsWithADoctypeEvenGzipped() throws Exception {
        String bomb = """
                <?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/&b;</loc></url></urlset>""";
        SitemapReader reader = new SitemapReader(1_000_000);
        assertThatThrownBy(() -> reader.read(gzip(bomb.getBytes(StandardCharsets.UTF_8)), "https://x.example/s.xml.gz"))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.reason()).isEqualTo("xml-doctype"));
    }

    @Test
    void readsNewsSitemapsIndexesAndGzip() throws Exception {
        String news = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                <url><loc>https://www.example.com/world/a</loc><news:news><news:publication><news:name>E</news:name>
                <news:language>en</news:language></news:publication><news:publication_date>2024-10-18T09:00:00Z</news:publication_date>
                <news:title>A</news:title></news:news></url>
                <url><loc>https://www.example.com/world/b</loc><lastmod>2024-10-17</lastmod></url>
                <url><loc>https://elsewhere.org/c</loc></url>
                </urlset>""";
        SitemapReader reader = new SitemapReader(1_000_000);
        SitemapReader.Result result = reader.read(gzip(news.getBytes(StandardCharsets.UTF_8)),
                "https://www.example.com/news-sitemap.xml.gz");
        assertThat(result.sitemaps()).isEmpty();
        assertThat(result.urls()).extracting(DiscoveredUrl::url)
                .containsExactly("https://www.example.com/world/a", "https://www.example.com/world/b");
        assertThat(result.urls().get(0).changeToken()).isEqualTo("2024-10-18T09:00:00Z");
        assertThat(result.urls().get(1).changeToken()).startsWith("2024-10-17");

        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>https://www.example.com/s1.xml</loc></sitemap><sitemap><loc>https://www.example.com/s2.xml.gz</loc></sitemap>
                </sitemapindex>""";
        assertThat(reader.read(index.getBytes(StandardCharsets.UTF_8), "https://www.example.com/index.xml").sitemaps())
                .containsExactlyInAnyOrder("https://www.example.com/s1.xml", "https://www.example.com/s2.xml.gz");
    }

    @Test
    void capsTheExpandedSizeOfAGzippedSitemap() throws Exception {
        byte[] huge = gzip(new byte[5_000_000]);
        assertThatThrownBy(() -> new SitemapReader(1_000_000).read(huge, "https://x.example/s.xml.gz"))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.reason()).isEqualTo("too-large"));
    }

    @Test
    void readsUrlLists(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, "# seeds\nhttps://a.example/1\n\n  https://b.example/2  \n");
        assertThat(UrlList.read(list)).extracting(DiscoveredUrl::url).containsExactly("https://a.example/1", "https://b.example/2");
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
