package dev.newsflow.app.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsflow.enrich.claims.TroopClaim;
import dev.newsflow.enrich.entities.EntityMention;

/**
 * The JSON rows {@code newsflow extract} prints, with the gold annotation's snake_case field names, so
 * its output reads like (and diffs against) a gold file. Null fields are kept as JSON null.
 */
public final class ClaimRows {

    private ClaimRows() {
    }

    /** {@code file, count, count_low, count_high, qualifier, unit, actor, location, status, source, sentence, hedged}. */
    public static Map<String, Object> claim(String file, TroopClaim c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", file);
        row.put("count", c.count());
        row.put("count_low", c.countLow());
        row.put("count_high", c.countHigh());
        row.put("qualifier", c.qualifier().label());
        row.put("unit", c.unit());
        row.put("actor", c.actor());
        row.put("location", c.location());
        row.put("status", c.status().label());
        row.put("source", c.source());
        row.put("sentence", c.sentence());
        row.put("hedged", c.hedged());
        return row;
    }

    /**
     * {@code {"file": …, "entities": [{text, type, start, end, canonical_id, canonical_name, in_title}]}}:
     * title mentions first (offsets into the title), then body mentions (offsets into the body).
     */
    public static Map<String, Object> entities(String file, List<EntityMention> title, List<EntityMention> body) {
        List<Map<String, Object>> out = new ArrayList<>();
        title.forEach(m -> out.add(entity(m, true)));
        body.forEach(m -> out.add(entity(m, false)));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", file);
        row.put("entities", out);
        return row;
    }

    private static Map<String, Object> entity(EntityMention m, boolean inTitle) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("text", m.text());
        e.put("type", m.type().name());
        e.put("start", m.start());
        e.put("end", m.end());
        e.put("canonical_id", m.canonicalId());
        e.put("canonical_name", m.canonicalName());
        e.put("in_title", inTitle);
        return e;
    }
}
