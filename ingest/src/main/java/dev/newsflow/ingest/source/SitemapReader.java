package dev.newsflow.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import dev.newsflow.ingest.dedupe.UrlCanonicalizer;

/**
 * Reads XML sitemaps, Google News sitemaps and sitemap indexes (crawler-commons), plain or
 * gzipped. Gzip is expanded here with a cap, so a sitemap bomb stops at {@code maxBytes}. A news
 * sitemap's publication date, else the {@code lastmod}, is the change token. URLs on another
 * site than the sitemap's are dropped: the sitemap protocol does not let one site list another's.
 * DOCTYPEs are refused ({@link XmlGuard}, and crawler-commons' {@code allowDocTypeDefinitions=false}).
 */
public final class SitemapReader {

    /** What one sitemap document held: article URLs, or (for an index) more sitemaps to read. */
    public record Result(List<DiscoveredUrl> urls, List<String> sitemaps) {
    }

    private final long maxBytes;

    public SitemapReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Result read(byte[] content, String sitemapUrl) throws SourceException {
        byte[] xml = isGzip(content) ? gunzip(content, sitemapUrl) : content;
        XmlGuard.requireNoDoctype(xml, sitemapUrl);
        SiteMapParser parser = newParser();
        AbstractSiteMap map;
        URL url;
        try {
            url = new URL(sitemapUrl);
            map = parser.parseSiteMap("text/xml", xml, url);
        } catch (MalformedURLException e) {
            throw new SourceException("invalid-url", "not a URL: " + sitemapUrl, e);
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new SourceException("unreadable-sitemap", sitemapUrl + ": " + e.getMessage(), e);
        }
        List<DiscoveredUrl> urls = new ArrayList<>();
        List<String> children = new ArrayList<>();
        if (map instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) {
                children.add(child.getUrl().toString());
            }
        } else if (map instanceof SiteMap sitemap) {
            for (SiteMapURL entry : sitemap.getSiteMapUrls()) {
                URL loc = entry.getUrl();
                if (!UrlCanonicalizer.sameSite(loc.getHost(), url.getHost())) {
                    continue;
                }
                urls.add(new DiscoveredUrl(loc.toString(), changeToken(entry)));
            }
        }
        return new Result(urls, children);
    }

    /** crawler-commons' sitemap parser, refusing DOCTYPEs on its own; news extension on. */
    static SiteMapParser newParser() {
        SiteMapParser parser = new SiteMapParser(false);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        return parser;
    }

    private static String changeToken(SiteMapURL entry) {
        ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata meta : news) {
                if (meta instanceof NewsAttributes n && n.getPublicationDateTime() != null) {
                    return n.getPublicationDateTime().toInstant().toString();
                }
            }
        }
        return entry.getLastModified() == null ? null : entry.getLastModified().toInstant().toString();
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    private byte[] gunzip(byte[] gz, String where) throws SourceException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (out.length > maxBytes) {
                throw new SourceException("too-large", where + " expands beyond " + maxBytes + " bytes", null);
            }
            return out;
        } catch (IOException e) {
            throw new SourceException("unreadable-sitemap", where + ": corrupt gzip: " + e.getMessage(), e);
        }
    }
}
