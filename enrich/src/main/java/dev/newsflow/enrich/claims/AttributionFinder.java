package dev.newsflow.enrich.claims;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its content to: "according to X", "X said/told/reported/assumes",
 * "…,” said X", "the NIS has increased this number". Titles are stripped from the name
 * (titles.txt: "Secretary of State Antony Blinken" → "Antony Blinken").
 *
 * <p>"According to a report …" names no one: it is returned as generic, possibly with the named
 * author of the report ("a report by “Bild”" → Bild). A lone surname ("Korotchenko said") is expanded
 * to the full name used earlier in the article ("Igor Korotchenko"), see {@link #expandName}.
 */
public final class AttributionFinder {

    /**
     * An attribution at tokens {@code [start, end)} of its sentence.
     *
     * @param source  the name, or null when generic
     * @param generic true for "a report", "media reports": the caller may fall back to a named organisation
     */
    public record Attribution(String source, int start, int end, boolean generic) {
    }

    /** Where a source's noun phrase starts, reading back from its saying verb: punctuation and clause words. */
    private static final Set<String> BOUNDARIES = LexiconFile.wordClass("attribution.boundaries");
    /** Words between a source and its saying verb: "officials have previously said". */
    private static final Set<String> SKIP_BEFORE_VERB = LexiconFile.wordClass("attribution.skip-before-verb");
    /** Forms of "be" before a saying verb: a passive ("are said to"), not a source that says. */
    private static final Set<String> BE = LexiconFile.wordClass("attribution.be");
    /** States after a saying verb: "five Marines confirmed dead" reports them dead, it does not quote them. */
    private static final Set<String> REPORTED_STATES = LexiconFile.wordClass("attribution.reported-states");
    /** Determiners left off the front of a source: "the ministry", "several officials". */
    private static final Set<String> DETERMINERS = LexiconFile.wordClass("attribution.determiners");
    /** Words a source's noun phrase never runs past when no comma closes it. */
    private static final Set<String> ENDS_SOURCE_NP = LexiconFile.wordClass("attribution.ends-source-np");
    /** Months and days: "NHK on Thursday", "the review in January". */
    private static final Set<String> TIME_WORDS = Set.copyOf(LexiconFile.words("calendar.tsv"));
    /** "in its statement", "in an interview": where it was said, not who said it. */
    private static final Set<String> OCCASION_DETERMINERS = LexiconFile.wordClass("attribution.occasion-determiners");
    /** Pronouns that are no name: "he said" takes its source from earlier sentences. */
    private static final Set<String> PRONOUNS = LexiconFile.wordClass("attribution.pronouns");
    /** Words that show a clause, not a name, between a source and its verb. */
    private static final Set<String> CLAUSE_WORDS = LexiconFile.wordClass("attribution.clause-words");
    /** Subject pronouns: true when they stand for a person. */
    private static final java.util.Map<String, Boolean> PERSONAL = java.util.Map.of(
            "it", false, "they", false, "he", true, "she", true);
    private static final int MAX_SOURCE_TOKENS = 8;
    /** Words before "states" that make it the noun: "member states", "the Baltic states", "other states". */
    private static final Set<String> STATES_NOUN = LexiconFile.wordClass("attribution.states-noun");

    private final PhraseMatcher<Boolean> verbs = PhraseMatcher.ofWords("attribution-verbs.txt");
    private final PhraseMatcher<Boolean> titles = PhraseMatcher.ofWords("titles.txt");
    private final PhraseMatcher<Boolean> generic = PhraseMatcher.ofWords("generic-sources.txt");
    /** Predicates that cannot be part of a source's name ("Russian officials denied reports that"). */
    private final PhraseMatcher<Boolean> predicates = new PhraseMatcher<>();

    private final Gazetteer gazetteer;

    public AttributionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        LexiconFile.words("negation.tsv").forEach(w -> predicates.add(w, Boolean.TRUE));
        LexiconFile.words("status.tsv").forEach(w -> predicates.add(w, Boolean.TRUE));
    }

    /** The sentence's attribution, "according to" first, or null. */
    public Attribution find(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).norm().equals("according") && tokens.get(i + 1).norm().equals("to")) {
                int s = i + 2;
                int e = s;
                while (e < tokens.size() && !(Set.of(",", ";", ":", ".").contains(tokens.get(e).norm())
                        && !abbreviationDot(tokens, e)) && !ENDS_SOURCE_NP.contains(tokens.get(e).norm())
                        && !tokens.get(e).isDigits()) {
                    e++; // "According to the report the US estimated that Hamas had …": the source ends at "that"
                }
                return np(tokens, s, e, i);
            }
        }
        List<Gazetteer.Mention> names = null;
        for (int v = 0; v < tokens.size(); v++) {
            PhraseMatcher.Match<Boolean> m = verbs.matchAt(tokens, v);
            if (m == null) {
                continue;
            }
            names = names != null ? names : gazetteer.find(tokens);
            if (insideName(names, v)) {
                continue; // "the United States will deploy": "States" is no verb
            }
            if (v > 0 && tokens.get(v).norm().equals("states") && STATES_NOUN.contains(tokens.get(v - 1).norm())) {
                continue; // "90,000 soldiers from all member states took part": the noun
            }
            String next = m.end() < tokens.size() ? tokens.get(m.end()).norm() : "";
            if ((v > 0 && BE.contains(tokens.get(v - 1).norm())) || next.equals("of")
                    || REPORTED_STATES.contains(next)) {
                continue; // passive ("are said to", "confirmed dead") or a noun ("reports of the deployment")
            }
            // subject before the verb: "Korotchenko said", "Russian state television reported"
            int e = v;
            while (e > 0 && SKIP_BEFORE_VERB.contains(tokens.get(e - 1).norm())) {
                e--;
            }
            e = beforeRelativeClause(tokens, e); // "Ukraine, which keeps its losses secret, said"
            int s = e;
            while (s > 0 && e - s < MAX_SOURCE_TOKENS && !BOUNDARIES.contains(tokens.get(s - 1).norm())) {
                s--;
            }
            s = afterCountedNoun(tokens, s, e);
            Attribution a = s < e ? np(tokens, s, e, s) : null;
            if (a != null && a.source != null) {
                return a;
            }
            // inverted: "…,” said X."
            if (v > 0 && (tokens.get(v - 1).isQuote() || tokens.get(v - 1).norm().equals(","))) {
                int end = m.end();
                while (end < tokens.size() && !(Set.of(",", ".", ";").contains(tokens.get(end).norm())
                        && !abbreviationDot(tokens, end))) {
                    end++;
                }
                Attribution inv = np(tokens, m.end(), end, v);
                if (inv != null && inv.source != null) {
                    return inv;
                }
            }
        }
        return null;
    }

    /**
     * Where a source starts when a counted noun comes before its name, a relative clause with its pronoun left
     * out: "Of the 200 militants Israel claims to have killed" is said by Israel, of the 200 militants. The name
     * is the first capitalised word after the figure; with none, the start stays ("Two US officials said").
     */
    private static int afterCountedNoun(List<Token> tokens, int s, int e) {
        int figure = -1;
        for (int k = s; k < e; k++) {
            if (tokens.get(k).isDigits() && !UnitPhrase.Grammar.ordinal(tokens, k)) { // not "the 28th Bomb Wing"
                figure = k;
            }
        }
        for (int k = figure + 1; figure >= 0 && k < e; k++) {
            if (tokens.get(k).isCapitalised()) {
                return k;
            }
        }
        return s;
    }

    private static boolean insideName(List<Gazetteer.Mention> names, int i) {
        return names.stream().anyMatch(n -> n.start() <= i && i < n.end());
    }

    /** "a report …", "an independent count by …", "Analysts at …": a generic noun before any other capital. */
    private boolean isGeneric(List<Token> tokens, int s, int e) {
        for (int k = s; k < e; k++) {
            if (generic.matchAt(tokens, k) != null) {
                return true;
            }
            if (tokens.get(k).isCapitalised()) {
                return false; // "Russian regional media" is named
            }
        }
        return false;
    }

    /** If tokens before {@code e} are ", which|who … ,", the index of the first comma; else {@code e}. */
    private static int beforeRelativeClause(List<Token> tokens, int e) {
        if (e < 2 || !tokens.get(e - 1).norm().equals(",")) {
            return e;
        }
        for (int k = e - 2; k > 0; k--) {
            if (tokens.get(k).norm().equals(",")) {
                String w = tokens.get(k + 1).norm();
                return w.equals("which") || w.equals("who") ? k : e;
            }
        }
        return e;
    }

    /** Reads a source noun phrase at tokens [s, e); {@code spanStart} is where the attribution starts. */
    private Attribution np(List<Token> tokens, int s, int e, int spanStart) {
        for (int k = s; k < e; k++) {
            if (tokens.get(k).norm().equals("(")) {
                e = k; // "the National Intelligence Service (NIS)"
            }
        }
        while (s < e && (DETERMINERS.contains(tokens.get(s).norm()) || tokens.get(s).isQuote())) {
            s++;
        }
        if (s >= e) {
            return null;
        }
        if (PERSONAL.containsKey(tokens.get(s).norm()) && e - s == 1) {
            // "Moscow has not published its losses since 2022, when it said …": the actor named before;
            // "it"/"they" stand for a government, "he"/"she" for a leader
            boolean person = PERSONAL.get(tokens.get(s).norm());
            for (Gazetteer.Mention m : gazetteer.find(tokens.subList(0, s))) {
                if (m.actor() != null && !m.actor().demonym()
                        && (m.actor().kind() == Gazetteer.ActorKind.LEADER) == person) {
                    return new Attribution(Tokenizer.join(tokens, m.start(), m.end()), spanStart, e, false);
                }
            }
        }
        if (PRONOUNS.contains(tokens.get(s).norm())) {
            return null; // "he said", "according to him": the caller looks at earlier sentences
        }
        if (isGeneric(tokens, s, e)) {
            // "a report by “Bild”", "reports from TASS"
            for (int k = s; k < e - 1; k++) {
                String w = tokens.get(k).norm();
                if (w.equals("by") || w.equals("from") || w.equals("of") || w.equals("at")) {
                    Attribution named = np(tokens, k + 1, e, spanStart);
                    if (named != null && named.source != null) {
                        return new Attribution(named.source, spanStart, e, false);
                    }
                }
            }
            return new Attribution(null, spanStart, e, true);
        }
        for (int k = s; k < e; k++) {
            if (predicates.matchAt(tokens, k) != null) {
                return null;
            }
        }
        // strip titles: keep the name after the last title ("Secretary of State Antony Blinken")
        int nameStart = s;
        for (int k = s; k < e; k++) {
            PhraseMatcher.Match<Boolean> t = titles.matchAt(tokens, k);
            if (t != null && t.end() < e) {
                nameStart = t.end();
                k = t.end() - 1;
            }
        }
        if (nameStart > s && !hasCapital(tokens, nameStart, e)) {
            nameStart = s; // "Ukraine's commander-in-chief": a title and no name after it
        }
        if (nameStart == s) {
            nameStart = trailingName(tokens, s, e); // "military intelligence chief Kyrylo Budanov"
        }
        while (nameStart < e && tokens.get(nameStart).isQuote()) {
            nameStart++;
        }
        int end = trailingTimeOrOccasion(tokens, nameStart, e);
        while (end > nameStart && tokens.get(end - 1).isQuote()) {
            end--;
        }
        boolean named = false;
        for (int k = nameStart; k < end; k++) {
            named |= tokens.get(k).isCapitalised() && !PRONOUNS.contains(tokens.get(k).norm());
            if (CLAUSE_WORDS.contains(tokens.get(k).norm())) {
                return null; // a clause, not a name: "Neither Moscow nor Pyongyang have yet denied"
            }
        }
        if (!named || nameStart >= end) {
            return null;
        }
        return new Attribution(Tokenizer.join(tokens, nameStart, end), spanStart, e, false);
    }

    /** "U.S." is tokenized "U." "S" "."; that last dot belongs to the abbreviation when more words follow. */
    private static boolean abbreviationDot(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i).joined() && tokens.get(i - 1).text().length() == 1
                && tokens.get(i - 1).isCapitalised() && !tokens.get(i + 1).isCapitalised();
    }

    /**
     * End of the name before a trailing time or occasion: "NHK on Thursday", "the internal review in January",
     * "ATMIS in its statement". "Sources in India's security establishment" keeps its place.
     */
    private static int trailingTimeOrOccasion(List<Token> tokens, int s, int e) {
        for (int k = s + 1; k + 1 < e; k++) {
            String w = tokens.get(k).norm();
            String next = tokens.get(k + 1).norm();
            if (Set.of("on", "in", "at", "during").contains(w)
                    && (TIME_WORDS.contains(next) || OCCASION_DETERMINERS.contains(next) || tokens.get(k + 1).isDigits())) {
                return k;
            }
        }
        return e;
    }

    /**
     * Start of a personal name closing the phrase: two or more capitalised words after a lower-case
     * word ("… intelligence chief Kyrylo Budanov"); {@code s} when there is none.
     */
    private static int trailingName(List<Token> tokens, int s, int e) {
        int k = e;
        int words = 0;
        while (k > s) {
            Token t = tokens.get(k - 1);
            boolean hyphenInName = t.text().equals("-") && t.joined() && k - 2 >= s
                    && tokens.get(k - 2).isCapitalised() && words > 0;
            if (!t.isCapitalised() && !hyphenInName) {
                break;
            }
            words += t.isCapitalised() ? 1 : 0;
            k--;
        }
        boolean name = words >= 2 && k > s && tokens.get(k - 1).isWord() && !tokens.get(k - 1).isCapitalised()
                && !Set.of("of", "for", "at", "and", "the", "on", "in").contains(tokens.get(k - 1).norm());
        return name ? k : s;
    }

    private static boolean hasCapital(List<Token> tokens, int s, int e) {
        for (int k = s; k < e; k++) {
            if (tokens.get(k).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Expands a one-word name to the fullest form used earlier in the article:
     * "Korotchenko" after "The Russian military expert Igor Korotchenko" becomes "Igor Korotchenko".
     * A headline's "Zelensky warns" is expanded from the body that follows it.
     */
    public String expandName(String source, String before, String after) {
        if (source == null || source.contains(" ")) {
            return source;
        }
        Pattern fullName = Pattern.compile("((?:\\p{Lu}[\\p{L}-]+ ){1,2})" + Pattern.quote(source) + "\\b");
        Matcher m = fullName.matcher(before);
        if (!m.find()) {
            m = fullName.matcher(after);
            if (!m.find()) {
                return source;
            }
        }
        List<Token> full = Tokenizer.tokenize(m.group(1) + source);
        Attribution a = np(full, 0, full.size(), 0);
        return a == null || a.source == null ? source : a.source;
    }
}
