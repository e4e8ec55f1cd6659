package dev.newsflow.events;

import java.time.OffsetDateTime;

/**
 * Where a figure was read: the claim, its article and outlet, the sentence and who said it.
 * Alerts and figures carry these so an editor can check the figure at its sources.
 */
public record Provenance(
        String claimId,
        String articleId,
        String articleUrl,
        String outlet,
        OffsetDateTime published,
        String sentence,
        String source) {

    public static Provenance of(ClaimEvent claim) {
        return new Provenance(claim.claimId(), claim.articleId(), claim.articleUrl(), claim.outlet(),
                claim.published(), claim.sentence(), claim.source());
    }
}
