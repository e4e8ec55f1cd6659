package dev.newsflow.enrich.entities;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Labels the names the CRF missed from a curated gazetteer ({@link EntityTable}: countries,
 * capitals and cities, demonyms, organisations, people of several words). It never overrides the
 * CRF: a gazetteer name is labelled only where its tokens are unlabelled or already carry the
 * gazetteer's class (so a half-found "North [Korea]" becomes one entity), and only when that does
 * not glue it to a neighbouring entity of the same class.
 *
 * <p>Names match case-sensitively on the concatenated tokens (so the tokenizer's splitting of
 * "Jong-un" or "U.S." does not matter); in a sentence without a lower-case letter (a headline) the
 * upper-cased name matches too. Single-word person names are not used: a lone "Kim" is
 * ambiguous without the document (see {@link DocumentConsistency}).
 */
public final class GazetteerPass {

    private static final int MAX_TOKENS = 8;

    private final Map<String, EntityType> names = new HashMap<>();
    private final Map<String, EntityType> upperNames = new HashMap<>();

    public GazetteerPass(EntityTable table) {
        Map<String, EntityType> conflicts = new HashMap<>();
        for (EntityTable.Surface s : table.surfaces()) {
            EntityType t = s.kind().nerType();
            if (t == EntityType.PERSON && !s.surface().strip().contains(" ")) {
                continue;
            }
            String key = key(s.surface());
            EntityType old = names.putIfAbsent(key, t);
            if (old != null && old != t) {
                conflicts.put(key, old);
            }
        }
        conflicts.keySet().forEach(names::remove); // a name of two classes decides nothing
        names.forEach((k, t) -> {
            if (k.length() >= 4) {
                upperNames.putIfAbsent(k.toUpperCase(Locale.ROOT), t);
            }
        });
    }

    private static final class Holder {
        static final GazetteerPass STANDARD = new GazetteerPass(EntityTable.standard());
    }

    public static GazetteerPass standard() {
        return Holder.STANDARD;
    }

    private static String key(String surface) {
        return surface.replaceAll("\\s+", "").replace('\u2019', '\'');
    }

    public void apply(TaggedDocument doc) {
        java.util.BitSet lowerCase = new java.util.BitSet(); // sentences with a lower-case letter
        for (int k = 0; k < doc.size(); k++) {
            if (doc.word(k).chars().anyMatch(Character::isLowerCase)) {
                lowerCase.set(doc.sentence(k));
            }
        }
        int i = 0;
        while (i < doc.size()) {
            int matched = 0;
            StringBuilder sb = new StringBuilder();
            int sentence = doc.sentence(i);
            int longest = 0;
            EntityType longestType = null;
            boolean headline = !lowerCase.get(sentence);
            for (int j = i; j < doc.size() && j - i < MAX_TOKENS && doc.sentence(j) == sentence; j++) {
                String w = doc.word(j);
                sb.append(w);
                String k = sb.toString().replace('\u2019', '\'');
                EntityType t = names.get(k);
                if (t == null && headline) {
                    t = upperNames.get(k);
                }
                if (t != null) {
                    longest = j + 1 - i;
                    longestType = t;
                }
            }
            if (longest > 0 && fits(doc, i, i + longest, longestType)) {
                doc.setLabels(i, i + longest, longestType);
                matched = longest;
            }
            i += Math.max(1, matched);
        }
    }

    private static boolean fits(TaggedDocument doc, int start, int end, EntityType t) {
        boolean anyUnlabelled = false;
        for (int i = start; i < end; i++) {
            EntityType l = doc.label(i);
            if (l != null && l != t) {
                return false;
            }
            anyUnlabelled |= l == null;
        }
        if (!anyUnlabelled) {
            return true;
        }
        int s = doc.sentence(start);
        return doc.labelIn(start - 1, s) != t && doc.labelIn(end, s) != t;
    }
}
