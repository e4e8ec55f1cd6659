package dev.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts an element tree into text blocks (runs of inline text between block-level boundaries) in
 * one iterative pass, so that a 10,000-deep tree cannot overflow the stack, without modifying or
 * copying the document.
 *
 * <p>A block remembers the element that holds it, how much of its text sits inside links, and the
 * innermost furniture element around it ({@link BoilerplateFilter#isChrome}), so that the content
 * finder can ignore a chrome hint on a wrapper of the whole article while still dropping a share
 * bar inside it. Elements that never hold prose ({@link BoilerplateFilter#isDropped}) are skipped
 * with their subtree. Text written straight into a {@code <div>} (old CMSs separate paragraphs
 * with {@code <br>}) becomes a block of that div, and two consecutive {@code <br>}s end a block.
 *
 * <p>Each element gets an {@link Info} with its document-order index range and the totals of the
 * blocks below it, aggregated bottom-up in the same pass.
 */
final class TextBlocks {

    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul", "body", "html", "summary", "caption", "center");

    /**
     * Nodes visited per page at most; the rest of a larger page is not read. A real article page
     * has well under 100,000 nodes; this bounds the time and memory of a pathological one.
     */
    static final int MAX_NODES = 1_000_000;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");

    /** Per-element bookkeeping: subtree index range, chrome mark, and totals of the blocks below. */
    static final class Info {
        final Element element;
        final Info parent;
        final int index;
        int end;
        /** Innermost block element at or above this one that is furniture, or {@code null}. */
        Info chrome;
        /** Totals of the blocks below that are not inside furniture below this element. */
        double prose;
        double chars;
        double linkChars;
        int paragraphs;
        boolean selfChrome;
        /** Prose of the blocks below that sit inside furniture below this element. */
        double chromeProse;

        Info(Element element, Info parent, int index, Info chrome) {
            this.element = element;
            this.parent = parent;
            this.index = index;
            this.chrome = chrome;
        }

        boolean contains(Info other) {
            return other.index >= index && other.index <= end;
        }

        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1.0, linkChars / chars);
        }
    }

    /**
     * One run of text.
     *
     * @param element   the block-level element that directly holds the text
     * @param info      that element's bookkeeping
     * @param text      whitespace-normalised text
     * @param linkChars how many of its characters are link text
     */
    record Block(Element element, Info info, String text, int linkChars) {

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }

        String tag() {
            return element.normalName();
        }
    }

    /** The blocks of a tree and the bookkeeping of its elements. */
    record Result(List<Block> blocks, Map<Element, Info> infos) {
    }

    private TextBlocks() {
    }

    /** The blocks under {@code root}, in document order. */
    static Result of(Element root, BoilerplateFilter filter) {
        Walker w = new Walker(filter);
        NodeTraversor.filter(w, root);
        while (w.current != null) { // only when stopped early: close what is still open
            w.tail(w.current.element, 0);
        }
        w.flush();
        return new Result(w.out, w.infos);
    }

    /** Collapses every run of whitespace (no-break spaces included) to one space and trims. */
    static String normalize(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static final class Walker implements NodeFilter {
        private final BoilerplateFilter filter;
        private final List<Block> out = new ArrayList<>();
        private final Map<Element, Info> infos = new IdentityHashMap<>();
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder links = new StringBuilder();
        private Info current; // innermost element entered
        private Info block;   // innermost block-level element entered
        private int linkDepth;
        private int index;
        private boolean lastWasBr;

        Walker(BoilerplateFilter filter) {
            this.filter = filter;
        }

        private int nodes;

        @Override
        public FilterResult head(Node node, int depth) {
            if (++nodes > MAX_NODES) {
                return FilterResult.STOP;
            }
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (linkDepth > 0) {
                    links.append(s);
                }
                if (!t.isBlank()) {
                    lastWasBr = false;
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (current != null && filter.isDropped(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                if (lastWasBr) {
                    flush();
                } else {
                    text.append(' ');
                    lastWasBr = true;
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean isBlock = current == null || BLOCK_TAGS.contains(tag);
            if (isBlock) {
                flush();
            }
            Info info = new Info(e, current, index++, current == null ? null : current.chrome);
            if (info.chrome != null && filter.isEmbeddedPost(e)) {
                info.chrome = null; // a quoted post inside a media wrapper is content
            } else if (isBlock && current != null && filter.isChrome(e)) {
                info.selfChrome = true;
                info.chrome = info;
            }
            infos.put(e, info);
            current = info;
            if (isBlock) {
                block = info;
            }
            if (tag.equals("a")) {
                linkDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e) || current == null || current.element != e) {
                return FilterResult.CONTINUE;
            }
            if (e.normalName().equals("a")) {
                linkDepth--;
            }
            if (block == current) {
                flush();
                Info up = current.parent;
                while (up != null && !BLOCK_TAGS.contains(up.element.normalName()) && up.parent != null) {
                    up = up.parent;
                }
                block = up;
            }
            Info done = current;
            done.end = index - 1;
            current = done.parent;
            if (current != null) {
                if (done.selfChrome) {
                    current.chromeProse += done.prose + done.chromeProse;
                } else {
                    current.prose += done.prose;
                    current.chars += done.chars;
                    current.linkChars += done.linkChars;
                    current.paragraphs += done.paragraphs;
                    current.chromeProse += done.chromeProse;
                }
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            lastWasBr = false;
            if (text.length() == 0 || block == null) {
                text.setLength(0);
                links.setLength(0);
                return;
            }
            String t = normalize(text.toString());
            if (!t.isEmpty()) {
                int linkChars = links.length() == 0 ? 0 : normalize(links.toString()).length();
                Block b = new Block(block.element, block, t, linkChars);
                out.add(b);
                // totals go on the element now open; they are passed up as elements close
                Info at = current;
                at.chars += t.length();
                at.linkChars += linkChars;
                at.prose += MainContentFinder.prose(b);
                at.paragraphs++;
            }
            text.setLength(0);
            links.setLength(0);
        }
    }
}
