package dev.newsflow.ingest.clean;

import dev.newsflow.ingest.clean.TextBlocks.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the article body among what {@link BoilerplateFilter} left, and returns its blocks.
 *
 * <p>Rules and the failures they fix:
 * <ol>
 * <li><b>Score containers by their prose.</b> Every text block adds
 *     {@code length × (1 − link density)} to its container (full weight) and to the container's
 *     parent (half weight); the container with the best score, times its own
 *     {@code (1 − link density)}, wins. Prose is long and unlinked; menus, tag clouds and
 *     "most read" lists that escaped the filter are link text and score nothing, however long.</li>
 * <li><b>Climb over empty wrappers.</b> While every other child of the winner's parent carries no
 *     prose, move up to the parent (but not above an {@code <article>}, nor to {@code <body>}), so
 *     the siblings considered next are the article's real neighbours.</li>
 * <li><b>Take in prose siblings.</b> A sibling of the winner joins the body if it scores at least
 *     a fifth of the winner, or holds at least {@value #SIBLING_MIN_CHARS} characters of prose with a
 *     link density below {@value #SIBLING_MAX_LINK_DENSITY} — the standfirst in the article header
 *     and bodies split around an ad slot are otherwise lost.</li>
 * <li><b>Emit only prose.</b> From the chosen elements, blocks are kept in document order except
 *     {@code <h1>} (the headline belongs to the metadata), blocks that are mostly link text,
 *     and blocks without a letter or digit (gallery toggles, separators).</li>
 * </ol>
 */
final class MainContentFinder {

    static final int SIBLING_MIN_CHARS = 80;
    static final double SIBLING_MAX_LINK_DENSITY = 0.25;
    static final double BLOCK_MAX_LINK_DENSITY = 0.5;

    private static final Set<String> LEAF_TAGS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "address");

    /** Text of the body as blocks, in order; empty if the page holds no prose. */
    List<Block> find(Element root) {
        List<Block> blocks = TextBlocks.of(root);
        Map<Element, double[]> totals = new HashMap<>(); // element → {prose chars, all chars, link chars}
        Map<Element, Double> scores = new LinkedHashMap<>(); // document order, so ties go to the first
        for (Block b : blocks) {
            double prose = prose(b);
            for (Element a = b.element(); a != null; a = a.parent()) {
                double[] t = totals.computeIfAbsent(a, k -> new double[3]);
                t[0] += prose;
                t[1] += b.text().length();
                t[2] += b.linkChars();
                if (a == root) {
                    break;
                }
            }
            Element container = LEAF_TAGS.contains(b.tag()) ? b.element().parent() : b.element();
            if (container == null) {
                continue;
            }
            scores.merge(container, prose, Double::sum);
            if (container.parent() != null && container != root) {
                scores.merge(container.parent(), prose / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(totals.get(e.getKey())));
            if (s > bestScore) {
                best = e.getKey();
                bestScore = s;
            }
        }
        if (best == null) {
            return List.of();
        }
        best = climb(best, root, totals);
        List<Element> chosen = withSiblings(best, root, totals, scores, bestScore);
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (isInside(b.element(), chosen) && isProse(b)) {
                out.add(b);
            }
        }
        return out;
    }

    private static double prose(Block b) {
        return b.tag().equals("h1") ? 0 : b.text().length() * (1 - b.linkDensity());
    }

    private static double linkDensity(double[] t) {
        return t == null || t[1] == 0 ? 0 : Math.min(1.0, t[2] / t[1]);
    }

    private static double proseChars(Element e, Map<Element, double[]> totals) {
        double[] t = totals.get(e);
        return t == null ? 0 : t[0];
    }

    private static Element climb(Element best, Element root, Map<Element, double[]> totals) {
        Element current = best;
        while (current != root && !current.normalName().equals("article")) {
            Element parent = current.parent();
            if (parent == null || parent == root || parent.normalName().equals("body")) {
                break;
            }
            final Element self = current;
            boolean othersEmpty = parent.children().stream()
                    .filter(c -> c != self)
                    .allMatch(c -> proseChars(c, totals) == 0);
            if (!othersEmpty) {
                break;
            }
            current = parent;
        }
        return current;
    }

    private static List<Element> withSiblings(Element best, Element root, Map<Element, double[]> totals,
                                              Map<Element, Double> scores, double bestScore) {
        Element parent = best.parent();
        if (best == root || parent == null) {
            return List.of(best);
        }
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                chosen.add(sibling);
                continue;
            }
            double[] t = totals.get(sibling);
            if (t == null) {
                continue;
            }
            double score = scores.getOrDefault(sibling, 0.0) * (1 - linkDensity(t));
            boolean strong = score >= bestScore / 5;
            boolean prose = t[0] >= SIBLING_MIN_CHARS && linkDensity(t) < SIBLING_MAX_LINK_DENSITY;
            if (strong || prose) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    private static boolean isProse(Block b) {
        return !b.tag().equals("h1")
                && b.linkDensity() <= BLOCK_MAX_LINK_DENSITY
                && b.text().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean isInside(Element e, List<Element> chosen) {
        for (Element a = e; a != null; a = a.parent()) {
            if (chosen.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
