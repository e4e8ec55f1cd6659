package dev.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves a recognised mention to its canonical entity, so "the DPRK", "North Korea",
 * "Pyongyang" and "North Korean" are one actor ({@code KP}), and "the Pentagon" is
 * {@code org:pentagon}. A person mention links only to people; any other mention only to
 * countries, places, demonyms and organisations (so George Washington is never the US).
 *
 * <p>Surfaces written in capitals ("US", "NIS") match only as written; the rest ignore case.
 * A leading "the" and a trailing possessive are ignored. Thread-safe (immutable).
 */
public final class EntityLinker {

    /**
     * @param id      canonical id ({@code KP}, {@code org:NATO}, {@code per:kim-jong-un})
     * @param name    display name
     * @param actorId the country the entity acts for ({@code KP} for Kim Jong Un and for KP), or null
     */
    public record Link(String id, String name, String actorId) {
    }

    private final Map<String, List<EntityTable.Surface>> exact = new HashMap<>();
    private final Map<String, List<EntityTable.Surface>> folded = new HashMap<>();

    public EntityLinker(EntityTable table) {
        for (EntityTable.Surface s : table.surfaces()) {
            String key = normalise(s.surface());
            exact.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            if (!isAllCaps(key)) {
                folded.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
            }
        }
    }

    private static final class Holder {
        static final EntityLinker STANDARD = new EntityLinker(EntityTable.standard());
    }

    /** The linker over the bundled tables. */
    public static EntityLinker standard() {
        return Holder.STANDARD;
    }

    /** The entity a mention of this class names, or null. */
    public Link link(String mention, EntityType type) {
        String key = normalise(mention);
        Link l = best(exact.get(key), type);
        return l != null ? l : best(folded.get(key.toLowerCase(Locale.ROOT)), type);
    }

    /** The mention with its canonical id and name filled in where one is known. */
    public EntityMention link(EntityMention m) {
        Link l = link(m.text(), m.type());
        return l == null ? m : new EntityMention(m.text(), m.type(), m.start(), m.end(), l.id(), l.name());
    }

    private static Link best(List<EntityTable.Surface> candidates, EntityType type) {
        if (candidates == null) {
            return null;
        }
        EntityTable.Surface best = null;
        for (EntityTable.Surface s : candidates) {
            if (s.kind() == EntityTable.Kind.LEADER) {
                continue; // the claim grammar's "this name acts for that country"; people link by their PERSON row
            }
            boolean person = s.kind().nerType() == EntityType.PERSON;
            if (person != (type == EntityType.PERSON)) {
                continue;
            }
            if (best == null || rank(s.kind(), type) < rank(best.kind(), type)) {
                best = s;
            }
        }
        if (best == null) {
            return null;
        }
        EntityTable.Entity e = best.entity();
        return new Link(e.id(), e.name(), e.actorId());
    }

    /** Lower is better: the kind whose NER class agrees with the mention's. */
    private static int rank(EntityTable.Kind kind, EntityType type) {
        return kind.nerType() == type ? 0 : 1;
    }

    static String normalise(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        if (t.startsWith("the ") || t.startsWith("The ")) {
            t = t.substring(4);
        }
        if (t.endsWith("'s") || t.endsWith("\u2019s")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("'") || t.endsWith("\u2019")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.replace('\u2010', '-').replace('\u2011', '-');
    }

    private static boolean isAllCaps(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isLowerCase);
    }
}
