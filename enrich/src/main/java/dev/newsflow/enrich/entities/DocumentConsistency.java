package dev.newsflow.enrich.entities;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document-level label consistency (after Krishnan and Manning, 2006): a name keeps one class
 * throughout a document. Two steps over the CRF's labels:
 *
 * <ol>
 *   <li><b>majority</b>: every entity whose token sequence occurs in the document with several
 *       classes takes the class most of its occurrences have (ties change nothing). The single
 *       name parts of a multi-token person ("Simmons" in "Phil Simmons") vote for PERSON too.</li>
 *   <li><b>propagation</b>: a token sequence left unlabelled that repeats an entity of the document
 *       (or a name part of a person) takes that entity's class: a later "Kim" after "Kim Jong Un".</li>
 * </ol>
 *
 * Matching is case-sensitive, and only capitalised sequences propagate, so "may" never inherits
 * from "May". Entities written all in capitals (headlines, datelines, tables) take no part: their
 * case hides what the CRF needs, and a table's "NEW YORK" is a team where the dateline's is a city.
 * A title the CRF put in a person's name ("Mr Nazarbayev") is taken out of it first: CoNLL leaves
 * titles out, and a title voting as a name part would spread to every "Mr" of the document.
 */
public final class DocumentConsistency {

    private static final int MAX_LEN = 8;
    /** Titles before a name, never part of it: "Mr Nazarbayev", "Dr. Mukwege". */
    private static final Set<String> TITLES = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
            "Prof", "Prof.", "Sir", "Dame", "Mme", "Mme.", "Mx", "Mx.");

    private DocumentConsistency() {
    }

    public static void apply(TaggedDocument doc) {
        dropTitles(doc);
        Map<String, EnumMap<EntityType, Integer>> votes = new HashMap<>();
        List<TaggedDocument.Span> spans = doc.spans();
        for (TaggedDocument.Span s : spans) {
            if (isAllCaps(doc, s.start(), s.end())) {
                continue;
            }
            vote(votes, doc.text(s.start(), s.end()), s.type());
            if (s.type() == EntityType.PERSON && s.end() - s.start() > 1) {
                for (int i = s.start(); i < s.end(); i++) {
                    if (isNamePart(doc.word(i))) {
                        vote(votes, doc.word(i), EntityType.PERSON);
                    }
                }
            }
        }
        Map<String, EntityType> majority = new HashMap<>();
        votes.forEach((text, v) -> {
            EntityType best = majority(v);
            if (best != null) {
                majority.put(text, best);
            }
        });
        // 1. majority over labelled occurrences
        for (TaggedDocument.Span s : spans) {
            EntityType best = majority.get(doc.text(s.start(), s.end()));
            if (best != null && best != s.type() && !isAllCaps(doc, s.start(), s.end())) {
                doc.setLabels(s.start(), s.end(), best);
            }
        }
        // 2. propagation to unlabelled repeats, longest first
        int i = 0;
        while (i < doc.size()) {
            int matched = 0;
            if (doc.label(i) == null && startsUpper(doc.word(i))) {
                for (int len = Math.min(MAX_LEN, doc.size() - i); len >= 1 && matched == 0; len--) {
                    int end = i + len;
                    if (!allUnlabelled(doc, i, end) || doc.sentence(end - 1) != doc.sentence(i)
                            || !startsUpper(doc.word(end - 1))) {
                        continue;
                    }
                    EntityType t = majority.get(doc.text(i, end));
                    if (t != null) {
                        doc.setLabels(i, end, t);
                        matched = len;
                    }
                }
            }
            i += Math.max(1, matched);
        }
    }

    /** Takes a leading title out of every person's name: "Mr Nazarbayev" becomes "Mr" and the name "Nazarbayev". */
    private static void dropTitles(TaggedDocument doc) {
        for (TaggedDocument.Span s : doc.spans()) {
            if (s.type() == EntityType.PERSON && s.end() - s.start() > 1 && TITLES.contains(doc.word(s.start()))) {
                doc.setLabel(s.start(), null);
            }
        }
    }

    private static void vote(Map<String, EnumMap<EntityType, Integer>> votes, String text, EntityType t) {
        votes.computeIfAbsent(text, k -> new EnumMap<>(EntityType.class)).merge(t, 1, Integer::sum);
    }

    /** The class with the most votes, or null on a tie for first place. */
    static EntityType majority(Map<EntityType, Integer> votes) {
        EntityType best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * Headlines, datelines and result tables are set in capitals ("NEW YORK" the dateline, the team,
     * the city): their labels neither vote nor change.
     */
    private static boolean isAllCaps(TaggedDocument doc, int start, int end) {
        for (int i = start; i < end; i++) {
            if (doc.word(i).chars().anyMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allUnlabelled(TaggedDocument doc, int start, int end) {
        for (int i = start; i < end; i++) {
            if (doc.label(i) != null) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised word of two letters or more: not an initial ("J."), a particle or punctuation. */
    static boolean isNamePart(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(w.length() - 1))
                && !w.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c));
    }

    private static boolean startsUpper(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
}
