package dev.newsflow.ingest.clean;

import dev.newsflow.ingest.clean.TextBlocks.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a news page into a {@link CleanedArticle}: metadata plus the body's paragraphs and
 * subheadings, without the page furniture around them.
 *
 * <p>A rule-based extractor in steps, each in its own class so that each rule can be tested and
 * blamed on its own: {@link PageIndex} and {@link JsonLd} (one pass over the head elements and the
 * structured data), {@link MetadataExtractor} (what the page says about itself),
 * {@link BoilerplateFilter} (what is never prose, and what is marked as furniture), {@code TextBlocks}
 * (one iterative pass cutting the body into blocks) and {@code MainContentFinder} (pick the
 * container with the most unlinked prose and emit its blocks). Each class documents which rule
 * fixed which class of failure. Nothing is tuned to one site: rules were found on the
 * article-extraction benchmark and checked on Mozilla Readability's test pages, which they were not
 * written for ({@code newsflow eval aeb|readability}; figures in {@code docs/BENCHMARKS.md}).
 * Numbers in page furniture ("Most read: … 30,000 troops") must not reach the text, because
 * downstream every number in the text is a candidate claim.
 *
 * <p>Structured data as a fallback: when the page declares a JSON-LD {@code articleBody} of at
 * least {@value #LD_MIN_WORDS} words and the body found in the page holds less than half as many
 * words, the declared body is used (pages whose text is rendered by scripts, or hidden behind a
 * consent wall in the markup). Measured on AEB: requiring less (0.7, 0.85 of the words) did no
 * better.
 *
 * <p>Bounds: input bytes are capped by {@link HtmlDecoder}, the block pass visits at most a fixed
 * number of nodes and never recurses, and nothing is quadratic in the page size; callers that need
 * a wall-clock budget (the {@code newsflow clean} command) run a page on a worker thread with a
 * timeout.
 *
 * <p>Stateless and thread-safe; the input document is not modified (and no longer copied).
 */
public final class ArticleCleaner {

    private final MetadataExtractor metadata = new MetadataExtractor();
    private final BoilerplateFilter filter = new BoilerplateFilter();
    private final MainContentFinder finder = new MainContentFinder();

    /** Minimum length of a JSON-LD articleBody, in words, for it to be trusted over the page. */
    static final int LD_MIN_WORDS = 50;
    /** The page's body is replaced by JSON-LD articleBody when it holds less than this share of its words. */
    static final double LD_FALLBACK_RATIO = 0.5;

    /** Parses {@code html} (already decoded) and cleans it; {@code baseUri} resolves relative links. */
    public CleanedArticle clean(String html, String baseUri) {
        return clean(Jsoup.parse(html, Objects.requireNonNullElse(baseUri, "")));
    }

    /** Cleans a parsed page; {@code doc} itself is left untouched. */
    public CleanedArticle clean(Document doc) {
        PageIndex index = PageIndex.of(doc);
        JsonLd ld = JsonLd.of(index);
        ArticleMetadata meta = metadata.extract(index, ld);
        String title = meta.title() == null ? "" : meta.title();
        List<String> paragraphs = new ArrayList<>();
        for (Block b : finder.find(doc.body(), filter)) {
            if (b.text().equalsIgnoreCase(title)) {
                continue; // a headline repeated inside the body
            }
            paragraphs.add(b.text());
        }
        List<String> declared = ld == null ? List.of() : declaredBody(ld.text("articleBody"));
        if (words(declared) >= LD_MIN_WORDS && words(paragraphs) < words(declared) * LD_FALLBACK_RATIO) {
            paragraphs = declared;
        }
        return new CleanedArticle(title, meta.byline(), meta.published(), meta.lang(), meta.canonicalUrl(),
                meta.siteName(), paragraphs);
    }

    /** JSON-LD articleBody as paragraphs (split on line breaks); HTML inside it is reduced to text. */
    static List<String> declaredBody(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        String text = body.indexOf('<') >= 0 ? Jsoup.parse(body.replaceAll("(?i)</p>|<br\\s*/?>", "\n")).wholeText() : body;
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\n+")) {
            String t = TextBlocks.normalize(line);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static int words(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            boolean in = false;
            for (int i = 0; i < p.length(); i++) {
                boolean w = Character.isLetterOrDigit(p.charAt(i));
                if (w && !in) {
                    n++;
                }
                in = w;
            }
        }
        return n;
    }
}
