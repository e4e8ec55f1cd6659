package dev.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The few kinds of elements metadata is read from ({@code meta, link, time, title, h1, script}),
 * collected in one pass over the page. Metadata rules are written as CSS selectors; running each
 * one over the whole document cost a full traversal per selector (about a millisecond per page
 * for twenty selectors), so they run over these short lists instead, with parsed selectors cached.
 */
final class PageIndex {

    private static final Set<String> TAGS = Set.of("meta", "link", "time", "title", "h1", "script");
    private static final Map<String, Evaluator> SELECTORS = new ConcurrentHashMap<>();

    /** At most this many byline candidates are kept. */
    static final int MAX_BYLINES = 20;

    private final Document doc;
    private final Map<String, List<Element>> byTag = new java.util.HashMap<>();
    private final List<Element> bylines = new ArrayList<>();

    private PageIndex(Document doc) {
        this.doc = doc;
    }

    static PageIndex of(Document doc) {
        PageIndex index = new PageIndex(doc);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (TAGS.contains(e.normalName())) {
                        index.byTag.computeIfAbsent(e.normalName(), k -> new ArrayList<>()).add(e);
                    } else if (e.attributesSize() > 0 && index.bylines.size() < MAX_BYLINES && isByline(e)) {
                        index.bylines.add(e);
                    }
                }
            }
        }, doc);
        return index;
    }

    /**
     * Elements in the body that name the author, in document order: {@code rel=author},
     * {@code itemprop=author}, or a class/id containing {@code byline} or {@code author}
     * (Readability's signals).
     */
    List<Element> bylines() {
        return bylines;
    }

    private static boolean isByline(Element e) {
        if (e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").toLowerCase(java.util.Locale.ROOT).contains("author")) {
            return true;
        }
        String c = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
        return c.contains("byline") || c.contains("author");
    }

    Document document() {
        return doc;
    }

    /** Elements named {@code tag} matching {@code selector}, in document order. */
    Elements select(String tag, String selector) {
        Evaluator ev = SELECTORS.computeIfAbsent(selector, QueryParser::parse);
        Elements out = new Elements();
        for (Element e : byTag.getOrDefault(tag, List.of())) {
            if (e.is(ev)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first element named {@code tag} matching {@code selector}, or {@code null}. */
    Element selectFirst(String tag, String selector) {
        Evaluator ev = SELECTORS.computeIfAbsent(selector, QueryParser::parse);
        for (Element e : byTag.getOrDefault(tag, List.of())) {
            if (e.is(ev)) {
                return e;
            }
        }
        return null;
    }
}
