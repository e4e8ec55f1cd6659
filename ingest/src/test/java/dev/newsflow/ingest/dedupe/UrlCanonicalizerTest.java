package dev.newsflow.ingest.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    private static String c(String url) {
        return UrlCanonicalizer.canonicalize(url).orElse(null);
    }

    @Test
    void stripsTrackingParametersFragmentsAndDefaultPorts() {
        assertThat(c("HTTPS://News.Example.COM:443/World/Story?utm_source=rss&utm_medium=feed&id=7#comments"))
                .isEqualTo("https://news.example.com/World/Story?id=7");
        assertThat(c("https://example.com/a?fbclid=abc&gclid=x&_ga=1&mc_cid=2")).isEqualTo("https://example.com/a");
        assertThat(c("http://example.com")).isEqualTo("http://example.com/");
        assertThat(c("http://example.com:8080/a/./b/../c")).isEqualTo("http://example.com:8080/a/c");
    }

    @Test
    void sortsRemainingParametersSoOrderDoesNotMatter() {
        assertThat(c("https://example.com/s?page=2&id=9")).isEqualTo(c("https://example.com/s?id=9&page=2&utm_campaign=x"));
        assertThat(c("https://example.com/s?flag")).isEqualTo("https://example.com/s?flag");
    }

    @Test
    void refusesWhatIsNotHttp() {
        assertThat(UrlCanonicalizer.canonicalize("ftp://example.com/x")).isEmpty();
        assertThat(UrlCanonicalizer.canonicalize("javascript:alert(1)")).isEmpty();
        assertThat(UrlCanonicalizer.canonicalize(null)).isEmpty();
    }

    @Test
    void usesTheCanonicalLinkOnlyOnTheSameSite() {
        assertThat(UrlCanonicalizer.identity("https://m.example.com/story?utm_source=x", "https://www.example.com/story"))
                .contains("https://www.example.com/story");
        assertThat(UrlCanonicalizer.identity("https://example.com/story", "https://other.org/their-story"))
                .contains("https://example.com/story");
        assertThat(UrlCanonicalizer.identity("https://example.com/story", null)).contains("https://example.com/story");
    }

    @Test
    void aChangeTokenCountsOnlyWhenNewer() {
        assertThat(SeenUrls.isNewer("2024-10-19T00:00:00Z", "2024-10-18T00:00:00Z")).isTrue();
        assertThat(SeenUrls.isNewer("2024-10-17T00:00:00Z", "2024-10-18T00:00:00Z")).isFalse();
        assertThat(SeenUrls.isNewer("2024-10-18T00:00:00Z", "2024-10-18T00:00:00Z")).isFalse();
        assertThat(SeenUrls.isNewer(null, "2024-10-18T00:00:00Z")).isFalse();
        assertThat(SeenUrls.isNewer("v2", null)).isTrue();
        assertThat(SeenUrls.isNewer("v2", "v1")).isTrue();
    }
}
