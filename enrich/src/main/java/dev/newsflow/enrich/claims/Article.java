package dev.newsflow.enrich.claims;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every sentence of one text shares, read once before its figures: its sentences, their attributions and
 * named sides, its organisations, and what the whole article says of its sides ({@link ArticleSides}). A figure's
 * sentence rarely says all a claim needs; the article around it often does.
 *
 * @param mostNamed    the side named more often than any other, or null
 * @param homeCountry  the country the article is set in, or null
 * @param servedSide   the side the article says its fighters serve, or null
 * @param senders      the ids of the states the article says send or offer troops themselves
 * @param aboutTroops  whether two sentences name troops: a story where the figure model may guess
 * @param occasions    per sentence, whether it names an exercise, parade or ceremony
 * @param presentYear  the year the article is written in
 * @param policeStory  whether its first sentence speaks of police and of no troops
 */
record Article(String text, List<Sentence> sentences, List<AttributionFinder.Attribution> attributed,
               List<SourceFallback.Organisation> organisations, boolean inTitle,
               List<List<Gazetteer.Mention>> mentions, Map<String, Integer> actorCounts,
               Gazetteer.Actor mostNamed, Gazetteer.Actor homeCountry, Gazetteer.Actor servedSide,
               Set<String> senders, boolean aboutTroops, List<Boolean> occasions, int presentYear,
               boolean policeStory) {

    /**
     * Where the article names an exercise, parade or ceremony, seen from sentence {@code si}: in it, in
     * its paragraph, elsewhere, or nowhere. A report on a drill counts its troops as taking part.
     */
    String occasion(int si) {
        if (occasions.get(si)) {
            return "sentence";
        }
        int paragraph = sentences.get(si).paragraph();
        boolean inParagraph = false;
        boolean anywhere = false;
        for (int k = 0; k < sentences.size(); k++) {
            inParagraph |= occasions.get(k) && sentences.get(k).paragraph() == paragraph;
            anywhere |= occasions.get(k);
        }
        return inParagraph ? "paragraph" : anywhere ? "article" : "none";
    }

    /** Whether sentence {@code si} follows another in its paragraph. */
    boolean continuesParagraph(int si) {
        return si > 0 && sentences.get(si - 1).paragraph() == sentences.get(si).paragraph();
    }

    /** The tokens of the sentence before {@code si} in its paragraph, or none. */
    List<Token> previousInParagraph(int si) {
        return continuesParagraph(si) ? sentences.get(si - 1).tokens() : List.of();
    }

    /** What the actor model looks at around sentence {@code si}. */
    ActorChooser.Surroundings around(int si) {
        return new ActorChooser.Surroundings(sentences.get(si).tokens(), mentions.get(si), attributed.get(si),
                previousInParagraph(si), continuesParagraph(si) ? mentions.get(si - 1) : List.of(),
                si > 0 ? mentions.get(0) : List.of(), actorCounts, mostNamed);
    }
}
