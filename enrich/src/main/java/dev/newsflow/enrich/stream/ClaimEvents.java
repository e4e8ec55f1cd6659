package dev.newsflow.enrich.stream;

import java.time.Year;
import java.util.List;
import java.util.Locale;

import dev.newsflow.enrich.claims.ClaimExtractor;
import dev.newsflow.enrich.claims.TroopClaim;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.FigureKey;
import dev.newsflow.events.Ids;

/**
 * Turns an article into the claim events enrich publishes: runs the (Kafka-free) claim extractor
 * and adds what the topic contract needs: deterministic ids, the figure key, the article's
 * provenance.
 */
public final class ClaimEvents {

    private final ClaimExtractor extractor;

    public ClaimEvents(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    public List<ClaimEvent> of(ArticleEvent article) {
        String text = article.text() == null ? "" : article.text();
        String title = article.title() == null ? "" : article.title();
        Year published = article.published() == null ? null : Year.from(article.published());
        return extractor.extract(title, text, published).stream().map(claim -> toEvent(article, claim)).toList();
    }

    static ClaimEvent toEvent(ArticleEvent article, TroopClaim claim) {
        String status = claim.status().name().toLowerCase(Locale.ROOT);
        return new ClaimEvent(ClaimEvent.SCHEMA_VERSION,
                Ids.of(article.id(), claim.sentenceStart(), claim.countText(), claim.count()),
                FigureKey.of(claim.actorId(), claim.theatre(), status),
                article.id(), article.url(), article.site(), article.published(),
                claim.countText(), claim.count(), claim.countLow(), claim.countHigh(),
                claim.qualifier().name().toLowerCase(Locale.ROOT), claim.unit(),
                claim.actorId(), claim.actor(), claim.location(), claim.theatre(), status, claim.source(),
                claim.sentence(), claim.sentenceStart(), claim.sentenceEnd(), claim.hedged(), claim.vague(),
                article.fingerprint());
    }
}
