package dev.newsflow.enrich.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named organisations an article introduces with an acronym, such as "the South Korean Secret
 * Service (NIS)", in order of appearance.
 *
 * <p>When a claim is attributed only to "a report", the article almost always means the last such
 * organisation it introduced; the acronym is what the newsroom knows it by. Only acronyms after a
 * phrase with an organisation noun (organisation-heads.txt) count, so "(DPRK)" or an author's "(PF)"
 * do not.
 */
public final class SourceFallback {

    private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}{2,6})\\)");
    private static final int LOOK_BACK_TOKENS = 6;

    private final PhraseMatcher<Boolean> heads = PhraseMatcher.ofWords("organisation-heads.txt");

    /** An organisation's acronym and where it is introduced. */
    public record Organisation(String acronym, int offset) {
    }

    public List<Organisation> organisations(String text) {
        List<Organisation> out = new ArrayList<>();
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            List<Token> before = Tokenizer.tokenize(text, Math.max(0, m.start() - 120), m.start());
            int from = Math.max(0, before.size() - LOOK_BACK_TOKENS);
            for (int k = from; k < before.size(); k++) {
                if (heads.matchAt(before, k) != null) {
                    out.add(new Organisation(m.group(1), m.start()));
                    break;
                }
            }
        }
        return out;
    }

    /** The last organisation introduced before {@code offset}, or null. */
    public static String lastBefore(List<Organisation> organisations, int offset) {
        String last = null;
        for (Organisation o : organisations) {
            if (o.offset() < offset) {
                last = o.acronym();
            }
        }
        return last;
    }
}
