package dev.newsflow.enrich.claims.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.newsflow.enrich.claims.ClaimExtractor;
import dev.newsflow.enrich.claims.ClaimModels;
import dev.newsflow.enrich.claims.LinearModel;

/**
 * Turns the grammar's decisions on annotated articles into training examples for {@link ClaimModels}: a
 * passed-over figure is a {@code claim} when the gold file has a claim of that count in that sentence, and
 * and each candidate side of a claim is its {@code actor} when its name is the gold claim's (claims with no
 * gold claim teach nothing).
 */
public final class ClaimModelTrainer {

    private final LinearModelTrainer figures = new LinearModelTrainer();
    private final RankingTrainer actors = new RankingTrainer();
    private final LinearModelTrainer statuses = new LinearModelTrainer();

    /** Adds the examples of one annotated file. */
    public void add(GoldFile gold, String file, List<ClaimExtractor.Example> examples) {
        List<GoldFile.Claim> claims = gold.claims().stream().filter(c -> c.file().equals(file)).toList();
        List<ClaimExtractor.Example> candidates = new ArrayList<>();
        for (ClaimExtractor.Example e : examples) {
            if (e.task() != ClaimExtractor.Task.ACTOR || !candidates.isEmpty() && !sameClaim(candidates.get(0), e)) {
                addActors(claims, candidates);
                candidates.clear();
            }
            Optional<GoldFile.Claim> match = match(claims, e);
            if (e.task() == ClaimExtractor.Task.FIGURE) {
                figures.add(e.features(), match.isPresent() ? ClaimModels.CLAIM : ClaimModels.OTHER);
            } else if (e.task() == ClaimExtractor.Task.STATUS && match.isPresent() && match.get().status() != null) {
                statuses.add(e.features(), match.get().status());
            } else if (e.task() == ClaimExtractor.Task.ACTOR) {
                candidates.add(e);
            }
        }
        addActors(claims, candidates);
    }

    /** The candidate sides of one claim teach the ranking when the gold actor is among them. */
    private void addActors(List<GoldFile.Claim> claims, List<ClaimExtractor.Example> candidates) {
        Optional<GoldFile.Claim> match = candidates.isEmpty() ? Optional.empty() : match(claims, candidates.get(0));
        if (match.isEmpty() || match.get().actor() == null) {
            return;
        }
        String actor = match.get().actor();
        for (int c = 0; c < candidates.size(); c++) {
            if (ActorNames.same(actor, candidates.get(c).actor())) {
                actors.add(candidates.stream().map(ClaimExtractor.Example::features).toList(), c);
                return;
            }
        }
    }

    private static boolean sameClaim(ClaimExtractor.Example a, ClaimExtractor.Example b) {
        return a.count() == b.count() && a.sentence().equals(b.sentence());
    }

    private static Optional<GoldFile.Claim> match(List<GoldFile.Claim> claims, ClaimExtractor.Example e) {
        return claims.stream().filter(c -> c.count() == e.count() && sameSentence(c.sentence(), e.sentence())).findFirst();
    }

    public LinearModelTrainer figures() {
        return figures;
    }

    public RankingTrainer actors() {
        return actors;
    }

    public LinearModelTrainer statuses() {
        return statuses;
    }

    /** Fits the models with the same prior; a model without examples of two labels is left null. */
    public ClaimModels train(double sigma, double threshold) {
        return train(sigma, threshold, ClaimModels.none());
    }

    /**
     * Fits the models with their Gaussian priors centred on {@code prior}'s tables (those it has), so that new
     * annotated sets adjust an earlier fit whose sets are not at hand; a model with neither examples of two
     * labels nor a prior table is left null.
     */
    public ClaimModels train(double sigma, double threshold, ClaimModels prior) {
        LinearModel figureModel = trainable(figures, prior.figures()) ? figures.train(sigma, prior.figures()) : null;
        LinearModel actorModel = actors.trainable() || prior.actors() != null
                ? actors.train(sigma, ClaimModels.ACTOR, prior.actors()) : null;
        LinearModel statusModel = trainable(statuses, prior.statuses()) ? statuses.train(sigma, prior.statuses()) : null;
        return new ClaimModels(figureModel, threshold, actorModel, statusModel);
    }

    private static boolean trainable(LinearModelTrainer t, LinearModel prior) {
        return t.labels().size() >= 2 || prior != null;
    }

    /**
     * Whether a gold sentence and an extracted one are the same, allowing for different splitting and
     * whitespace: one contains the other, or they share most of their words.
     */
    static boolean sameSentence(String gold, String found) {
        String a = squash(gold);
        String b = squash(found);
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        Set<String> wa = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> wb = new HashSet<>(Arrays.asList(b.split(" ")));
        long shared = wa.stream().filter(wb::contains).count();
        return shared >= 0.6 * Math.min(wa.size(), wb.size());
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
