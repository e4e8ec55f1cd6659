package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The tokens of one document, each with an entity label ({@code null} outside any entity), as the
 * CRF tagged them and the document-level passes ({@link DocumentConsistency},
 * {@link GazetteerPass}) revise them. An entity is a maximal run of one label within a sentence.
 */
public final class TaggedDocument {

    /** Tokens {@code [start, end)} labelled {@code type}. */
    public record Span(int start, int end, EntityType type) {
    }

    private final List<String> words;
    private final int[] sentenceOf;
    private final EntityType[] labels;

    /**
     * @param words      the tokens of the whole document
     * @param sentenceOf the sentence index of each token (non-decreasing)
     * @param labels     a label per token, null for none; copied
     */
    public TaggedDocument(List<String> words, int[] sentenceOf, EntityType[] labels) {
        if (words.size() != sentenceOf.length || words.size() != labels.length) {
            throw new IllegalArgumentException("words, sentences and labels differ in length");
        }
        this.words = List.copyOf(words);
        this.sentenceOf = sentenceOf.clone();
        this.labels = labels.clone();
    }

    public int size() {
        return words.size();
    }

    public String word(int i) {
        return words.get(i);
    }

    public List<String> words() {
        return words;
    }

    public int sentence(int i) {
        return sentenceOf[i];
    }

    public EntityType label(int i) {
        return labels[i];
    }

    public void setLabel(int i, EntityType type) {
        labels[i] = type;
    }

    public void setLabels(int start, int end, EntityType type) {
        Arrays.fill(labels, start, end, type);
    }

    public EntityType[] labels() {
        return labels.clone();
    }

    /** Label at i, or null outside the document or in another sentence than {@code sentence}. */
    EntityType labelIn(int i, int sentence) {
        return i < 0 || i >= labels.length || sentenceOf[i] != sentence ? null : labels[i];
    }

    /** The entities, left to right. */
    public List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            EntityType t = labels[i];
            if (t == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.length && labels[j] == t && sentenceOf[j] == sentenceOf[i]) {
                j++;
            }
            spans.add(new Span(i, j, t));
            i = j;
        }
        return spans;
    }

    /** Tokens {@code [start, end)} joined by single spaces. */
    public String text(int start, int end) {
        return String.join(" ", words.subList(start, end));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TaggedDocument d && words.equals(d.words)
                && Arrays.equals(sentenceOf, d.sentenceOf) && Arrays.equals(labels, d.labels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(words, Arrays.hashCode(labels));
    }
}
