package dev.newsflow.enrich.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Actors and places from resource tables (countries.tsv, actors.tsv, places.tsv).
 *
 * <p>One surface can be both: "Pyongyang" is the North Korean government when it "wants to
 * contribute", and a place after "in". The gazetteer only finds mentions; which role a mention plays
 * in a claim is decided by its context ({@link ClaimExtractor}).
 */
public final class Gazetteer {

    /** Kind of an actor mention; decides how it can act (a demonym only with a following head noun). */
    public enum ActorKind { COUNTRY, ALIAS, CAPITAL, LEADER, DEMONYM, DEMONYM_PL, FORCE }

    public record Actor(String id, String name, ActorKind kind) {
    }

    public record Place(String name, String theatre, int specificity) {
    }

    /** A gazetteer hit at tokens {@code [start, end)}; actor or place may be null, not both. */
    public record Mention(int start, int end, Actor actor, Place place) {
    }

    private record Entry(Actor actor, Place place) {
    }

    private final PhraseMatcher<Entry> matcher = new PhraseMatcher<>();

    public Gazetteer() {
        Map<String, String> countryNames = new HashMap<>();
        for (String[] r : LexiconFile.rows("countries.tsv")) {
            countryNames.put(r[0].strip(), r[1].strip());
        }
        Map<String, Actor> actors = new HashMap<>();
        for (String[] r : LexiconFile.rows("actors.tsv")) {
            String id = r[1].strip();
            if (!countryNames.containsKey(id)) {
                throw new IllegalStateException("actors.tsv: unknown country id " + id);
            }
            actors.put(r[0].strip(), new Actor(id, countryNames.get(id),
                    ActorKind.valueOf(r[2].strip().toUpperCase(java.util.Locale.ROOT))));
        }
        Map<String, Place> places = new HashMap<>();
        for (String[] r : LexiconFile.rows("places.tsv")) {
            places.put(r[0].strip(), new Place(r[1].strip(), r[2].strip(), Integer.parseInt(r[3].strip())));
        }
        java.util.Set<String> surfaces = new java.util.HashSet<>(actors.keySet());
        surfaces.addAll(places.keySet());
        for (String s : surfaces) {
            matcher.add(s, new Entry(actors.get(s), places.get(s)));
        }
    }

    /** All actor and place mentions, longest first, left to right. */
    public List<Mention> find(List<Token> tokens) {
        return matcher.findAll(tokens).stream()
                .map(m -> new Mention(m.start(), m.end(), m.value().actor(), m.value().place()))
                .toList();
    }

    /** The mention starting at token i, or null. */
    public Mention at(List<Token> tokens, int i) {
        PhraseMatcher.Match<Entry> m = matcher.matchAt(tokens, i);
        return m == null ? null : new Mention(m.start(), m.end(), m.value().actor(), m.value().place());
    }
}
