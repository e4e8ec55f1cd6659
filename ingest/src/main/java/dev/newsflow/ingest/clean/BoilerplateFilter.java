package dev.newsflow.ingest.clean;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises page furniture without reading it: by tag, by ARIA role, by visibility, and by
 * class/id names that sites use for chrome. Two strengths: {@link #isDropped} (never prose: scripts,
 * media, form controls, captions, hidden elements — skipped wherever they are) and
 * {@link #isChrome} (a soft mark that the content finder applies relative to the container it
 * chooses, so that a mark on a wrapper of the whole page does not empty it; before this split,
 * 23 of AEB's 181 pages came out empty or wrong because a wrapper such as
 * {@code <div class="elementor-widget-wrap">} or {@code <form>} was removed with the article in it).
 *
 * <p>Rules and the failures they fix:
 * <ul>
 * <li>Dropped: tags that never hold article prose ({@code script, style, iframe, noscript,
 *     figcaption, button, video…}) — player fallbacks ("please enable JavaScript") and captions
 *     leaking into the text. Marked ({@link #CHROME_TAGS}): {@code nav, aside, form, footer, menu}
 *     — menus and forms, but an ASP.NET page wraps everything in a {@code <form>}.</li>
 * <li>{@code <header>} outside any {@code <article>} — the site masthead; an article's own header
 *     is kept because it often holds the standfirst.</li>
 * <li>Roles {@code navigation, banner, contentinfo, complementary, dialog, alertdialog, search}
 *     and hidden elements ({@code hidden}, {@code aria-hidden=true}, {@code display:none}) —
 *     div-based menus, cookie dialogs, off-screen drawers.</li>
 * <li>Class/id hints ({@link #HINT_PREFIXES}): each class or id is split on {@code -}, {@code _}
 *     into words and a word starting with a hint marks chrome — comment sections and forms,
 *     share bars, related/most-read/trending lists, cookie notices, newsletter and promo boxes,
 *     ads, sidebars, author boxes and bios, bylines and date lines, breadcrumbs, image captions and
 *     credits, source lines, embedded players, publish-info/timestamp lines ("PUBLISHED: 10:48 |
 *     UPDATED: …"), photo/gallery/slideshow/carousel boxes (their text is captions). Words are
 *     matched whole-prefix, not as substrings, so "shadow" is not "ad" and "tagdiv" is not "tag".
 *     {@code no-js} is a state class (Modernizr and plugins put it on content), not a marker of
 *     a no-script notice.</li>
 * <li>Embedded posts ({@code social-media-embed}, {@code twitter-tweet}) are quoted content, not
 *     share bars: a class/id word starting with {@code embed} or equal to {@code tweet} clears the
 *     mark (tweets quoted in a story were lost as "social").</li>
 * <li>An element with a class/id that <em>ends</em> in a content word ({@link #POSITIVE}, e.g.
 *     {@code entry-content no-share}) and the {@code html, body, article, main} elements are never
 *     removed by a hint — otherwise a theme's state classes ("no-share", "has-comments") would
 *     delete the whole article. Only the last word counts, as it names what the element is:
 *     {@code article-source} is a source line, {@code story-text} is text.</li>
 * </ul>
 */
public final class BoilerplateFilter {

    static final Set<String> DROP_TAGS = Set.of(
            "script", "style", "noscript", "iframe", "template", "svg",
            "button", "select", "input", "textarea", "label", "video", "audio", "object", "embed", "canvas",
            "dialog", "figcaption", "picture", "img", "map", "link", "meta");

    static final Set<String> DROP_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar");

    /** A class/id word starting with one of these marks chrome. */
    static final List<String> HINT_PREFIXES = List.of(
            "comment", "respond", "reply", "disqus", "share", "sharing", "social", "related", "cookie", "consent",
            "gdpr", "newsletter", "subscribe", "signup", "promo", "advert", "adslot", "adunit", "adsense",
            "adsbygoogle", "sponsor", "sidebar", "widget", "footer", "nav", "menu", "author", "byline", "bio",
            "popular", "trending", "breadcrumb", "caption", "credit", "source", "meta", "dateline", "modal",
            "popup", "banner", "video", "player", "pagination", "publish", "timestamp", "photo", "gallery", "slideshow",
            "carousel", "pager", "skip", "masthead", "outbrain",
            "taboola");

    /** A class/id word equal to one of these marks chrome (too short to use as a prefix). */
    static final Set<String> HINT_WORDS = Set.of("ad", "ads", "date", "dates", "tag", "tags", "trends", "share", "print");

    /** Class/id text (separators removed) containing one of these marks chrome. */
    static final List<String> HINT_COMPOUNDS = List.of(
            "mostread", "mostpopular", "mostviewed", "readmore", "readalso", "aboutauthor", "youmaylike",
            "moreonthis");

    /** A class/id ending in one of these words means "this is the content": never remove it by a hint. */
    static final Set<String> POSITIVE = Set.of("article", "body", "content", "main", "story", "text");

    private static final Set<String> PROTECTED_TAGS = Set.of("html", "body", "article", "main");
    private static final Pattern WORD_SPLIT = Pattern.compile("[-_\\s]+");
    private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Tags that are furniture when they are not the article itself (soft: see {@link #isChrome}). */
    static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside", "form", "menu");

    /**
     * Whether {@code e} and its subtree never hold article prose: scripts, media, form controls,
     * captions, hidden elements. These are skipped wherever they are.
     */
    public boolean isDropped(Element e) {
        String tag = e.normalName();
        if (DROP_TAGS.contains(tag)) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && DISPLAY_NONE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether {@code e} is an embedded social post ({@code blockquote.twitter-tweet},
     * {@code blockquote.instagram-media}, {@code tiktok-embed}): quoted content, even when a media
     * or "social" wrapper around it carries a furniture mark.
     */
    public boolean isEmbeddedPost(Element e) {
        if (!e.normalName().equals("blockquote") || e.attributesSize() == 0) {
            return false;
        }
        String c = e.className().toLowerCase(Locale.ROOT);
        return c.contains("tweet") || c.contains("instagram") || c.contains("tiktok") || c.contains("embed")
                || c.contains("facebook") || c.contains("reddit");
    }

    /**
     * Whether {@code e} is furniture by tag, role or class/id hint. This is a soft mark: the
     * content finder ignores it on an element that wraps the whole article (a theme's
     * {@code <div class="page has-sidebar">} or an ASP.NET {@code <form>} around the page) and
     * drops only what is marked inside the chosen container.
     */
    public boolean isChrome(Element e) {
        String tag = e.normalName();
        if (PROTECTED_TAGS.contains(tag)) {
            return false;
        }
        if (CHROME_TAGS.contains(tag)) {
            return true;
        }
        if (tag.equals("header") && e.closest("article") == null) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (DROP_ROLES.contains(e.attr("role").strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String classAndId = e.className() + " " + e.id();
        if (classAndId.length() == 1) {
            return false;
        }
        Boolean hint = HINT_CACHE.get(classAndId);
        if (hint == null) {
            hint = hasChromeHint(classAndId);
            if (HINT_CACHE.size() > HINT_CACHE_MAX) {
                HINT_CACHE.clear(); // bounded: class names repeat within and across pages
            }
            HINT_CACHE.put(classAndId, hint);
        }
        return hint;
    }

    private static final int HINT_CACHE_MAX = 50_000;
    private static final Map<String, Boolean> HINT_CACHE = new ConcurrentHashMap<>();

    /** Whether class/id text names chrome and does not also name the content. */
    static boolean hasChromeHint(String classAndId) {
        boolean chrome = false;
        for (String token : classAndId.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String[] words = WORD_SPLIT.split(token);
            if (words.length > 0 && POSITIVE.contains(words[words.length - 1])) {
                return false;
            }
            for (String word : words) {
                if (word.startsWith("embed") || word.equals("tweet")) {
                    return false; // an embedded post quoted by the article ("social-media-embed")
                }
            }
            for (String word : words) {
                if (HINT_WORDS.contains(word) || HINT_PREFIXES.stream().anyMatch(word::startsWith)) {
                    chrome = true;
                }
            }
            String compact = WORD_SPLIT.matcher(token).replaceAll("");
            if (HINT_COMPOUNDS.stream().anyMatch(compact::contains)) {
                chrome = true;
            }
        }
        return chrome;
    }
}
