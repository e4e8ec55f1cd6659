package dev.newsflow.enrich.claims;

import java.util.List;

/**
 * A sentence (or heading line) of an article with its offsets, its paragraph number and its tokens.
 * Paragraph numbers let anaphora and attribution look back only as far as the text itself does.
 */
public record Sentence(String text, int start, int end, int paragraph, List<Token> tokens) {
}
