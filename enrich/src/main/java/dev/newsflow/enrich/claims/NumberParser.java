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
 * <p>It also marks what the figure itself says it is not: money ("$2,000", "1,850 euros"), years
 * ("in 1949"), compound modifiers ("62-year-old", "17-kilometre"), ordinals ("1st") and selections
 * ("one of the officers").
 * Whether a cardinal counts troops is decided later by the noun phrase around it ({@link UnitPhrase}).
 */
public final class NumberParser {

    /** Dots that group thousands, as much of Europe writes them: "15.000", "1.200.000". */
    private static final java.util.regex.Pattern EUROPEAN_GROUPING =
            java.util.regex.Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})+");

    private record Word(long value, String kind) {
    }

    /** A figure's value read from tokens, ending before token {@code end}. */
    private record Figure(long value, int end, boolean vague) {
    }

    /** Characters that join the digits of a date or a time: "25/1/2024", "5:19". */
    private static final Set<String> CODE_JOINERS = LexiconFile.wordClass("numbers.code-joiners");
    /** A day, month or year of a date written with dashes. */
    private static final java.util.regex.Pattern DATE_PART = java.util.regex.Pattern.compile("\\d{1,4}");
    /** Operators of a sum written out, spaced: "(357526 + 81936) / …" adds areas, it counts no one. */
    private static final Set<String> ARITHMETIC = LexiconFile.wordClass("numbers.arithmetic");
    /**
     * Capitalised words whose number names a formation, an operation, a law, a place or a publication's issue,
     * not a count: "Battalion 365", "Operation 1027", "Volume: 19 Issue: 42".
     */
    private static final Set<String> DESIGNATED = LexiconFile.wordClass("numbers.designated");
    /** Designations that may take a colon before their number: "Volume: 19 Issue: 42". */
    private static final Set<String> PUBLICATION = LexiconFile.wordClass("numbers.publication");
    /** Words before "from N to M" that make it a range, not a change: "range from", "a force of from", "in age from". */
    private static final Set<String> RANGE_BEFORE_FROM = LexiconFile.wordClass("numbers.range-before-from");
    /** Words between "from" and the first figure of a change: "from the current 184,000 to 255,000". */
    private static final Set<String> CURRENT = LexiconFile.wordClass("numbers.current");
    private static final Set<String> MONTHS = LexiconFile.words("calendar.tsv", "month");
    /** Words between numbered formations: "Battalion 365 and 366". */
    private static final Set<String> LIST_JOINERS = LexiconFile.wordClass("numbers.list-joiners");
    /** Words before a four-digit number that make it a year: "in 2014", "since 1991", "early 2023". */
    private static final Set<String> YEAR_CUES = LexiconFile.wordClass("numbers.year-cues");

    private final PhraseMatcher<Word> words = new PhraseMatcher<>();
    private final PhraseMatcher<Qualifier> qualifiers = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> currencies = PhraseMatcher.ofWords("currencies.txt");

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
        }
        Figure v = value(tokens, numStart);
        if (v == null) {
            return null;
        }
        if (q == null && dayOfMonth(tokens, numStart, v)) {
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
                if (b != null && kind(tokens, next, b.end()) == NumberMention.Kind.MONEY) {
                    // "rising from 146 to 288 Swedish crowns": both are money
                    return new NumberMention(i, numStart, end, Tokenizer.join(tokens, numStart, end), v.value(), null,
                            null, q == null ? Qualifier.EXACT : q, false, NumberMention.Kind.MONEY);
                }
            }
            if (!change && (sep.equals("to") || sep.equals("-") || sep.equals("–"))) {
                Figure b = value(tokens, next);
                if (b != null && !b.vague() && b.value() > v.value()) {
                    return range(tokens, i, numStart, b.end(), v.value(), b.value());
                }
            }
        }
        String text = Tokenizer.join(tokens, numStart, end);
        NumberMention.Kind kind = kind(tokens, numStart, end);
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
            return true; // "increased its deployment by 1,300 to 6,300"
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

    /** A day after a month's name ("Oct. 27", "January 10"): one or two digits, 1 to 31. */
    private static boolean dayOfMonth(List<Token> tokens, int start, Figure v) {
        Token t = tokens.get(start);
        if (!t.isDigits() || t.text().length() > 2 || v.end() != start + 1 || v.value() < 1 || v.value() > 31) {
            return false;
        }
        int k = start - 1;
        if (k >= 0 && tokens.get(k).norm().equals(".")) {
            k--;
        }
        return k >= 0 && tokens.get(k).isCapitalised() && MONTHS.contains(tokens.get(k).norm());
    }

    private NumberMention range(List<Token> tokens, int qStart, int start, int end, long a, long b) {
        // "five to six thousand", "1 to 2 million": the scale word written once applies to both ends
        PhraseMatcher.Match<Word> scale = words.matchEndingAt(tokens, end);
        if (scale != null && scale.value().kind().equals("mult") && scale.value().value() >= 1000
                && a < scale.value().value() && a * scale.value().value() <= b) {
            a *= scale.value().value();
        } else {
            a = sharedThousands(a, b);
        }
        return new NumberMention(qStart, start, end, Tokenizer.join(tokens, start, end), a, a, b, Qualifier.RANGE,
                false, kind(tokens, start, end));
    }

    private NumberMention.Kind kind(List<Token> tokens, int start, int end) {
        Token first = tokens.get(start);
        if (start > 0 && currencies.matchEndingAt(tokens, start) != null) {
            return NumberMention.Kind.MONEY;
        }
        if (currencies.matchAt(tokens, end) != null || end + 1 < tokens.size() && tokens.get(end).isCapitalised()
                && currencies.matchAt(tokens, end + 1) != null) {
            return NumberMention.Kind.MONEY; // "1,850 euros", "288 Swedish crowns"
        }
        if (code(tokens, start, end)) {
            return NumberMention.Kind.CODE;
        }
        if (end < tokens.size()) {
            Token next = tokens.get(end);
            boolean one = first.norm().equals("one") || first.text().equals("1");
            if (one && end - start == 1 && next.norm().equals("of")) {
                return NumberMention.Kind.SELECTION;
            }
            if (next.joined() && next.isWord() && Set.of("st", "nd", "rd", "th").contains(next.norm())) {
                return NumberMention.Kind.ORDINAL;
            }
            if (next.joined() && next.text().equals("-") && end + 1 < tokens.size() && tokens.get(end + 1).joined()) {
                return NumberMention.Kind.COMPOUND_MODIFIER;
            }
        }
        if (end == start + 1 && first.text().matches("\\d{4}")) {
            int y = Integer.parseInt(first.text());
            boolean cue = start > 0 && YEAR_CUES.contains(tokens.get(start - 1).norm());
            if (y >= 1800 && y <= 2100 && cue) {
                return NumberMention.Kind.YEAR;
            }
        }
        return NumberMention.Kind.CARDINAL;
    }

    /**
     * A number that is part of a code, not a count: a date or time written with slashes or a colon
     * ("25/1/2024", "5:19", joined to its neighbours), digits with a leading zero ("military unit 06705"),
     * the number of a named formation ("Infantry Battalion 365 and 366", "Task Force 51"), a footnote mark
     * ("[93]"), a citation's pages ("18 (17): 3548–3580", "23: 285–314"), digits glued to capitals that
     * name a unit ("3PPCLI"), a term of a sum written out ("357526 + 81936") or a part of a date written with
     * dashes ("11-4-2024").
     */
    private static boolean code(List<Token> tokens, int start, int end) {
        Token first = tokens.get(start);
        if (first.isDigits() && first.text().length() > 1 && first.text().charAt(0) == '0') {
            return true;
        }
        boolean before = start > 0 && first.joined() && CODE_JOINERS.contains(tokens.get(start - 1).text());
        boolean after = end + 1 < tokens.size() && tokens.get(end).joined()
                && CODE_JOINERS.contains(tokens.get(end).text()) && tokens.get(end + 1).joined()
                && tokens.get(end + 1).isDigits();
        boolean footnote = start > 0 && end < tokens.size() && tokens.get(start - 1).text().equals("[")
                && tokens.get(end).text().equals("]"); // "[93]"
        boolean pages = start > 1 && tokens.get(start - 1).text().equals(":")
                && (tokens.get(start - 2).text().equals(")") && volume(tokens, start - 2)
                || tokens.get(start - 2).isDigits()); // "18 (17): 3548–3580", "23: 285–314"
        boolean unitName = end < tokens.size() && tokens.get(end).joined() && tokens.get(end).isWord()
                && tokens.get(end).text().length() > 1
                && tokens.get(end).text().chars().allMatch(Character::isUpperCase); // "3PPCLI", "1CER"
        boolean sum = start > 0 && ARITHMETIC.contains(tokens.get(start - 1).text()) && !first.joined()
                || end < tokens.size() && ARITHMETIC.contains(tokens.get(end).text()) && !tokens.get(end).joined();
        return before || after || footnote || pages || unitName || sum || dashedDate(tokens, start)
                || designated(tokens, start) || phoneNumber(tokens, start);
    }

    /** A group of a telephone number written with its country code: "+372 717 9207". */
    private static boolean phoneNumber(List<Token> tokens, int i) {
        int k = i;
        while (k > 0 && i - k < 4 && tokens.get(k - 1).isDigits()) {
            k--;
        }
        return k > 0 && tokens.get(k - 1).text().equals("+") && tokens.get(k).joined();
    }

    /** Whether token {@code i} is part of a date written with dashes: "11-4-2024", "2024-04-11". */
    private static boolean dashedDate(List<Token> tokens, int i) {
        for (int p = Math.max(0, i - 4); p <= i && p + 4 < tokens.size(); p += 2) {
            boolean shape = true;
            for (int k = p; k <= p + 4; k++) {
                Token t = tokens.get(k);
                boolean even = (k - p) % 2 == 0;
                boolean part = even ? DATE_PART.matcher(t.text()).matches() : t.text().equals("-");
                shape &= (k == p || t.joined()) && part;
            }
            if (shape && (tokens.get(p).text().length() == 4 || tokens.get(p + 4).text().length() == 4)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the parenthesis closing at {@code close} follows a volume number, as a citation's issue does:
     * "18 (17): 3548–3580", "12(S): 115–129"; not a dateline's "JERUSALEM (AFP): Sixteen Israeli soldiers".
     */
    private static boolean volume(List<Token> tokens, int close) {
        for (int k = close - 1; k > 0 && close - k <= 3; k--) {
            if (tokens.get(k).text().equals("(")) {
                return tokens.get(k - 1).isDigits();
            }
        }
        return false;
    }

    /** "Battalion 365", and the "366" of "Battalion 365 and 366": digits a capitalised formation word names. */
    private static boolean designated(List<Token> tokens, int start) {
        int k = start - 1;
        if (k >= 2 && LIST_JOINERS.contains(tokens.get(k).norm()) && tokens.get(k - 1).isDigits()) {
            k -= 2; // the first of a list of numbered formations
        }
        if (k >= 1 && tokens.get(k).text().equals(":") && PUBLICATION.contains(tokens.get(k - 1).norm())) {
            k--; // "Volume: 19 Issue: 42", but "Kosovo Force: 4,000 troops" counts
        }
        return k >= 0 && tokens.get(start).isDigits() && tokens.get(k).isCapitalised()
                && DESIGNATED.contains(tokens.get(k).norm());
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
            double base = Double.parseDouble(european ? digits.replace(".", "") : digits);
            if (multiplied) {
                base *= mm.value().value();
                end = mm.end();
            } else if (end < tokens.size() && tokens.get(end).joined() && tokens.get(end).norm().equals("k")) {
                base *= 1000; // "417K Contract Soldiers"
                end++;
            }
            if (base != Math.floor(base)) {
                return null; // "2.5" on its own is not a head count
            }
            return new Figure((long) base, end, false);
        }
        return words(tokens, i);
    }

    /** "five thousand", "twenty-five", "one hundred and fifty", "a thousand", "half a million". */
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
        if (tokens.get(i).norm().equals("half") && i + 1 < tokens.size() && tokens.get(i + 1).norm().equals("a")) {
            PhraseMatcher.Match<Word> m = words.matchAt(tokens, i + 2); // "half a million"
            return m != null && m.value().kind().equals("mult") && m.value().value() >= 1000
                    ? new Figure(m.value().value() / 2, m.end(), false) : null;
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
            } else if (any && (t.text().equals("-") || t.norm().equals("and"))
                    && words.matchAt(tokens, j + 1) != null
                    && !words.matchAt(tokens, j + 1).value().kind().equals("vague")) {
                j++;
            } else {
                break;
            }
        }
        return any ? new Figure(total + current, j, false) : null;
    }
}
