package dev.newsflow.events;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article with what enrich found in it, on {@code newsflow.enriched}, keyed by article id; the record
 * timestamp is the publication time. Lets dashboards show entities and claims without re-reading articles.
 *
 * @param articleId the article's id (the key of {@code newsflow.articles})
 * @param url       where the article was fetched or archived from
 * @param outlet    the outlet's name or host
 * @param published publication time with its offset, when known
 * @param title     headline
 * @param entities  named-entity mentions, title mentions first, then body mentions in text order
 * @param claims    the troop-count claims, exactly as published one by one on {@code newsflow.claims}
 */
public record EnrichedArticle(
        int schemaVersion,
        String articleId,
        String url,
        String outlet,
        OffsetDateTime published,
        String title,
        List<Entity> entities,
        List<ClaimEvent> claims) implements Payload {

    public static final int SCHEMA_VERSION = 1;

    public EnrichedArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /**
     * One entity mention.
     *
     * @param text          the mention as written
     * @param type          PERSON, ORGANIZATION, LOCATION or MISC
     * @param canonicalId   linked entity id (ISO 3166 alpha-2 for countries, {@code org:…}, {@code per:…}), or null
     * @param canonicalName display name of the linked entity, or null
     * @param start         character offset (inclusive) into the title when {@code inTitle}, else into the body
     * @param end           character offset (exclusive)
     * @param inTitle       the mention is in the headline
     */
    public record Entity(String text, String type, String canonicalId, String canonicalName, int start, int end,
                         boolean inTitle) {
    }
}
