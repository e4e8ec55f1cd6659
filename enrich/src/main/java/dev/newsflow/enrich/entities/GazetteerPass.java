package dev.newsflow.enrich.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Labels the names the CRF missed from a curated gazetteer ({@link EntityTable}: countries,
 * capitals and cities, demonyms, organisations, people of several words). A gazetteer name is labelled
 * where its tokens are unlabelled or already carry the gazetteer's class (so a half-found "North [Korea]"
 * becomes one entity), and only when that does not glue it to a neighbouring entity of the same class.
 * It overrides the CRF only where the CRF's entity is exactly a known name read as something it never is:
 * a place or an organisation as a person ("Kyiv" or "Damascus", "the Houthis" as PER; but not the "Jordan"
 * of a "Michael Jordan" the document names), or a country as an organisation ("the Philippines" as ORG;
 * CoNLL tags a country LOC even for its government or its team). An organisation read as a place is left:
 * many are named after one ("Puntland"); only a seat of government ({@code seats.txt}: "the Kremlin said") is
 * taken back from the place it is named after.
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
    /** Countries and their other names, which are never an organisation in CoNLL's sense. */
    private final Set<String> countries = new HashSet<>();
    /** Buildings that stand for their governments ("the Kremlin said"): organisations, never places, in CoNLL's sense. */
    private final Set<String> seats = new HashSet<>();

    public GazetteerPass(EntityTable table) {
        Map<String, EntityType> conflicts = new HashMap<>();
        for (EntityTable.Surface s : table.surfaces()) {
            EntityType t = s.kind().nerType();
            if (t == EntityType.PERSON && !s.surface().strip().contains(" ")) {
                continue;
            }
            String key = key(s.surface());
            if (s.kind() == EntityTable.Kind.COUNTRY || s.kind() == EntityTable.Kind.ALIAS) {
                countries.add(key);
            }
            EntityType old = names.putIfAbsent(key, t);
            if (old != null && old != t) {
                conflicts.put(key, old);
            }
        }
        conflicts.keySet().forEach(names::remove); // a name of two classes decides nothing
        for (String[] r : EntityTable.rows(EntityTable.ENTITIES + "seats.txt")) {
            String key = key(r[0].strip());
            names.put(key, EntityType.ORGANIZATION);
            seats.add(key);
        }
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
        Set<String> nameParts = personNameParts(doc); // "Jordan" of "Michael Jordan"
        int i = 0;
        while (i < doc.size()) {
            int matched = 0;
            StringBuilder sb = new StringBuilder();
            int sentence = doc.sentence(i);
            int longest = 0;
            EntityType longestType = null;
            String longestKey = null;
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
                    longestKey = k;
                }
            }
            if (longest > 0 && (fits(doc, i, i + longest, longestType)
                    || !nameParts.contains(longestKey)
                    && misread(doc, i, i + longest, longestType, countries.contains(longestKey),
                            seats.contains(longestKey)))) {
                doc.setLabels(i, i + longest, longestType);
                matched = longest;
            }
            i += Math.max(1, matched);
        }
    }

    /** The words of the document's people named by more than one word: a place may be a surname too. */
    private static Set<String> personNameParts(TaggedDocument doc) {
        Set<String> parts = new HashSet<>();
        for (TaggedDocument.Span span : doc.spans()) {
            if (span.type() == EntityType.PERSON && span.end() - span.start() > 1) {
                for (int k = span.start(); k < span.end(); k++) {
                    parts.add(doc.word(k));
                }
            }
        }
        return parts;
    }

    /**
     * Whether the CRF's entity is exactly the known place or organisation at [start, end) under a class it never
     * has: a person ("Kyiv", "the Houthis" as PER), for a country an organisation, for a seat of government a place.
     */
    private static boolean misread(TaggedDocument doc, int start, int end, EntityType t, boolean country,
                                   boolean seat) {
        EntityType crf = doc.label(start);
        boolean misread = switch (t) {
            case LOCATION -> crf == EntityType.PERSON || country && crf == EntityType.ORGANIZATION;
            case ORGANIZATION -> crf == EntityType.PERSON || seat && crf == EntityType.LOCATION;
            default -> false;
        };
        if (!misread) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (doc.label(i) != crf) {
                return false;
            }
        }
        int s = doc.sentence(start);
        return doc.labelIn(start - 1, s) != crf && doc.labelIn(end, s) != crf;
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
