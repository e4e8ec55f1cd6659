package dev.newsflow.app.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.Fingerprints;
import dev.newsflow.events.Ids;

/**
 * A deterministic stream of realistic troop-count articles for load, latency and exactly-once
 * tests: many actors, places and figures over a long span of publication times. Each figure key
 * moves through a sequence of figures (one per period, each well beyond the sink's tolerance);
 * within a period outlets repeat the current figure, and some articles are syndicated copies
 * of an earlier story. Every article also carries decoy numbers (money, years, durations).
 */
public final class SyntheticArticles {

    private static final String[] DEMONYMS = {"North Korean", "Russian", "Belarusian", "Iranian", "Chinese"};
    private static final String[] PLACES = {"Kursk", "Belgorod", "Bryansk", "Rostov", "Vladivostok",
        "Donetsk", "Luhansk", "Zaporizhzhia", "Kherson", "Kharkiv", "Crimea"};
    private static final String[] OUTLETS = {"Daily Ledger", "Morning Wire", "Eastern Observer", "Capital Times",
        "Frontline News", "Global Dispatch", "Harbour Post", "Evening Courier", "Baltic Herald", "Danube Review",
        "North Star", "Continental Report", "The Sentinel", "Riverside Gazette", "Atlas Daily", "Meridian",
        "Plains Chronicle", "Coastal Mail", "Union Tribune", "Summit Journal"};
    private static final String[] SOURCES = {"a NATO official", "the NIS", "Ukraine's defence intelligence",
        "the Pentagon", "analysts at the Institute for the Study of War", "Secretary of State Antony Blinken"};
    private static final String[] FILLERS = {
        "The ministry did not comment on the report.",
        "Officials in Moscow declined to confirm the movements.",
        "Satellite images published last week show new tents near the railway station.",
        "The figures could not be independently verified.",
        "Diplomats expect the issue to come up at the next summit."};
    private static final String[] DECOYS = {
        "Each soldier is reportedly paid $2,000 a month.",
        "The agreement was first signed in 1961 and renewed in 2024.",
        "The convoy travelled more than 300 kilometres in two days.",
        "The war has now lasted more than 1,000 days.",
        "Some 14,000 civilians have fled the area since the spring."};
    private static final Duration PERIOD = Duration.ofDays(45);

    private SyntheticArticles() {
    }

    /**
     * @param count articles to make; publication times are spread evenly over {@code span}
     * @param seed  the same seed always gives the same articles
     */
    public static List<ArticleEvent> generate(int count, Duration span, long seed) {
        Random random = new Random(seed);
        OffsetDateTime start = OffsetDateTime.of(2023, 1, 2, 6, 0, 0, 0, ZoneOffset.UTC);
        long step = span.toMillis() / Math.max(1, count);
        List<ArticleEvent> articles = new ArrayList<>(count);
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            OffsetDateTime published = start.plus(Duration.ofMillis(step * i));
            String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
            String body;
            String title;
            if (i > 20 && random.nextInt(10) == 0) {
                // a syndicated copy of a recent story, with the copying outlet's own furniture
                int original = i - 1 - random.nextInt(20);
                body = bodies.get(original) + "\n\nThis article was first published by a partner outlet.";
                title = articles.get(original).title();
            } else {
                String demonym = DEMONYMS[random.nextInt(DEMONYMS.length)];
                String place = PLACES[random.nextInt(PLACES.length)];
                long figure = figure(demonym, place, published, start);
                title = demonym + " forces near " + place + ": new figures";
                body = String.join("\n\n",
                        FILLERS[random.nextInt(FILLERS.length)],
                        claimSentence(random, demonym, place, figure) + " " + DECOYS[random.nextInt(DECOYS.length)],
                        FILLERS[random.nextInt(FILLERS.length)]);
            }
            String url = "https://news" + (i % 50) + ".example/" + published.toLocalDate() + "/story-" + i;
            articles.add(new ArticleEvent(ArticleEvent.SCHEMA_VERSION, Ids.of(url), url, url, outlet, title, null,
                    published, "en", body, Instant.EPOCH, "synthetic:" + seed, Fingerprints.minHash(body)));
            bodies.add(body);
        }
        return articles;
    }

    /** The figure a key stands at, at a time: a base, growing by a quarter each period. */
    static long figure(String demonym, String place, OffsetDateTime at, OffsetDateTime start) {
        int base = 1000 + Math.floorMod((demonym + place).hashCode(), 40) * 250;
        long periods = Duration.between(start, at).toMillis() / PERIOD.toMillis();
        double grown = base * Math.pow(1.25, periods);
        return Math.round(grown / 50.0) * 50;
    }

    private static String claimSentence(Random random, String demonym, String place, long figure) {
        String count = String.format("%,d", figure);
        String source = SOURCES[random.nextInt(SOURCES.length)];
        return switch (random.nextInt(3)) {
            case 0 -> "According to " + source + ", " + count + " " + demonym + " soldiers have been deployed to "
                    + place + ".";
            case 1 -> count + " " + demonym + " troops have arrived in " + place + ", " + source + " said.";
            default -> "About " + count + " " + demonym + " soldiers are now stationed in " + place
                    + ", according to " + source + ".";
        };
    }
}
