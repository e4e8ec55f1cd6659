package dev.newsflow.ingest.clean;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's title, byline, publication time, language, canonical URL and site name.
 *
 * <p>Sources are tried from the most to the least deliberate: JSON-LD (written for machines, so
 * typed and complete), then OpenGraph and other {@code <meta>} tags (written for link previews,
 * usually right), then a visible {@code <time datetime>} (may belong to a teaser), then the
 * {@code <title>} element (often carries a " | Site" suffix) and the first {@code <h1>}. The first
 * source that yields a usable value wins, field by field.
 *
 * <p>Exception: the canonical URL comes from {@code <link rel="canonical">} before JSON-LD,
 * because aggregators copy the source's JSON-LD {@code url} while their canonical link is right.
 */
public final class MetadataExtractor {

    private static final List<String> PUBLISHED_META = List.of(
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publish-date]", "meta[name=parsely-pub-date]", "meta[name=dc.date.issued]",
            "meta[name=dc.date]", "meta[name=date]");

    /** Extracts the metadata; never throws on odd markup, missing values are {@code null}. */
    public ArticleMetadata extract(Document doc) {
        PageIndex index = PageIndex.of(doc);
        return extract(index, JsonLd.of(index));
    }

    /** As {@link #extract(Document)}, over an index of the page and its JSON-LD (may be {@code null}). */
    ArticleMetadata extract(PageIndex doc, JsonLd ld) {
        String siteName = first(ld == null ? null : ld.publisherName(),
                meta(doc, "meta[property=og:site_name]", "meta[name=application-name]"));
        return new ArticleMetadata(
                title(doc, ld, siteName),
                first(ld == null ? null : ld.authors(), meta(doc, "meta[name=author]", "meta[name=byl]",
                        "meta[name=parsely-author]"), visibleByline(doc)),
                published(doc, ld),
                lang(doc, ld),
                canonical(doc, ld),
                siteName);
    }

    private static String title(PageIndex doc, JsonLd ld, String siteName) {
        String title = first(ld == null ? null : first(ld.text("headline"), ld.text("name")),
                meta(doc, "meta[property=og:title]", "meta[name=twitter:title]", "meta[property=twitter:title]"));
        if (title != null) {
            return title;
        }
        Element titleTag = first(doc.selectFirst("title", "head > title"), doc.selectFirst("title", "title"));
        if (titleTag != null && !titleTag.text().isBlank()) {
            return stripSiteSuffix(TextBlocks.normalize(titleTag.text()), siteName);
        }
        Element h1 = doc.selectFirst("h1", "h1");
        return h1 == null || h1.text().isBlank() ? null : TextBlocks.normalize(h1.text());
    }

    /** "Headline | Site" → "Headline", only when the suffix is the known site name. */
    static String stripSiteSuffix(String title, String siteName) {
        if (siteName == null) {
            return title;
        }
        for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
            String suffix = sep + siteName;
            if (title.length() > suffix.length() && title.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
        }
        return title;
    }

    private static OffsetDateTime published(PageIndex doc, JsonLd ld) {
        if (ld != null) {
            OffsetDateTime t = Dates.parse(first(ld.text("datePublished"), ld.text("dateCreated")));
            if (t != null) {
                return t;
            }
        }
        for (String selector : PUBLISHED_META) {
            for (Element m : doc.select("meta", selector)) {
                OffsetDateTime t = Dates.parse(m.attr("content"));
                if (t != null) {
                    return t;
                }
            }
        }
        // a <time> marked as the publication time, then one inside the article, then any
        for (String selector : List.of("time[pubdate][datetime], time[itemprop=datePublished][datetime], time.published[datetime]",
                "article time[datetime], [itemprop=articleBody] time[datetime]", "time[datetime]")) {
            for (Element time : doc.select("time", selector)) {
                OffsetDateTime t = Dates.parse(time.attr("datetime"));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String lang(PageIndex doc, JsonLd ld) {
        String lang = first(ld == null ? null : ld.text("inLanguage"), attr(doc.document().firstElementChild(), "lang"),
                meta(doc, "meta[http-equiv=content-language]"));
        if (lang == null) {
            String locale = meta(doc, "meta[property=og:locale]");
            lang = locale == null ? null : locale.replace('_', '-');
        }
        return lang;
    }

    /** Longest byline text kept, in characters: longer is an author bio, not a byline. */
    static final int MAX_BYLINE_CHARS = 100;

    /**
     * The first short, non-empty author element in the page (rel/itemprop/class "author",
     * "byline"), when neither JSON-LD nor meta tags name one. Found on Readability's pages: 49 of
     * 130 name their author only in the visible byline.
     */
    private static String visibleByline(PageIndex doc) {
        for (Element e : doc.bylines()) {
            if (e.normalName().equals("meta") || e.normalName().equals("link") || e.normalName().equals("body")
                    || e.normalName().equals("html")) {
                continue;
            }
            if (inComments(e)) {
                continue; // "comment-author": a reader, not the writer
            }
            Element name = e.selectFirst("[itemprop=name]");
            String text = TextBlocks.normalize((name != null ? name : e).text());
            if (!text.isEmpty() && text.length() < MAX_BYLINE_CHARS && text.codePoints().anyMatch(Character::isLetter)) {
                return text;
            }
        }
        return null;
    }

    private static boolean inComments(Element e) {
        int depth = 0;
        for (Element a = e; a != null && depth < 64; a = a.parent(), depth++) {
            if (a.attributesSize() == 0) {
                continue;
            }
            String c = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
            if (c.contains("comment") || c.contains("respond") || c.contains("reply") || c.contains("disqus")) {
                return true;
            }
        }
        return false;
    }

    private static String canonical(PageIndex doc, JsonLd ld) {
        Element link = doc.selectFirst("link", "link[rel=canonical][href]");
        String href = link == null ? null : first(link.absUrl("href"), link.attr("href"));
        return first(href, ld == null ? null : ld.url(), meta(doc, "meta[property=og:url]"));
    }

    private static String meta(PageIndex doc, String... selectors) {
        for (String selector : selectors) {
            for (Element m : doc.select("meta", selector)) {
                String content = m.attr("content");
                if (!content.isBlank()) {
                    return TextBlocks.normalize(content);
                }
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static Element first(Element a, Element b) {
        return a != null ? a : b;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
