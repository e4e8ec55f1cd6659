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
 *   <li>{@code norm}: lower case with curly quotes folded ({@link Token#norm()});</li>
 *   <li>{@code glued}: {@code "yes"} when no space separates the token from the one before, else {@code "no"};</li>
 *   <li>{@code figure}: {@code "Q"} on the words of the figure's qualifier ("up to"), {@code "S"} on a figure
 *       of one token, {@code "B"}, {@code "I"} and {@code "E"} on the first, inner and last token of a longer
 *       one, and {@code "O"} elsewhere.</li>
 * </ul>
 * A token {@code <s>} (its {@code norm}) stands before a sentence's first word when the rules see that far back.
 * The months of calendar.tsv are bound as {@code $MONTH}, a regular expression over {@code norm}.
 * An instance is immutable and thread-safe: each call matches over tokens of its own.
 */
final class FigureRules {

    /** The {@code norm} of the token that marks a sentence's start. */
    static final String SENTENCE_START = "<s>";
    /** How many tokens before a figure's qualifier the rules may look at ("the Armed Forces organic strength totaled" needs seven with the word before). */
    private static final int BEFORE = 8;
    /** How many tokens after a figure the rules may look at ("2024-04-11" needs four). */
    private static final int AFTER = 4;

    /** {@link Token#norm()} of a token. */
    static final class NormAnnotation implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** Whether the token follows the one before with no space between. */
    static final class GluedAnnotation implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** The token's place in the figure under test. */
    static final class FigureAnnotation implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
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

    /**
     * Loads {@code dev/newsflow/enrich/claims/<name>} from the class path.
     *
     * @param results the results the caller knows; a rule with another fails the load
     */
    FigureRules(String name, java.util.Set<String> results) {
        Env env = TokenSequencePattern.getNewEnv();
        env.bind("norm", NormAnnotation.class);
        env.bind("glued", GluedAnnotation.class);
        env.bind("figure", FigureAnnotation.class);
        env.bind("$MONTH", alternation(LexiconFile.words("calendar.tsv", "month")));
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

    /** A TokensRegex regular expression matching any of the words exactly. */
    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted().map(Pattern::quote).collect(Collectors.joining("|", "/", "/"));
    }

    /**
     * What the rules say the figure at tokens [start, end) is, its qualifier starting at {@code qualifierStart}:
     * the result of the rule of highest priority that matches, or null when none does.
     */
    String match(List<Token> tokens, int qualifierStart, int start, int end) {
        List<CoreLabel> labels = labels(tokens, qualifierStart, start, end);
        for (Rule rule : rules) {
            if (rule.pattern().getMatcher(labels).find()) {
                return rule.result();
            }
        }
        return null;
    }

    /** The results of every rule that matches the figure, for rules that each say something else of it. */
    java.util.Set<String> matching(List<Token> tokens, NumberMention n) {
        java.util.Set<String> out = new java.util.HashSet<>();
        matches(tokens, n).forEach(m -> out.add(m.result()));
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
        int from = Math.max(0, n.qualifierStart() - BEFORE);
        List<CoreLabel> labels = labels(tokens, n.qualifierStart(), n.start(), n.end());
        int first = from == 0 ? from - 1 : from; // the sentence index of labels' first, <s> standing before 0
        List<Match> out = new ArrayList<>();
        for (Rule rule : rules) {
            TokenSequenceMatcher m = rule.pattern().getMatcher(labels);
            if (m.find()) {
                out.add(new Match(rule.result(), first + m.end()));
            }
        }
        return out;
    }

    /**
     * The tokens around the figure, with the attributes the rules read; when they reach back to the sentence's
     * start, a first token {@code <s>} marks it, so that a rule may ask for a word before a phrase, or none.
     */
    private static List<CoreLabel> labels(List<Token> tokens, int qualifierStart, int start, int end) {
        int from = Math.max(0, qualifierStart - BEFORE);
        int to = Math.min(tokens.size(), end + AFTER);
        List<CoreLabel> labels = new ArrayList<>(to - from + 1);
        if (from == 0) {
            labels.add(label("", SENTENCE_START, false, "O"));
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            labels.add(label(t.text(), t.norm(), t.joined(), role(k, qualifierStart, start, end)));
        }
        return labels;
    }

    private static CoreLabel label(String text, String norm, boolean glued, String figure) {
        CoreLabel label = new CoreLabel();
        label.setWord(text);
        label.setValue(text);
        label.set(NormAnnotation.class, norm);
        label.set(GluedAnnotation.class, glued ? "yes" : "no");
        label.set(FigureAnnotation.class, figure);
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
