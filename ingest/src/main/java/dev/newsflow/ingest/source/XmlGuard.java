package dev.newsflow.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses XML documents that carry a document type declaration, before any parser sees them.
 * Feeds and sitemaps never need one, and a DOCTYPE is how external entities (XXE: reading
 * {@code file:///etc/passwd}, reaching internal URLs) and entity-expansion bombs get in. The
 * parsers are configured to refuse DOCTYPEs as well ({@link FeedReader}, {@link SitemapReader});
 * this check makes the refusal independent of any parser's defaults.
 */
public final class XmlGuard {

    private XmlGuard() {
    }

    /** @throws SourceException {@code xml-doctype} when the document declares a DOCTYPE or an entity */
    public static void requireNoDoctype(byte[] xml, String where) throws SourceException {
        String text = asciiView(xml).toUpperCase(Locale.ROOT);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            throw new SourceException("xml-doctype", where + " declares a DOCTYPE or entity; refused", null);
        }
    }

    /** The bytes with UTF-16 zero bytes dropped, so {@code <!DOCTYPE} is found in any common encoding. */
    private static String asciiView(byte[] xml) {
        byte[] out = new byte[xml.length];
        int n = 0;
        for (byte b : xml) {
            if (b != 0) {
                out[n++] = b;
            }
        }
        return new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }
}
