package dev.newsflow.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the charset of a fetched HTML page, in the order the HTML standard gives: a byte-order
 * mark, then the {@code Content-Type} header, then a {@code <meta>} declaration in the first
 * kilobytes, then a guess (UTF-8 when the bytes are valid UTF-8, windows-1252 otherwise).
 * ISO-8859-1 and US-ASCII labels mean windows-1252, as browsers read them: servers that say
 * "latin1" send curly quotes from 0x80–0x9F.
 *
 * <p>Wrong charsets are the most common complaint about news crawlers; each step here answers one
 * real failure: pages whose meta contradicts the server, servers that send no charset at all,
 * and BOM-prefixed pages behind a wrong header.
 */
public final class CharsetDetector {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 4096;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The charset decision and where it came from ({@code bom}, {@code header}, {@code meta}, {@code guess}). */
    public record Decision(Charset charset, String evidence, int bomLength) {
    }

    private CharsetDetector() {
    }

    public static Decision detect(byte[] body, String contentType) {
        int n = body.length;
        if (n >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            return new Decision(StandardCharsets.UTF_8, "bom", 3);
        }
        if (n >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
            return new Decision(StandardCharsets.UTF_16BE, "bom", 2);
        }
        if (n >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
            return new Decision(StandardCharsets.UTF_16LE, "bom", 2);
        }
        Charset fromHeader = contentType == null ? null : lookup(HEADER_CHARSET.matcher(contentType));
        if (fromHeader != null) {
            return new Decision(fromHeader, "header", 0);
        }
        String head = new String(body, 0, Math.min(n, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Charset fromMeta = lookup(META_CHARSET.matcher(head));
        if (fromMeta != null) {
            // a page cannot really be UTF-16 if its ASCII meta tag was readable as bytes
            return new Decision(fromMeta.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : fromMeta, "meta", 0);
        }
        return new Decision(isValidUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252, "guess", 0);
    }

    /** Decodes {@code body} with the decision, dropping the BOM; malformed bytes become U+FFFD. */
    public static String decode(byte[] body, Decision decision) {
        return new String(body, decision.bomLength(), body.length - decision.bomLength(), decision.charset());
    }

    private static Charset lookup(Matcher m) {
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")
                || label.equals("iso8859-1") || label.equals("l1")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
