package dev.newsflow.enrich.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds figures in a tokenized sentence: digits with separators ("12,000", "100 000"), number
 * words ("five thousand"), multipliers ("1.5 million", "15-hundred"), vague quantities
 * ("thousands", "tens of thousands") and ranges ("1,000 to 3,000", "between 1,000 and 3,000",
 * "1,000-3,000"), each with the qualifier before it (qualifiers.tsv).
 *
 * <p>It also marks what the figure itself says it is not: money ("$2,000", "1,850 euros"; currencies.txt),
 * and, by the TokensRegex rules of number-kinds.rules, years ("in 1949"), compound modifiers ("62-year-old",
 * "17-kilometre"), ordinals ("1st"), selections ("one of the officers"), the terms of a ratio ("one in three")
 * and codes (dates, times, the numbers of formations, telephone numbers and identifiers).
 * Whether a cardinal counts troops is decided later by the noun phrase around it ({@link UnitPhrase}).
 */
public final class NumberParser {

    /** Dots that group thousands, as much of Europe writes them: "15.000", "1.200.000". */
    private static final java.util.regex.Pattern EUROPEAN_GROUPING =
            java.util.regex.Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})+");

    /** Fractions written as one character after the digits: "2½ million". */
    private static final java.util.Map<String, java.math.BigDecimal> FRACTIONS = java.util.Map.of(
            "½", new java.math.BigDecimal("0.5"), "¼", new java.math.BigDecimal("0.25"),
            "¾", new java.math.BigDecimal("0.75"));

    private record Word(long value, String kind) {
    }

    /** A figure's value read from tokens, ending before token {@code end}. */
    private record Figure(long value, int end, boolean vague) {
    }

    /** The result number-kinds.rules gives a day of a month ("Oct. 27"): a code, never the start of a range. */
    private static final String DAY = "DATE";
    /** Words before "from N to M" that make it a range, not a change: "range from", "a force of from", "in age from". */
    private static final Set<String> RANGE_BEFORE_FROM = LexiconFile.wordClass("numbers.range-before-from");
    /** Words between "from" and the first figure of a change: "from the current 184,000 to 255,000". */
    private static final Set<String> CURRENT = LexiconFile.wordClass("numbers.current");
    /** What joins the two ends of a range: "1,000 to 3,000", "400-600". */
    private static final Set<String> RANGE_SEPARATORS = Set.of("to", "-", "–");
    /**
     * What joins two neighbouring guesses into a range ("two or three soldiers", "seven or eight militants"), at
     * most a doubling apart; "either 100 or 1,000" are two figures.
     */
    private static final String GUESS_SEPARATOR = "or";
    /** What joins the two ends of "between N and M". */
    private static final Set<String> BETWEEN_SEPARATORS = Set.of("and");
    /** Verbs of change before "by N to M": "increased its deployment by 1,300 to 6,300". */
    private static final Set<String> CHANGE_VERBS = LexiconFile.wordClass("numbers.change-verbs");
    /** How far before "by" a verb of change may stand: "increased its deployment by". */
    private static final int CHANGE_VERB_WINDOW = 4;

    /** Verbs whose particle "over" is no qualifier: "handed over 1,212 bodies", "turned over 40 prisoners". */
    private static final Set<String> PARTICLE_VERBS = LexiconFile.wordClass("numbers.over-particle-verbs");

    private final PhraseMatcher<Word> words = new PhraseMatcher<>();
    private final PhraseMatcher<Qualifier> qualifiers = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> currencies = PhraseMatcher.ofWords("currencies.txt");
    private final FigureRules kinds = new FigureRules("number-kinds.rules", java.util.stream.Stream.concat(
            java.util.stream.Stream.of(DAY), java.util.Arrays.stream(NumberMention.Kind.values()).map(Enum::name))
            .collect(java.util.stream.Collectors.toUnmodifiableSet()));

    public NumberParser() {
        for (String[] r : LexiconFile.rows("numbers.tsv")) {
            words.add(r[0], new Word(Long.parseLong(r[1].strip()), r[2].strip()));
        }
        for (String[] r : LexiconFile.rows("qualifiers.tsv")) {
            qualifiers.add(r[0], Qualifier.fromLabel(r[1]));
        }
    }

    public List<NumberMention> parse(List<Token> tokens) {
        List<NumberMention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            NumberMention m = at(tokens, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The figure (with its qualifier) that starts at token {@code i}, or null. */
    NumberMention at(List<Token> tokens, int i) {
        Qualifier q = null;
        int numStart = i;
        PhraseMatcher.Match<Qualifier> qm = qualifiers.matchAt(tokens, i);
        if (qm != null && i > 0 && tokens.get(i).norm().equals("over")
                && PARTICLE_VERBS.contains(tokens.get(i - 1).norm())) {
            qm = null; // "handed over 1,212 bodies": the verb's particle, not "more than"
        }
        if (qm != null && value(tokens, qm.end()) != null) {
            q = qm.value();
            numStart = qm.end();
        }
        // "between N and M"
        if (q == null && tokens.get(i).norm().equals("between")) {
            Figure a = value(tokens, i + 1);
            if (a != null && a.end() < tokens.size() && tokens.get(a.end()).norm().equals("and")) {
                Figure b = value(tokens, a.end() + 1);
                if (b != null) {
                    return range(tokens, i, i + 1, b.end(), a.value(), b.value());
                }
            }
            if (a == null && i + 1 < tokens.size()) {
                NumberMention decimal = decimalRange(tokens, i, i + 1, BETWEEN_SEPARATORS); // "between 1.2 and 1.5 million"
                if (decimal != null) {
                    return decimal;
                }
            }
        }
        Figure v = value(tokens, numStart);
        if (v == null) {
            return decimalRange(tokens, i, qm != null ? qm.end() : i, RANGE_SEPARATORS); // "about 1.2 to 1.3 million"
        }
        // "46,000-plus killed soldiers": more than the figure, and no compound modifier
        boolean plus = !v.vague() && v.end() + 1 < tokens.size() && tokens.get(v.end()).text().equals("-")
                && tokens.get(v.end()).joined() && tokens.get(v.end() + 1).joined()
                && tokens.get(v.end() + 1).norm().equals("plus");
        if (plus) {
            q = q == null ? Qualifier.MORE_THAN : q;
            v = new Figure(v.value(), v.end() + 2, false);
        }
        String context = kinds.match(tokens, numStart, numStart, v.end());
        if (q == null && DAY.equals(context)) {
            // "on Oct. 27 to 260": a date, never the start of a range
            return new NumberMention(i, numStart, v.end(), tokens.get(numStart).text(), v.value(), null, null,
                    Qualifier.EXACT, false, NumberMention.Kind.CODE);
        }
        int end = v.end();
        boolean vague = v.vague();
        // "N to M", "N-M", "N–M", "N or close to M"
        if (end + 1 < tokens.size() && !vague) {
            String sep = tokens.get(end).norm();
            int next = end + 1;
            if (sep.equals("or") && end + 3 < tokens.size() && tokens.get(end + 1).norm().equals("close")
                    && tokens.get(end + 2).norm().equals("to")) {
                sep = "to";
                next = end + 3;
            }
            boolean change = sep.equals("to") && changeFrom(tokens, i);
            if (change) {
                Figure b = value(tokens, next);
                if (b != null && money(tokens, next, b.end())) {
                    // "rising from 146 to 288 Swedish crowns": both are money
                    return new NumberMention(i, numStart, end, Tokenizer.join(tokens, numStart, end), v.value(), null,
                            null, q == null ? Qualifier.EXACT : q, false, NumberMention.Kind.MONEY);
                }
                if (b != null && !b.vague()) {
                    v = new Figure(scaledLikeTheNext(tokens, v.value(), b.end()), v.end(), false);
                }
            }
            boolean guesses = sep.equals(GUESS_SEPARATOR);
            if (!change && (RANGE_SEPARATORS.contains(sep) || guesses)) {
                Figure b = value(tokens, next);
                if (b != null && !b.vague() && b.value() > v.value() && (!guesses || b.value() <= 2 * v.value())) {
                    return range(tokens, i, numStart, b.end(), v.value(), b.value());
                }
            }
        }
        String text = Tokenizer.join(tokens, numStart, end);
        NumberMention.Kind kind = kind(tokens, numStart, end, context);
        long count = v.value();
        if (q == null && vague) {
            q = Qualifier.AT_LEAST;
        }
        if (q == null) {
            q = Qualifier.EXACT;
        }
        Long low = (q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN) ? count : null;
        Long high = q == Qualifier.UP_TO ? count : null;
        return new NumberMention(i, numStart, end, text, count, low, high, q, vague, kind);
    }

    /**
     * "increase its contribution from 270 to 350", "increased by 1,300 to 6,300": a change from one figure to
     * another, two figures, not a range; but "range from 1,000 to 1,500" and "a force of from 10,000 to 30,000"
     * are ranges.
     */
    private static boolean changeFrom(List<Token> tokens, int figureStart) {
        int k = figureStart - 1;
        while (k >= 0 && CURRENT.contains(tokens.get(k).norm())) {
            k--; // "from the current 184,000 to 255,000"
        }
        if (k >= 0 && k == figureStart - 1 && tokens.get(k).norm().equals("by")) {
            // "increased its deployment by 1,300 to 6,300", but "overrun by 400 to 600 troops" is a range
            for (int j = k - 1; j >= Math.max(0, k - CHANGE_VERB_WINDOW); j--) {
                if (CHANGE_VERBS.contains(tokens.get(j).norm())) {
                    return true;
                }
            }
            return false;
        }
        if (k < 0 || !tokens.get(k).norm().equals("from")) {
            return false;
        }
        return k == 0 || !RANGE_BEFORE_FROM.contains(tokens.get(k - 1).norm());
    }

    /**
     * "30 – 40,000", "50-70 000", "20 to 25,000": the thousands written once apply to both ends, when the first
     * has as many digits as the second's leading group; "5 to 10,000" stays as written.
     */
    private static long sharedThousands(long a, long b) {
        if (a >= 1000 || b < 1000) {
            return a;
        }
        long scale = 1;
        while (b / scale >= 1000 && b % (scale * 1000) == 0) {
            scale *= 1000;
        }
        long lead = b / scale;
        return scale > 1 && b % scale == 0 && String.valueOf(a).length() == String.valueOf(lead).length() && a < lead
                ? a * scale : a;
    }

    /**
     * "1.2 to 1.3 million": a decimal that is no head count on its own starts a range when the scale word
     * after the second figure makes it a whole number; null otherwise.
     */
    private NumberMention decimalRange(List<Token> tokens, int qStart, int start, Set<String> separators) {
        if (start + 2 >= tokens.size() || !tokens.get(start).isDigits()
                || !separators.contains(tokens.get(start + 1).norm())) {
            return null;
        }
        Figure b = value(tokens, start + 2);
        PhraseMatcher.Match<Word> scale = b == null || b.vague() ? null : words.matchEndingAt(tokens, b.end());
        if (scale == null || !scale.value().kind().equals("mult") || scale.value().value() < 1000) {
            return null;
        }
        java.math.BigDecimal a;
        try {
            a = new java.math.BigDecimal(tokens.get(start).text().replace(",", ""))
                    .multiply(java.math.BigDecimal.valueOf(scale.value().value()));
        } catch (NumberFormatException e) {
            return null; // "1.200.000"
        }
        if (a.stripTrailingZeros().scale() > 0 || a.longValue() >= b.value()) {
            return null;
        }
        return new NumberMention(qStart, start, b.end(), Tokenizer.join(tokens, start, b.end()), a.longValue(),
                a.longValue(), b.value(), Qualifier.RANGE, false, kind(tokens, start, b.end(),
                kinds.match(tokens, start, start, b.end())));
    }

    /**
     * The first figure of a range or change whose scale word is written only after the second: "from 182 to 203
     * thousand" is from 182,000. A first figure of the scale or above, or a second without one, keeps its value.
     *
     * @param nextEnd the token after the second figure
     */
    private long scaledLikeTheNext(List<Token> tokens, long a, int nextEnd) {
        PhraseMatcher.Match<Word> scale = words.matchEndingAt(tokens, nextEnd);
        boolean scaled = scale != null && scale.value().kind().equals("mult") && scale.value().value() >= 1000
                && a < scale.value().value();
        return scaled ? a * scale.value().value() : a;
    }

    private NumberMention range(List<Token> tokens, int qStart, int start, int end, long a, long b) {
        // "five to six thousand", "1 to 2 million": the scale word written once applies to both ends
        long scaled = scaledLikeTheNext(tokens, a, end);
        a = scaled != a && scaled <= b ? scaled : sharedThousands(a, b);
        return new NumberMention(qStart, start, end, Tokenizer.join(tokens, start, end), a, a, b, Qualifier.RANGE,
                false, kind(tokens, start, end, kinds.match(tokens, start, start, end)));
    }

    /**
     * What the figure at tokens [start, end) is: money by currencies.txt, else what number-kinds.rules said of
     * it ({@code context}, null when no rule matched).
     */
    private NumberMention.Kind kind(List<Token> tokens, int start, int end, String context) {
        if (money(tokens, start, end)) {
            return NumberMention.Kind.MONEY;
        }
        return context == null ? NumberMention.Kind.CARDINAL
                : context.equals(DAY) ? NumberMention.Kind.CODE : NumberMention.Kind.valueOf(context);
    }

    /** "$2,000", "1,850 euros", "288 Swedish crowns". */
    private boolean money(List<Token> tokens, int start, int end) {
        return start > 0 && currencies.matchEndingAt(tokens, start) != null || currencies.matchAt(tokens, end) != null
                || end + 1 < tokens.size() && tokens.get(end).isCapitalised() && currencies.matchAt(tokens, end + 1) != null;
    }

    /** The figure starting at token i, or null. */
    private Figure value(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(i);
        PhraseMatcher.Match<Word> vm = words.matchAt(tokens, i);
        if (vm != null && vm.value().kind().equals("vague")) {
            return new Figure(vm.value().value(), vm.end(), true);
        }
        if (t.isDigits()) {
            String digits = t.text().replaceAll("[,\\s\\u00A0\\u202F]", "");
            int end = i + 1;
            java.math.BigDecimal fraction = end < tokens.size() && tokens.get(end).joined()
                    ? FRACTIONS.get(tokens.get(end).text()) : null; // "2½ million"
            if (fraction != null) {
                end++;
            }
            // "1.5 million", "15-hundred", "12 thousand"
            int k = end;
            if (k + 1 < tokens.size() && tokens.get(k).text().equals("-") && tokens.get(k).joined()) {
                k++;
            }
            PhraseMatcher.Match<Word> mm = words.matchAt(tokens, k);
            boolean multiplied = mm != null && mm.value().kind().equals("mult");
            // "15.000 soldiers" groups thousands with a dot; "1.125 million" is a decimal
            boolean european = !multiplied && EUROPEAN_GROUPING.matcher(digits).matches();
            if (multiplied && digits.indexOf('.') != digits.lastIndexOf('.')) {
                return null; // "1.200.000 million" means nothing
            }
            // exact decimals: "1.013 million" is 1,013,000, where a double gives 1,012,999.99…
            java.math.BigDecimal base = new java.math.BigDecimal(european ? digits.replace(".", "") : digits);
            if (fraction != null) {
                base = base.add(fraction);
            }
            PhraseMatcher.Match<Word> half = multiplied || fraction != null || digits.length() > 3 ? null
                    : andAHalf(tokens, end);
            if (half != null) { // "nearly 14 and a half thousand soldiers"
                base = base.add(new java.math.BigDecimal("0.5"));
                multiplied = true;
                mm = half;
            }
            if (multiplied) {
                base = base.multiply(java.math.BigDecimal.valueOf(mm.value().value()));
                end = mm.end();
            } else if (end < tokens.size() && tokens.get(end).joined() && tokens.get(end).norm().equals("k")) {
                base = base.multiply(java.math.BigDecimal.valueOf(1000)); // "417K Contract Soldiers"
                end++;
            }
            if (base.signum() != 0 && base.stripTrailingZeros().scale() > 0) {
                return null; // "2.5" on its own is not a head count
            }
            return new Figure(base.longValue(), end, false);
        }
        return words(tokens, i);
    }

    /** The thousand or million of "and a half thousand/million" at {@code j}, or null. */
    private PhraseMatcher.Match<Word> andAHalf(List<Token> tokens, int j) {
        if (j + 3 >= tokens.size() || !tokens.get(j).norm().equals("and") || !tokens.get(j + 1).norm().equals("a")
                || !tokens.get(j + 2).norm().equals("half")) {
            return null;
        }
        PhraseMatcher.Match<Word> m = words.matchAt(tokens, j + 3);
        return m != null && m.value().kind().equals("mult") && m.value().value() >= 1000 ? m : null;
    }

    /** A token with a digit, a fraction or a number word: what a "million" after it multiplies. */
    private boolean numberLike(Token t) {
        return t.text().chars().anyMatch(c -> Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER)
                || words.matchAt(List.of(t), 0) != null;
    }

    /**
     * "five thousand", "twenty-five", "one hundred and fifty", "a thousand", "half a million", "one and a half
     * million".
     */
    private Figure words(List<Token> tokens, int i) {
        long total = 0;
        long current = 0;
        int j = i;
        boolean any = false;
        // "a quarter of a million", "three quarters of a million"
        int q = tokens.get(i).norm().equals("a") || tokens.get(i).norm().equals("three") ? i + 1 : i;
        if (q + 3 < tokens.size() && Set.of("quarter", "quarters").contains(tokens.get(q).norm())
                && tokens.get(q + 1).norm().equals("of") && tokens.get(q + 2).norm().equals("a")) {
            PhraseMatcher.Match<Word> m = words.matchAt(tokens, q + 3);
            String first = tokens.get(i).norm();
            long parts = first.equals("a") || first.equals("quarter") ? 1 : first.equals("three") ? 3 : 0;
            if (m != null && m.value().kind().equals("mult") && m.value().value() >= 1000 && parts > 0) {
                return new Figure(m.value().value() * parts / 4, m.end(), false);
            }
        }
        // "half a million", "a half-million", "half a dozen", "half-a-million"
        int h = tokens.get(i).norm().equals("a") && i + 1 < tokens.size() && tokens.get(i + 1).norm().equals("half")
                ? i + 1 : i;
        if (tokens.get(h).norm().equals("half") && h + 1 < tokens.size()) {
            int k = h + 1;
            if (k + 2 < tokens.size() && tokens.get(k).text().equals("-") && tokens.get(k + 1).norm().equals("a")
                    && tokens.get(k + 2).text().equals("-")) {
                k += 3; // "half-a-million"
            } else {
                k = tokens.get(k).norm().equals("a") || tokens.get(k).text().equals("-") ? k + 1 : k;
            }
            PhraseMatcher.Match<Word> m = words.matchAt(tokens, k);
            return m != null && m.value().kind().equals("mult") && m.value().value() >= 12
                    ? new Figure(m.value().value() / 2, m.end(), false) : null; // "half a dozen" is six
        }
        PhraseMatcher.Match<Word> lead = words.matchAt(tokens, i);
        if (lead != null && lead.value().kind().equals("mult") && lead.value().value() >= 1000 && i > 0
                && numberLike(tokens.get(i - 1))) {
            return null; // "2½ million", "several hundred thousand": the rest of a figure not read, not a million
        }
        if (tokens.get(i).norm().equals("a")) {
            PhraseMatcher.Match<Word> m = words.matchAt(tokens, i + 1);
            if (m == null || !m.value().kind().equals("mult")) {
                return null;
            }
            current = 1;
            j = i + 1;
        }
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            PhraseMatcher.Match<Word> m = words.matchAt(tokens, j);
            if (m != null && !m.value().kind().equals("vague")) {
                long v = m.value().value();
                switch (m.value().kind()) {
                    case "unit", "tens" -> current += v;
                    case "mult" -> {
                        if (v == 100) {
                            current = Math.max(current, 1) * 100;
                        } else {
                            total += Math.max(current, 1) * v;
                            current = 0;
                        }
                    }
                    default -> { }
                }
                any = true;
                j = m.end();
            } else if (current > 0 && m != null && m.end() == j + 1 && m.value().value() >= 100) {
                // "six thousands servicemen", "six hundreds soldiers": a vague plural (numbers.tsv) after a number
                // word multiplies it
                long v = m.value().value();
                if (v == 100) {
                    current *= 100;
                } else {
                    total += current * v;
                    current = 0;
                }
                j++;
            } else if (any && (t.text().equals("-") || t.norm().equals("and"))
                    && words.matchAt(tokens, j + 1) != null
                    && !words.matchAt(tokens, j + 1).value().kind().equals("vague")) {
                j++;
            } else {
                break;
            }
        }
        PhraseMatcher.Match<Word> half = any && total == 0 ? andAHalf(tokens, j) : null;
        if (half != null) { // "one and a half million"
            long v = half.value().value();
            return new Figure(current * v + v / 2, half.end(), false);
        }
        return any ? new Figure(total + current, j, false) : null;
    }
}
