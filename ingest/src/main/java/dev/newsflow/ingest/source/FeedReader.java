package dev.newsflow.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xml.sax.InputSource;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * Reads the article links of an RSS or Atom feed (Rome). An entry's updated date (else its
 * published date) becomes the change token, so an article the feed reports as updated is fetched
 * again, and one it merely repeats is not. DOCTYPEs are refused ({@link XmlGuard} and Rome's own
 * {@code allowDoctypes=false}).
 */
public final class FeedReader {

    /** Reads {@code xml} fetched from {@code feedUrl}; relative links resolve against it. */
    public List<DiscoveredUrl> read(byte[] xml, String feedUrl) throws SourceException {
        XmlGuard.requireNoDoctype(xml, feedUrl);
        SyndFeed feed;
        SyndFeedInput input = newInput();
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml), true)) {
            feed = input.build(new InputSource(reader));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new SourceException("unreadable-feed", feedUrl + ": " + e.getMessage(), e);
        }
        Map<String, DiscoveredUrl> urls = new LinkedHashMap<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
            String absolute = resolve(feedUrl, link);
            if (absolute == null) {
                continue;
            }
            Date version = entry.getUpdatedDate() != null ? entry.getUpdatedDate() : entry.getPublishedDate();
            urls.putIfAbsent(absolute, new DiscoveredUrl(absolute, version == null ? null : version.toInstant().toString()));
        }
        return new ArrayList<>(urls.values());
    }

    /** Rome's feed parser, refusing DOCTYPEs (and so external entities) on its own. */
    static SyndFeedInput newInput() {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        return input;
    }

    static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI resolved = base == null ? new URI(link.trim()) : URI.create(base).resolve(link.trim());
            String scheme = resolved.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    ? resolved.toString() : null;
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return null;
        }
    }
}
