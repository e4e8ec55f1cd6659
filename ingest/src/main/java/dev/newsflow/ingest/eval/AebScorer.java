package dev.newsflow.ingest.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores extracted article bodies the way the article-extraction benchmark (Zyte/Scrapinghub,
 * {@code evaluate.py}) does: per page, the shingle overlap ({@link Shingles}) gives precision and
 * recall; precision is averaged over the pages where something was predicted or expected
 * ({@code tp + fp > 0}, so pages with nothing extracted are left out), recall over pages with a
 * non-empty truth ({@code tp + fn > 0}); F1 is the harmonic mean of the two averages. Accuracy is
 * the share of pages whose token sequence equals the truth's.
 *
 * <p>Not thread-safe: add pages from one thread, then read {@link #result()}.
 */
public final class AebScorer {

    /** One scored page. */
    public record Page(String id, Shingles.Match match, boolean exact) {
    }

    /** Corpus figures. */
    public record Result(int pages, double precision, double recall, double f1, double accuracy) {
    }

    private final List<Page> pages = new ArrayList<>();

    /** Scores one page and remembers it. */
    public Page add(String id, String truth, String predicted) {
        Page page = new Page(id, Shingles.match(truth, predicted),
                Shingles.tokens(truth).equals(Shingles.tokens(predicted)));
        pages.add(page);
        return page;
    }

    /** Pages scored so far, in the order added. */
    public List<Page> pages() {
        return List.copyOf(pages);
    }

    /** The corpus figures over every page added. */
    public Result result() {
        double p = 0;
        int pn = 0;
        double r = 0;
        int rn = 0;
        int exact = 0;
        for (Page page : pages) {
            Shingles.Match m = page.match();
            if (m.tp() + m.fp() > 0) {
                p += m.precision();
                pn++;
            }
            if (m.tp() + m.fn() > 0) {
                r += m.recall();
                rn++;
            }
            if (page.exact()) {
                exact++;
            }
        }
        double precision = pn == 0 ? 0 : p / pn;
        double recall = rn == 0 ? 0 : r / rn;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(pages.size(), precision, recall, f1, pages.isEmpty() ? 0 : (double) exact / pages.size());
    }
}
