package dev.newsflow.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical entities newsflow knows and the surface forms that name them: one gazetteer for
 * NER and linking, read from resource tables.
 *
 * <p>The claim grammar's tables are the source for what they hold: {@code claims/countries.tsv}
 * (ISO id and display name of the countries the claims are about) and {@code claims/actors.tsv}
 * (their names, aliases, capitals, leaders and demonyms). {@code entities/entities.tsv} adds the
 * ids those files do not have (the other countries, organisations, people) and
 * {@code entities/surfaces.tsv} their surface forms; a test checks that no fact is in both.
 * {@code entities/homes.tsv} gives the country an armed group fights in, which tells apart groups that share a
 * name ("Maoists", "PLA").
 */
public final class EntityTable {

    /** How a surface names its entity; decides its NER class and which mentions it links. */
    public enum Kind {
        COUNTRY(EntityType.LOCATION), ALIAS(EntityType.LOCATION), CAPITAL(EntityType.LOCATION),
        CITY(EntityType.LOCATION), DEMONYM(EntityType.MISC), DEMONYM_PL(EntityType.MISC),
        LEADER(EntityType.PERSON), PERSON(EntityType.PERSON), ORG(EntityType.ORGANIZATION),
        /** An armed group or force acting for an actor (Wagner for Russia, Hamas for itself). */
        FORCE(EntityType.ORGANIZATION);

        private final EntityType nerType;

        Kind(EntityType nerType) {
            this.nerType = nerType;
        }

        public EntityType nerType() {
            return nerType;
        }
    }

    /**
     * @param id         canonical id: ISO 3166 alpha-2 for a country, {@code org:…}, {@code per:…}
     * @param name       display name
     * @param actorId    the country the entity acts for (itself for a country), or null
     * @param government the country an armed group has governed since a year, or null
     * @param home       the country the entity's forces are at home in (a country's own id; an armed group's from
     *                   homes.tsv), or null
     */
    public record Entity(String id, String name, String actorId, Government government, String home) {
    }

    /**
     * An armed group that took power: from {@code since} on its fighters are the forces of {@code country}
     * ("Afghan Taliban fighters" in 2025 are Afghanistan's), before it they are the group's own.
     */
    public record Government(String country, int since) {
    }

    /** One surface form of an entity. */
    public record Surface(String surface, Entity entity, Kind kind) {
    }

    static final String CLAIMS = "/dev/newsflow/enrich/claims/";
    static final String ENTITIES = "/dev/newsflow/enrich/entities/";

    private final Map<String, Entity> entities;
    private final List<Surface> surfaces;

    private EntityTable(Map<String, Entity> entities, List<Surface> surfaces) {
        this.entities = entities;
        this.surfaces = surfaces;
    }

    private static final class Holder {
        static final EntityTable STANDARD = load();
    }

    /** The bundled tables, read once. */
    public static EntityTable standard() {
        return Holder.STANDARD;
    }

    static EntityTable load() {
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (String[] r : rows(CLAIMS + "countries.tsv")) {
            put(entities, new Entity(r[0].strip(), r[1].strip(), r[0].strip(), null, r[0].strip()), "countries.tsv");
        }
        Map<String, String> homes = new HashMap<>();
        for (String[] r : rows(ENTITIES + "homes.tsv")) {
            homes.put(r[0].strip(), r[1].strip());
        }
        for (String[] r : rows(ENTITIES + "entities.tsv")) {
            String id = r[0].strip();
            String actor = r.length > 2 && !r[2].isBlank() ? r[2].strip() : isCountryId(id) ? id : null;
            Government government = r.length > 4 ? new Government(r[3].strip(), Integer.parseInt(r[4].strip())) : null;
            String home = isCountryId(id) ? id : homes.remove(id);
            put(entities, new Entity(id, r[1].strip(), actor, government, home), "entities.tsv");
        }
        if (!homes.isEmpty()) {
            throw new IllegalStateException("homes.tsv: unknown ids " + homes.keySet());
        }
        List<Surface> surfaces = new ArrayList<>();
        for (String[] r : rows(CLAIMS + "actors.tsv")) {
            surfaces.add(surface(entities, r, "actors.tsv"));
        }
        for (String[] r : rows(ENTITIES + "surfaces.tsv")) {
            surfaces.add(surface(entities, r, "surfaces.tsv"));
        }
        return new EntityTable(Map.copyOf(entities), List.copyOf(surfaces));
    }

    private static void put(Map<String, Entity> entities, Entity e, String file) {
        if (entities.putIfAbsent(e.id(), e) != null) {
            throw new IllegalStateException(file + ": id " + e.id() + " is defined twice");
        }
    }

    private static Surface surface(Map<String, Entity> entities, String[] r, String file) {
        if (r.length < 3) {
            throw new IllegalStateException(file + ": expected surface, id, kind: " + String.join("\t", r));
        }
        Entity e = entities.get(r[1].strip());
        if (e == null) {
            throw new IllegalStateException(file + ": unknown id " + r[1].strip());
        }
        return new Surface(r[0].strip(), e, Kind.valueOf(r[2].strip().toUpperCase(Locale.ROOT)));
    }

    static boolean isCountryId(String id) {
        return id.length() == 2 && id.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    public Entity entity(String id) {
        return entities.get(id);
    }

    public List<Surface> surfaces() {
        return surfaces;
    }

    /** UTF-8, tab-separated, {@code #} comments and blank lines ignored. */
    static List<String[]> rows(String resource) {
        try (InputStream in = EntityTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
