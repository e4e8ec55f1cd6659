package dev.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts an element tree into text blocks: runs of inline text between block-level boundaries.
 *
 * <p>A block remembers the element that holds it and how much of its text sits inside links, so
 * that scoring can tell prose from link lists. Text written straight into a {@code <div>} (old
 * CMSs separate paragraphs with {@code <br>}) becomes a block of that div, so it is not lost for
 * want of {@code <p>} tags.
 */
final class TextBlocks {

    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul", "body", "html", "summary", "caption");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");

    /**
     * One run of text.
     *
     * @param element   the block-level element that directly holds the text
     * @param text      whitespace-normalised text
     * @param linkChars how many of its characters are link text
     */
    record Block(Element element, String text, int linkChars) {

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }

        String tag() {
            return element.normalName();
        }
    }

    private TextBlocks() {
    }

    /** The blocks under {@code root}, in document order. */
    static List<Block> of(Element root) {
        List<Block> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** Collapses every run of whitespace (no-break spaces included) to one space and trims. */
    static String normalize(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static void collect(Element block, List<Block> out) {
        StringBuilder text = new StringBuilder();
        StringBuilder links = new StringBuilder();
        walk(block, block, text, links, false, out);
        flush(block, text, links, out);
    }

    private static void walk(Element block, Element node, StringBuilder text, StringBuilder links,
                             boolean inLink, List<Block> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.getWholeText());
                if (inLink) {
                    links.append(t.getWholeText());
                }
            } else if (child instanceof Element e) {
                if (BLOCK_TAGS.contains(e.normalName())) {
                    flush(block, text, links, out);
                    collect(e, out);
                } else if (e.normalName().equals("br")) {
                    text.append(' ');
                } else {
                    walk(block, e, text, links, inLink || e.normalName().equals("a"), out);
                }
            }
        }
    }

    private static void flush(Element block, StringBuilder text, StringBuilder links, List<Block> out) {
        String t = normalize(text.toString());
        if (!t.isEmpty()) {
            out.add(new Block(block, t, normalize(links.toString()).length()));
        }
        text.setLength(0);
        links.setLength(0);
    }
}
