package dev.newsflow.ingest.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article node of a page's JSON-LD, with {@code @id} references resolved.
 *
 * <p>Publishers emit JSON-LD as one object, an array of objects, or a {@code @graph} whose nodes
 * point at each other by {@code @id} (Yoast, Rank Math); {@code @type} may be a string or an
 * array. Hand-written blocks often carry trailing commas or raw newlines in strings, so parsing is
 * lenient, and a block that still does not parse is skipped rather than failing the page.
 */
final class JsonLd {

    static final Set<String> ARTICLE_TYPES = Set.of(
            "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
            "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private final JsonNode article;
    private final Map<String, JsonNode> byId;

    private JsonLd(JsonNode article, Map<String, JsonNode> byId) {
        this.article = article;
        this.byId = byId;
    }

    /** Returns the first article-typed node of the page, or {@code null} if there is none. */
    static JsonLd of(Document doc) {
        return of(PageIndex.of(doc));
    }

    /** As {@link #of(Document)}, over an index of the page. */
    static JsonLd of(PageIndex index) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : index.select("script", "script[type]")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            try {
                flatten(MAPPER.readTree(script.data()), nodes);
            } catch (JsonProcessingException e) {
                // a broken block says nothing; other blocks and the meta tags still may
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode n : nodes) {
            if (n.hasNonNull("@id") && n.size() > 1) {
                byId.putIfAbsent(n.get("@id").asText(), n);
            }
        }
        for (JsonNode n : nodes) {
            if (isArticle(n)) {
                return new JsonLd(n, byId);
            }
        }
        return null;
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    private JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && node.size() == 1 && node.hasNonNull("@id")) {
            return byId.getOrDefault(node.get("@id").asText(), node);
        }
        return node;
    }

    /** A plain string property of the article, or {@code null}. */
    String text(String field) {
        JsonNode n = article.get(field);
        if (n != null && n.isArray() && !n.isEmpty()) {
            n = n.get(0);
        }
        return n != null && n.isValueNode() && !n.asText().isBlank() ? n.asText().strip() : null;
    }

    /** Author names, joined by ", ": tolerates a string, an object, an {@code @id} or an array of them. */
    String authors() {
        JsonNode author = article.get("author");
        if (author == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = name(a);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    String publisherName() {
        return name(article.get("publisher"));
    }

    /** {@code url}, else {@code mainEntityOfPage} as a string or as {@code {"@id": …}}. */
    String url() {
        String url = text("url");
        if (url != null) {
            return url;
        }
        JsonNode main = article.get("mainEntityOfPage");
        if (main == null) {
            return null;
        }
        if (main.isValueNode()) {
            return main.asText().isBlank() ? null : main.asText();
        }
        JsonNode id = main.get("@id");
        return id != null && !id.asText().isBlank() ? id.asText() : null;
    }

    private String name(JsonNode node) {
        node = resolve(node);
        if (node == null) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText().isBlank() ? null : node.asText().strip();
        }
        JsonNode name = node.get("name");
        return name != null && name.isValueNode() && !name.asText().isBlank() ? name.asText().strip() : null;
    }
}
