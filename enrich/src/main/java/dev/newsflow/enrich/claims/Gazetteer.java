package dev.newsflow.enrich.claims;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsflow.enrich.entities.EntityTable;

/**
 * Actors and places for the claim grammar, drawn from the one table of entities that NER links to
 * ({@link EntityTable}: every country with its names, capitals and demonyms, leaders, armed forces and
 * cities) plus the theatres of places.tsv (regions and fronts the claims are about, with the theatre
 * a figure is filed under), and last the towns, provinces and districts of world-places.tsv (GeoNames), which
 * say in which country a claim stands when the hand-made tables do not know the place.
 *
 * <p>One surface can be both: "Pyongyang" is the North Korean government when it "wants to
 * contribute", and a place after "in". The gazetteer only finds mentions; which role a mention plays
 * in a claim is decided by its context ({@link ClaimExtractor}). Organisations that merely speak for a
 * country (a news agency, a spy service) are not actors; those that field troops are forces.
 */
public final class Gazetteer {

    /** Kind of an actor mention; decides how it can act (a demonym only with a following head noun). */
    public enum ActorKind { COUNTRY, ALIAS, CAPITAL, LEADER, DEMONYM, DEMONYM_PL, FORCE }

    public record Actor(String id, String name, ActorKind kind) {

        /** An organisation ("org:…": an alliance, a mission, an armed group), not a state (an ISO code). */
        public boolean organisation() {
            return id.startsWith("org:");
        }

        /** Named by its people ("North Korean", "North Koreans"), not as a state or force. */
        public boolean demonym() {
            return kind == ActorKind.DEMONYM || kind == ActorKind.DEMONYM_PL;
        }
    }

    public record Place(String name, String theatre, int specificity) {
    }

    /**
     * A gazetteer hit at tokens {@code [start, end)}; actor or place may be null, not both.
     *
     * @param namesakes when the words name more than one side ("Maoists": India's or Nepal's), all of them, the
     *                  first the default; else empty
     */
    public record Mention(int start, int end, Actor actor, Place place, List<Actor> namesakes) {

        public Mention(int start, int end, Actor actor, Place place) {
            this(start, end, actor, place, List.of());
        }
    }

    /** @param town a town, province or district of world-places.tsv, which the hand-made tables do not know */
    private record Entry(List<Actor> actors, Place place, boolean town) {

        Entry(List<Actor> actors, Place place) {
            this(actors, place, false);
        }

        Actor actor() {
            return actors.isEmpty() ? null : actors.get(0);
        }

        List<Actor> namesakes() {
            return actors.size() > 1 ? actors : List.of();
        }
    }

    /** Specificity of a country, a province, a region or district, and a city or town, as places.tsv counts it. */
    private static final int COUNTRY = 1;
    private static final int PROVINCE = 2;
    private static final int REGION = 3;
    private static final int CITY = 4;

    /** Words that open a place's name before a town's: "Northern Zamfara", "Lake Kivu", "Fort Bliss". */
    private static final java.util.Set<String> PLACE_WORDS = LexiconFile.wordClass("gazetteer.place-words");

    private final PhraseMatcher<Entry> matcher = new PhraseMatcher<>();
    private final Map<String, Actor> countries = new HashMap<>();
    private final Map<String, EntityTable.Government> governments = new HashMap<>();
    /** The entities, whose homes (homes.tsv) tell apart sides that share a name. */
    private final EntityTable table;

    public Gazetteer() {
        this(EntityTable.standard());
    }

    Gazetteer(EntityTable table) {
        this.table = table;
        Map<String, List<Actor>> actors = new HashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        for (String[] r : LexiconFile.rows("places.tsv")) {
            places.put(r[0].strip(), new Place(r[1].strip(), r[2].strip(), Integer.parseInt(r[3].strip())));
        }
        for (EntityTable.Surface s : table.surfaces()) {
            EntityTable.Entity entity = s.entity();
            Actor actor = actor(table, s);
            if (actor != null) {
                List<Actor> named = actors.computeIfAbsent(s.surface(), k -> new java.util.ArrayList<>());
                if (named.stream().noneMatch(a -> a.id().equals(actor.id()))) {
                    named.add(actor); // the first row is the default; later ones are namesakes
                }
            }
            if (s.kind() == EntityTable.Kind.COUNTRY) {
                countries.putIfAbsent(entity.id(), actor);
            }
            if (entity.government() != null) {
                governments.putIfAbsent(entity.id(), entity.government());
            }
            boolean country = entity.id().equals(entity.actorId()) && !entity.id().contains(":");
            Place place = switch (s.kind()) {
                case COUNTRY, ALIAS -> country ? new Place(entity.name(), entity.id(), COUNTRY) : null;
                // a capital's entity is its country ("Pyongyang" acts for North Korea): the place is the city
                case CAPITAL -> new Place(s.surface(), entity.actorId() + "/" + s.surface(), CITY);
                // a region of no one country ("the Middle East") is its own theatre
                case CITY -> entity.actorId() == null ? new Place(entity.name(), entity.name(), REGION)
                        : new Place(entity.name(), entity.actorId() + "/" + entity.name(), CITY);
                default -> null;
            };
            if (place != null) {
                places.putIfAbsent(s.surface(), place); // places.tsv's theatres come first
            }
        }
        java.util.Set<String> surfaces = new java.util.HashSet<>(actors.keySet());
        surfaces.addAll(places.keySet());
        for (String s : surfaces) {
            matcher.add(s, new Entry(List.copyOf(actors.getOrDefault(s, List.of())), places.get(s)));
        }
        java.util.Set<String> known = new java.util.HashSet<>(surfaces);
        table.surfaces().forEach(s -> known.add(s.surface())); // a person or an organisation is never a town
        for (String[] r : LexiconFile.rows("world-places.tsv")) {
            if (known.add(r[0])) {
                int specificity = switch (r[2]) {
                    case "province" -> PROVINCE;
                    case "district" -> REGION;
                    default -> CITY;
                };
                matcher.addExact(r[0], new Entry(List.of(), new Place(r[0], r[1] + "/" + r[0], specificity), true));
            }
        }
    }

    /** The actor a surface names, or null when it names a place, a person or an organisation that fields no troops. */
    private static Actor actor(EntityTable table, EntityTable.Surface s) {
        String actorId = s.entity().actorId();
        if (actorId == null) {
            return null;
        }
        ActorKind kind = switch (s.kind()) {
            case COUNTRY -> ActorKind.COUNTRY;
            case ALIAS -> ActorKind.ALIAS;
            case CAPITAL -> ActorKind.CAPITAL;
            // a head of state or minister acts for the country ("Trump has moved to withdraw 12,000 troops")
            case LEADER, PERSON -> ActorKind.LEADER;
            case DEMONYM -> ActorKind.DEMONYM;
            case DEMONYM_PL -> ActorKind.DEMONYM_PL;
            case FORCE -> ActorKind.FORCE;
            case CITY, ORG -> null;
        };
        return kind == null ? null : new Actor(actorId, table.entity(actorId).name(), kind);
    }

    /**
     * The side an actor's troops serve in the year an article was written: an armed group that has since
     * taken power fights for the country it governs ("274 Taliban fighters" in 2025 are Afghanistan's).
     *
     * @param year the article's year, or {@link PastTime#UNKNOWN}: then the group governs as it does now
     */
    public Actor asOf(Actor actor, int year) {
        EntityTable.Government government = actor == null ? null : governments.get(actor.id());
        if (government == null || year != PastTime.UNKNOWN && year < government.since()) {
            return actor;
        }
        return countries.get(government.country());
    }

    /**
     * The side a mention names in an article set in {@code home}: of namesakes, the one at home there ("PLA
     * soldiers" in Nepal are the Maoists'), else the mention's own.
     */
    public Actor namesakeAt(Mention m, Actor home) {
        if (home == null) {
            return m.actor();
        }
        return m.namesakes().stream().filter(a -> home.id().equals(table.entity(a.id()).home())).findFirst()
                .orElse(m.actor());
    }

    /** The country a place lies in, as an actor, or null for a region of no one country. */
    public Actor countryOf(Place place) {
        if (place == null) {
            return null;
        }
        String iso = place.theatre().split("/", 2)[0];
        return countries.get(iso);
    }

    /** All actor and place mentions, longest first, left to right. */
    public List<Mention> find(List<Token> tokens) {
        return matcher.findAll(tokens).stream().filter(m -> !currencyPrefix(tokens, m.end()))
                .filter(m -> !nameEnding(tokens, m) && !insideName(tokens, m))
                .map(Gazetteer::mention)
                .toList();
    }

    /** The mention starting at token i, or null. */
    public Mention at(List<Token> tokens, int i) {
        PhraseMatcher.Match<Entry> m = matcher.matchAt(tokens, i);
        return m == null || currencyPrefix(tokens, m.end()) || insideName(tokens, m) ? null : mention(m);
    }

    private static Mention mention(PhraseMatcher.Match<Entry> m) {
        return new Mention(m.start(), m.end(), m.value().actor(), m.value().place(), m.value().namesakes());
    }

    /**
     * Whether a force's name of several words is the end of a longer name the tables do not hold: a capitalised
     * word before it that names nothing itself, not the sentence's first nor a place word ("the All Adivasi National
     * Liberation Army" is not Colombia's National Liberation Army; "Colombian National Liberation Army" is).
     */
    private boolean insideName(List<Token> tokens, PhraseMatcher.Match<Entry> m) {
        Actor actor = m.value().actor();
        if (actor == null || actor.kind() != ActorKind.FORCE || m.value().place() != null
                || m.end() - m.start() < 2 || m.start() < 2) {
            return false;
        }
        Token before = tokens.get(m.start() - 1);
        return before.isWord() && before.isCapitalised() && !PLACE_WORDS.contains(before.norm())
                && matcher.matchAt(tokens, m.start() - 1) == null;
    }

    /**
     * Whether a one-word town of world-places.tsv ends a longer name: a capitalised word before it, not the
     * sentence's first nor a place word ("the Han Kuang exercises", not "in Northern Zamfara"). GeoNames holds
     * towns named as many people and things are.
     */
    private static boolean nameEnding(List<Token> tokens, PhraseMatcher.Match<Entry> m) {
        if (!m.value().town() || m.end() - m.start() != 1 || m.start() < 2) {
            return false;
        }
        Token before = tokens.get(m.start() - 1);
        return before.isWord() && before.isCapitalised() && !PLACE_WORDS.contains(before.norm());
    }

    /** "US$522 million", "A$5 million": a country's letters glued to a dollar sign name a currency, not it. */
    private static boolean currencyPrefix(List<Token> tokens, int end) {
        return end < tokens.size() && tokens.get(end).text().equals("$") && tokens.get(end).joined();
    }
}
