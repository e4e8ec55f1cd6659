package dev.newsflow.enrich.entities;

/**
 * One named-entity mention in a text, linked to a canonical entity where one is known, so that
 * "the DPRK", "North Korea" and "Pyongyang" count as one actor in claims and trends.
 *
 * @param text          the mention as written
 * @param type          its entity class
 * @param start         character offset in the text (inclusive)
 * @param end           character offset in the text (exclusive)
 * @param canonicalId   e.g. {@code KP} (ISO 3166 alpha-2 for countries and their governments),
 *                      {@code org:NATO}, {@code per:kim-jong-un}; null when not linked
 * @param canonicalName display name of the canonical entity, e.g. "North Korea"; null when not linked
 */
public record EntityMention(String text, EntityType type, int start, int end, String canonicalId,
                            String canonicalName) {
}
