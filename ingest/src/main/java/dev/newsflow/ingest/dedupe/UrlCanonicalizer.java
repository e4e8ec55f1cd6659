package dev.newsflow.ingest.dedupe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import okhttp3.HttpUrl;

/**
 * One spelling per article URL, so the same story reached through a feed (with {@code utm_*}
 * tags), a sitemap and a social share is fetched once. Lower-case scheme and host, default port
 * and fragment dropped, dot segments resolved, percent-encoding normalised (by OkHttp's URL
 * parser), tracking parameters removed and the remaining query parameters sorted by name.
 *
 * <p>A page's own {@code <link rel=canonical>} is used only when it stays on the same site (same
 * last two host labels): otherwise any page could claim to be another site's article and poison
 * the dedupe state.
 */
public final class UrlCanonicalizer {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "ocid", "cmpid", "smid", "spm", "ref_src", "ref_url",
            "__twitter_impression", "s_cid", "sr_share", "at_medium", "at_campaign", "at_custom1", "at_custom2",
            "at_custom3", "at_custom4", "xtor", "ito", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname",
            "ns_fee", "guccounter", "guce_referrer", "guce_referrer_sig", "mkt_tok", "vero_id", "oly_anon_id",
            "oly_enc_id", "rb_clickid", "wt_mc", "wt.mc_id", "cid", "utm");

    private UrlCanonicalizer() {
    }

    /** The canonical form of {@code url}, or empty when it is not an http(s) URL. */
    public static Optional<String> canonicalize(String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
        if (parsed == null) {
            return Optional.empty();
        }
        HttpUrl.Builder b = parsed.newBuilder().fragment(null).query(null);
        List<Param> kept = new ArrayList<>();
        for (int i = 0; i < parsed.querySize(); i++) {
            String name = parsed.queryParameterName(i);
            if (!isTracking(name)) {
                kept.add(new Param(name, parsed.queryParameterValue(i)));
            }
        }
        kept.sort(Comparator.comparing(Param::name)); // stable: equal names keep their order
        for (Param p : kept) {
            b.addQueryParameter(p.name(), p.value());
        }
        return Optional.of(b.build().toString());
    }

    /**
     * The URL an article should be remembered under: its canonical link when that stays on the same
     * site as where it was fetched, else the fetched URL, canonicalised either way.
     */
    public static Optional<String> identity(String fetchedUrl, String canonicalLink) {
        Optional<String> fetched = canonicalize(fetchedUrl);
        Optional<String> declared = canonicalize(canonicalLink);
        if (fetched.isPresent() && declared.isPresent()
                && sameSite(HttpUrl.parse(fetched.get()).host(), HttpUrl.parse(declared.get()).host())) {
            return declared;
        }
        return fetched;
    }

    static boolean isTracking(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("utm_") || n.startsWith("pk_") || n.startsWith("mtm_") || n.startsWith("hsa_")
                || TRACKING.contains(n);
    }

    /** Whether two hosts belong to one site: the same last two labels ({@code www.dw.com}, {@code m.dw.com}). */
    public static boolean sameSite(String a, String b) {
        return lastLabels(a).equals(lastLabels(b));
    }

    private static String lastLabels(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length <= 2) {
            return host.toLowerCase(Locale.ROOT);
        }
        return labels[labels.length - 2] + "." + labels[labels.length - 1];
    }

    private record Param(String name, String value) {
    }
}
