package dev.newsflow.ingest.clean;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The readable part of a news page: its metadata and its body as paragraphs.
 *
 * <p>Paragraphs (subheadings included, in page order) are kept apart rather than as one string so
 * that downstream sentence splitting never glues a heading onto the next sentence. Every field
 * but {@code title} and {@code paragraphs} may be {@code null} when the page does not say.
 *
 * @param title        the headline; empty if the page has none
 * @param byline       author or agency names, comma separated; nullable
 * @param published    publication time with its offset; nullable
 * @param lang         language tag as declared (e.g. {@code en}, {@code en-US}); nullable
 * @param canonicalUrl the page's canonical URL; nullable
 * @param siteName     the publishing site; nullable
 * @param paragraphs   body paragraphs and subheadings, whitespace-normalised, in order
 */
public record CleanedArticle(
        String title,
        String byline,
        OffsetDateTime published,
        String lang,
        String canonicalUrl,
        String siteName,
        List<String> paragraphs) {

    public CleanedArticle {
        title = Objects.requireNonNullElse(title, "");
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body as plain text: paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
