package dev.newsflow.enrich.claims.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.newsflow.enrich.entities.EntityTable;

/**
 * Links a side as an annotator wrote it ("ELN", "the DPRK", "Israel Defense Forces") to the canonical actor the
 * entity table gives it, so that scoring and training compare sides, not spellings: a claim names its side by
 * canonical id, and a gold file by whatever name the annotator chose.
 */
final class ActorNames {

    /** Marks a name that two canonical actors share: it links to neither. */
    private static final String AMBIGUOUS = "";

    private static final Map<String, String> ACTORS = load();

    private ActorNames() {
    }

    /**
     * Whether two names of sides name the same side: the same words up to case and spacing, or names of one
     * canonical actor.
     */
    static boolean same(String gold, String found) {
        if (GoldScorer.same(gold, found)) {
            return true;
        }
        String g = actorOf(gold);
        return g != null && g.equals(actorOf(found));
    }

    /** The canonical actor id a name links to, or null when the table does not know it or two actors share it. */
    static String actorOf(String name) {
        if (name == null) {
            return null;
        }
        String id = ACTORS.get(key(name));
        return id == null || id.equals(AMBIGUOUS) ? null : id;
    }

    private static Map<String, String> load() {
        Map<String, String> actors = new HashMap<>();
        for (EntityTable.Surface s : EntityTable.standard().surfaces()) {
            EntityTable.Entity e = s.entity();
            String actor = e.actorId() != null ? e.actorId() : e.id();
            for (String name : new String[] {s.surface(), e.name()}) {
                actors.merge(key(name), actor, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
        return actors;
    }

    private static String key(String name) {
        String k = GoldScorer.spaced(name).toLowerCase(Locale.ROOT);
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
