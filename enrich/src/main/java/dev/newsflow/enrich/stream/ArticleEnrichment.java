package dev.newsflow.enrich.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.newsflow.enrich.entities.EntityMention;
import dev.newsflow.enrich.entities.EntityRecognizer;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.EntityTrend;

/**
 * Turns an article into the enriched-article payload: its entities (from the {@link EntityRecognizer})
 * and its claims ({@link ClaimEvents}). Plain library calls, no Kafka; the topology only routes the result.
 */
public final class ArticleEnrichment {

    private final ClaimEvents claimEvents;
    private final EntityRecognizer recognizer;

    public ArticleEnrichment(ClaimEvents claimEvents, EntityRecognizer recognizer) {
        this.claimEvents = claimEvents;
        this.recognizer = recognizer;
    }

    public EnrichedArticle of(ArticleEvent article) {
        List<EnrichedArticle.Entity> entities = new ArrayList<>();
        if (article.title() != null && !article.title().isBlank()) {
            recognizer.recognize(article.title()).forEach(m -> entities.add(entity(m, true)));
        }
        if (article.text() != null && !article.text().isBlank()) {
            recognizer.recognize(article.text()).forEach(m -> entities.add(entity(m, false)));
        }
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, article.id(), article.url(), article.site(),
                article.published(), article.title(), entities, claimEvents.of(article));
    }

    private static EnrichedArticle.Entity entity(EntityMention m, boolean inTitle) {
        return new EnrichedArticle.Entity(m.text(), m.type().name(), m.canonicalId(), m.canonicalName(),
                m.start(), m.end(), inTitle);
    }

    /** The key mentions are counted under: the canonical id, else {@code text:} and the lower-cased mention. */
    public static String entityKey(EnrichedArticle.Entity e) {
        if (e.canonicalId() != null && !e.canonicalId().isBlank()) {
            return e.canonicalId();
        }
        return "text:" + e.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** One mention as a trend record with count 1 and no window yet. */
    static EntityTrend oneMention(EnrichedArticle.Entity e) {
        String name = e.canonicalName() != null ? e.canonicalName() : e.text();
        return new EntityTrend(EntityTrend.SCHEMA_VERSION, entityKey(e), name, e.type(), null, null, 1);
    }

    /** The running count: the first mention's name and type, counts added. */
    static EntityTrend add(EntityTrend sum, EntityTrend mention) {
        if (sum == null || sum.entityId() == null) {
            return mention;
        }
        return new EntityTrend(sum.schemaVersion(), sum.entityId(), sum.name(), sum.type(), null, null,
                sum.count() + mention.count());
    }
}
