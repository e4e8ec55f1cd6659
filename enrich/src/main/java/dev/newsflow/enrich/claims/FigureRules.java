package dev.newsflow.enrich.claims;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.parser.ParseException;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParseException;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A file of CoreNLP TokensRegex rules about one figure and the words around it, so that what the grammar
 * knows of a number's context ("Battalion 365" names a formation, "Oct. 27" is a day) reads as patterns in
 * a resource file rather than as Java.
 *
 * <p>Each rule is a TokensRegex token pattern whose {@code result} names what the figure is. The rules see
 * one figure at a time, marked on its tokens, and these attributes on every token:
 * <ul>
 *   <li>{@code word}: the token as written;</li>
 *   <li>{@code norm}: lower case with curly quotes folded ({@link Token#norm()}); the last dot of an
 *       abbreviation inside the sentence ("2,000 U.S. troops", tokens "U." "S" ".") has the norm "", so that it
 *       ends no clause;</li>
 *   <li>{@code glued}: {@code "yes"} when no space separates the token from the one before, else {@code "no"};</li>
 *   <li>{@code figure}: {@code "Q"} on the words of the figure's qualifier ("up to"), {@code "S"} on a figure
 *       of one token, {@code "B"}, {@code "I"} and {@code "E"} on the first, inner and last token of a longer
 *       one, and {@code "O"} elsewhere.</li>
 * </ul>
 * A token {@code <s>} (its {@code norm}) stands before a sentence's first word, and {@code </s>} after its last,
 * when the rules see that far. A caller that knows more of the sentence ({@link Marks}) adds:
 * <ul>
 *   <li>{@code cue}: the status of a status cue that starts at the token ("killed", "deployed"), else "O";</li>
 *   <li>{@code cueEnd}: the status of a cue of the sentence that ends at the token, else "O";</li>
 *   <li>{@code mention}: "B" on the first token of a gazetteer mention, else "O";</li>
 *   <li>{@code country}: "E" on the last token of a mention of a country, else "O".</li>
 * </ul>
 * Without them every token has "O". The months of calendar.tsv are bound as {@code $MONTH} and all its words
 * as {@code $CALENDAR}, regular expressions over {@code norm}; each class of word-classes.tsv is bound by its
 * name in capitals, dots and dashes as underscores ("ellipsis.others" as {@code $ELLIPSIS_OTHERS}).
 * An instance is immutable and thread-safe: each call matches over tokens of its own.
 */
final class FigureRules {

    /** The {@code norm} of the token that marks a sentence's start. */
    static final String SENTENCE_START = "<s>";
    /** The {@code norm} of the token that marks a sentence's end. */
    static final String SENTENCE_END = "</s>";
    /** What every token has for an attribute the caller did not give. */
    private static final String NONE = "O";
    /**
     * How many tokens before a figure's qualifier the rules may look at ("the Armed Forces organic strength
     * totaled" needs seven, with the word before it).
     */
    private static final int BEFORE = 8;
    /**
     * How many tokens after a figure the rules may look at unless told otherwise ("two others were seriously
     * wounded" needs five).
     */
    private static final int AFTER = 6;

    /** A string attribute of a token the rules may read, bound in the rules' environment by name. */
    private abstract static class TokenAttribute implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** {@link Token#norm()} of a token. */
    static final class NormAnnotation extends TokenAttribute {
    }

    /** Whether the token follows the one before with no space between. */
    static final class GluedAnnotation extends TokenAttribute {
    }

    /** The token's place in the figure under test. */
    static final class FigureAnnotation extends TokenAttribute {
    }

    /** The status of a cue that starts at the token. */
    static final class CueAnnotation extends TokenAttribute {
    }

    /** The status of a cue that ends at the token. */
    static final class CueEndAnnotation extends TokenAttribute {
    }

    /** Whether a gazetteer mention starts at the token. */
    static final class MentionAnnotation extends TokenAttribute {
    }

    /** Whether a mention of a country ends at the token. */
    static final class CountryAnnotation extends TokenAttribute {
    }

    /**
     * What a caller knows of each token of a sentence beyond its words, one value per token: the
     * {@code cue}, {@code cueEnd}, {@code mention} and {@code country} attributes.
     */
    record Marks(String[] cue, String[] cueEnd, String[] mention, String[] country) {

        /** Marks for a sentence of {@code size} tokens, every value "O" until set. */
        static Marks none(int size) {
            String[][] all = new String[4][size];
            for (String[] values : all) {
                java.util.Arrays.fill(values, NONE);
            }
            return new Marks(all[0], all[1], all[2], all[3]);
        }
    }

    /** One rule of the file, or several with the same result and priority joined: the pattern and its result. */
    private record Rule(TokenSequencePattern pattern, double priority, String result) {
    }

    /**
     * The file's rules, highest priority first, those with the same result and priority joined into one
     * alternation: one pass over the tokens per result rather than per rule.
     */
    private final List<Rule> rules;
    /** How many tokens after a figure these rules may look at. */
    private final int after;

    /**
     * Loads {@code dev/newsflow/enrich/claims/<name>} from the class path.
     *
     * @param results the results the caller knows; a rule with another fails the load
     */
    FigureRules(String name, java.util.Set<String> results) {
        this(name, results, AFTER);
    }

    /**
     * Loads rules that look further after a figure than most: every extra token is tried at every start, so
     * only a file of few rules should ("killed …, both sides said" may end seventeen tokens after its figure).
     *
     * @param after how many tokens after a figure the rules may look at
     */
    FigureRules(String name, java.util.Set<String> results, int after) {
        this.after = after;
        Env env = TokenSequencePattern.getNewEnv();
        env.bind("norm", NormAnnotation.class);
        env.bind("glued", GluedAnnotation.class);
        env.bind("figure", FigureAnnotation.class);
        env.bind("cue", CueAnnotation.class);
        env.bind("cueEnd", CueEndAnnotation.class);
        env.bind("mention", MentionAnnotation.class);
        env.bind("country", CountryAnnotation.class);
        env.bind("$MONTH", alternation(LexiconFile.words("calendar.tsv", "month")));
        env.bind("$CALENDAR", alternation(LexiconFile.words("calendar.tsv")));
        env.bind("$TROOP_HEADS", alternation(troopHeads()));
        LexiconFile.wordClasses().forEach((wordClass, words) -> env.bind(variable(wordClass), alternation(words)));
        RuleCollector collector = new RuleCollector(env);
        String path = "/dev/newsflow/enrich/claims/" + name;
        java.io.InputStream stream = FigureRules.class.getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalStateException("missing grammar resource " + path);
        }
        try (java.io.Reader in = new java.io.InputStreamReader(stream, java.nio.charset.StandardCharsets.UTF_8)) {
            new TokenSequenceParser().updateExpressionExtractor(collector, in);
        } catch (java.io.IOException | ParseException | TokenSequenceParseException | RuntimeException e) {
            throw new IllegalStateException("cannot read TokensRegex rules " + path + ": " + e.getMessage(), e);
        } catch (Error e) {
            if (e instanceof VirtualMachineError) {
                throw e;
            }
            // TokensRegex reports some mistakes as a bare Error ("$X = [ … ]" binds a list, not a pattern)
            throw new IllegalStateException("cannot read TokensRegex rules " + path + ": " + e.getMessage(), e);
        }
        collector.rules.stream().filter(r -> !results.contains(r.result())).findFirst().ifPresent(r -> {
            throw new IllegalStateException("TokensRegex rules " + path + ": unknown result " + r.result()
                    + " (known: " + new java.util.TreeSet<>(results) + ")");
        });
        this.rules = joined(env, collector.rules);
    }

    private static List<Rule> joined(Env env, List<Rule> read) {
        java.util.Map<String, List<Rule>> byResult = new java.util.LinkedHashMap<>();
        read.forEach(r -> byResult.computeIfAbsent(r.priority() + "\t" + r.result(), k -> new ArrayList<>()).add(r));
        return byResult.values().stream()
                .map(rs -> new Rule(TokenSequencePattern.compile(env, rs.stream().map(r -> r.pattern().pattern())
                        .collect(Collectors.joining(") | (?: ", "(?: ", ")"))), rs.get(0).priority(), rs.get(0).result()))
                .sorted(java.util.Comparator.comparingDouble(Rule::priority).reversed()).toList();
    }

    /**
     * Keeps the token rules the TokensRegex parser reads, so that a figure is tested against each pattern
     * directly (an extractor would also build and merge annotations this class has no use for).
     */
    private static final class RuleCollector extends CoreMapExpressionExtractor<MatchedExpression> {
        private final List<Rule> rules = new ArrayList<>();

        RuleCollector(Env env) {
            super(env);
        }

        @Override
        public void appendRules(List<SequenceMatchRules.Rule> read) {
            for (SequenceMatchRules.Rule r : read) {
                if (r instanceof SequenceMatchRules.AnnotationExtractRule<?, ?> rule
                        && rule.pattern instanceof TokenSequencePattern pattern) {
                    rules.add(new Rule(pattern, rule.priority, String.valueOf(rule.result.evaluate(getEnv()).get())));
                } else if (!(r instanceof SequenceMatchRules.AssignmentRule)) {
                    throw new IllegalStateException("only token pattern rules may stand in a figure rules file: " + r);
                }
            }
        }
    }

    /** The last words of units.txt's troop nouns ("soldiers", "men"), not its formation nouns ("brigade"). */
    private static java.util.Set<String> troopHeads() {
        return LexiconFile.rows("units.txt").stream()
                .filter(r -> r.length < 2 || !r[1].strip().equals("formation"))
                .map(r -> Token.lastWord(r[0].strip()))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The variable a word class is bound to: "ellipsis.others" as {@code $ELLIPSIS_OTHERS}. */
    static String variable(String wordClass) {
        return "$" + wordClass.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** A TokensRegex regular expression matching any of the words exactly. */
    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted().map(Pattern::quote).collect(Collectors.joining("|", "/", "/"));
    }

    /**
     * What the rules say the figure at tokens [start, end) is, its qualifier starting at {@code qualifierStart}:
     * the result of the rule of highest priority that matches, or null when none does.
     */
    String match(List<Token> tokens, int qualifierStart, int start, int end) {
        List<CoreLabel> labels = labels(tokens, qualifierStart, start, end, null, after);
        for (Rule rule : rules) {
            if (rule.pattern().getMatcher(labels).find()) {
                return rule.result();
            }
        }
        return null;
    }

    /** The results of every rule that matches the figure, for rules that each say something else of it. */
    java.util.Set<String> matching(List<Token> tokens, NumberMention n) {
        return matching(tokens, n, null);
    }

    /** As {@link #matching(List, NumberMention)}, the rules also reading the sentence's marks. */
    java.util.Set<String> matching(List<Token> tokens, NumberMention n, Marks marks) {
        java.util.Set<String> out = new java.util.HashSet<>();
        matches(tokens, n, marks).forEach(m -> out.add(m.result()));
        return out;
    }

    /**
     * A rule's result for a figure, and the token (in the sentence) after the first match of that result:
     * where the phrase the rule read ends ("8,000 of them").
     */
    record Match(String result, int end) {
    }

    /** Every result whose rules match the figure, highest priority first, each with where its match ends. */
    List<Match> matches(List<Token> tokens, NumberMention n) {
        return matches(tokens, n, null);
    }

    private List<Match> matches(List<Token> tokens, NumberMention n, Marks marks) {
        int from = Math.max(0, n.qualifierStart() - BEFORE);
        List<CoreLabel> labels = labels(tokens, n.qualifierStart(), n.start(), n.end(), marks, after);
        int first = from == 0 ? from - 1 : from; // the sentence index of labels' first, <s> standing before 0
        List<Match> out = new ArrayList<>();
        for (Rule rule : rules) {
            TokenSequenceMatcher m = rule.pattern().getMatcher(labels);
            if (m.find()) {
                out.add(new Match(rule.result(), Math.min(tokens.size(), first + m.end())));
            }
        }
        return out;
    }

    /**
     * The tokens around the figure, with the attributes the rules read; when they reach back to the sentence's
     * start, a first token {@code <s>} marks it, and a last token {@code </s>} its end, so that a rule may ask for
     * a word before or after a phrase, or none.
     */
    private static List<CoreLabel> labels(List<Token> tokens, int qualifierStart, int start, int end, Marks marks,
                                          int after) {
        int from = Math.max(0, qualifierStart - BEFORE);
        int to = Math.min(tokens.size(), end + after);
        List<CoreLabel> labels = new ArrayList<>(to - from + 2);
        if (from == 0) {
            labels.add(label("", SENTENCE_START, false, NONE));
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String norm = abbreviationDot(tokens, k) ? "" : t.norm();
            CoreLabel label = label(t.text(), norm, t.joined(), role(k, qualifierStart, start, end));
            if (marks != null) {
                label.set(CueAnnotation.class, marks.cue()[k]);
                label.set(CueEndAnnotation.class, marks.cueEnd()[k]);
                label.set(MentionAnnotation.class, marks.mention()[k]);
                label.set(CountryAnnotation.class, marks.country()[k]);
            }
            labels.add(label);
        }
        if (to == tokens.size()) {
            labels.add(label("", SENTENCE_END, false, NONE));
        }
        return labels;
    }

    /** Whether the token at {@code k} is the dot that closes "U.S." before the sentence goes on. */
    private static boolean abbreviationDot(List<Token> tokens, int k) {
        return k >= 2 && k + 1 < tokens.size() && tokens.get(k).norm().equals(".") && tokens.get(k).joined()
                && tokens.get(k - 1).joined() && tokens.get(k - 1).text().length() == 1
                && tokens.get(k - 2).text().endsWith(".");
    }

    private static CoreLabel label(String text, String norm, boolean glued, String figure) {
        CoreLabel label = new CoreLabel();
        label.setWord(text);
        label.setValue(text);
        label.set(NormAnnotation.class, norm);
        label.set(GluedAnnotation.class, glued ? "yes" : "no");
        label.set(FigureAnnotation.class, figure);
        label.set(CueAnnotation.class, NONE);
        label.set(CueEndAnnotation.class, NONE);
        label.set(MentionAnnotation.class, NONE);
        label.set(CountryAnnotation.class, NONE);
        return label;
    }

    private static String role(int k, int qualifierStart, int start, int end) {
        if (k >= qualifierStart && k < start) {
            return "Q";
        }
        if (k < start || k >= end) {
            return "O";
        }
        if (end - start == 1) {
            return "S";
        }
        return k == start ? "B" : k == end - 1 ? "E" : "I";
    }
}
