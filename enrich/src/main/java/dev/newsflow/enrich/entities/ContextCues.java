package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words around a name that say what kind of name it is: "the town of Pokrovsk", "Krasnodar Krai",
 * "the container ship Koi". The CRF reads an unfamiliar name from its spelling and often calls a
 * foreign place a person ("Pokrovsk" five times in one story); such a cue, once in a document, is better
 * evidence than any number of its guesses, so the name takes the cue's class wherever the CRF labelled it
 * (and {@link DocumentConsistency}, run after, carries it to the repeats the CRF left unlabelled).
 *
 * <p>The cues are a table ({@code context-cues.tsv}): a name's own last word, the words right after it,
 * or the words right before it. A cue only ever turns a person or an organisation into a place, or any
 * of the three into MISC (a ship); a nationality ("Syrian" before "province") is left alone.
 */
public final class ContextCues {

    private static final String RESOURCE = "/dev/newsflow/enrich/entities/context-cues.tsv";

    private final Map<String, EntityType> heads = new HashMap<>();
    private final Map<String, EntityType> after = new HashMap<>();
    private final Map<List<String>, EntityType> before = new HashMap<>();
    private int longestBefore;

    ContextCues(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length != 3) {
                throw new IllegalArgumentException("a cue is class, position and words, tab-separated: "
                        + String.join("\t", row));
            }
            EntityType type = EntityType.valueOf(row[0]);
            switch (row[1]) {
                case "head" -> heads.put(row[2], type);
                case "after" -> after.put(row[2], type);
                case "before" -> {
                    List<String> words = List.of(row[2].split(" "));
                    before.put(words, type);
                    longestBefore = Math.max(longestBefore, words.size());
                }
                default -> throw new IllegalArgumentException("unknown cue position: " + row[1]);
            }
        }
    }

    private static final class Holder {
        static final ContextCues STANDARD = new ContextCues(EntityTable.rows(RESOURCE));
    }

    public static ContextCues standard() {
        return Holder.STANDARD;
    }

    /** Relabels every entity of the document whose text a cue somewhere in it marks. */
    public void apply(TaggedDocument doc) {
        Map<String, EntityType> evidence = evidence(doc);
        if (evidence.isEmpty()) {
            return;
        }
        for (TaggedDocument.Span s : doc.spans()) {
            EntityType t = evidence.get(doc.text(s.start(), s.end()));
            if (t != null && overrides(t, s.type())) {
                doc.setLabels(s.start(), s.end(), t);
            }
        }
    }

    /**
     * The class the cues give each entity text of the document; a text whose occurrences have cues
     * of two classes has none.
     */
    Map<String, EntityType> evidence(TaggedDocument doc) {
        Map<String, EntityType> found = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        for (TaggedDocument.Span s : doc.spans()) {
            EntityType cue = cue(doc, s);
            if (cue == null || !overrides(cue, s.type())) {
                continue;
            }
            String text = doc.text(s.start(), s.end());
            EntityType old = found.putIfAbsent(text, cue);
            if (old != null && old != cue) {
                conflicting.add(text);
            }
        }
        conflicting.forEach(found::remove);
        return found;
    }

    private EntityType cue(TaggedDocument doc, TaggedDocument.Span s) {
        EntityType head = heads.get(doc.word(s.end() - 1));
        if (head != null && s.end() - s.start() > 1) {
            return head;
        }
        int sentence = doc.sentence(s.start());
        if (s.end() < doc.size() && doc.sentence(s.end()) == sentence && doc.label(s.end()) == null) {
            EntityType next = after.get(doc.word(s.end()));
            if (next != null) {
                return next;
            }
        }
        for (int len = Math.min(longestBefore, s.start()); len >= 1; len--) {
            int from = s.start() - len;
            if (doc.sentence(from) != sentence) {
                continue;
            }
            List<String> words = new ArrayList<>(len);
            for (int i = from; i < s.start(); i++) {
                words.add(doc.word(i));
            }
            EntityType prev = before.get(words);
            if (prev != null) {
                return prev;
            }
        }
        return null;
    }

    /** A cue turns a person or an organisation into a place, and any name into MISC; never a MISC into a place. */
    private static boolean overrides(EntityType cue, EntityType crf) {
        if (cue == crf) {
            return true;
        }
        return cue == EntityType.MISC ? crf != EntityType.MISC
                : crf == EntityType.PERSON || crf == EntityType.ORGANIZATION;
    }
}
