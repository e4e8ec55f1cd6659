package dev.newsflow.app.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import dev.newsflow.ingest.fetch.FetchSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The fetcher's politeness and safety switches, shared by {@code newsflow fetch} and
 * {@code newsflow ingest live}. Defaults are those of {@link FetchSettings#defaults()}.
 */
public final class FetchOptions {

    @Option(names = "--allow-host", paramLabel = "HOST",
            description = "Host allowed to resolve to a loopback/private address (repeatable). Default: none.")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--min-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Minimum time between two requests to one host, e.g. 500ms, 2s (default 1s; "
                    + "robots.txt crawl-delay may raise it).")
    Duration minInterval;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES",
            description = "Largest response body after decompression (default 4 MiB).")
    Long maxBodyBytes;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Read timeout; connect gets half of it, a whole request three times it (default 20s).")
    Duration timeout;

    @Option(names = "--user-agent", paramLabel = "TEXT", description = "User-Agent header.")
    String userAgent;

    /** The fetch settings these options describe. */
    public FetchSettings settings() {
        FetchSettings s = FetchSettings.defaults().withAllowHosts(new HashSet<>(allowHosts));
        if (minInterval != null) {
            s = s.withMinInterval(minInterval);
        }
        if (maxBodyBytes != null) {
            s = s.withMaxBodyBytes(maxBodyBytes);
        }
        if (timeout != null) {
            s = s.withTimeouts(timeout.dividedBy(2), timeout, timeout.multipliedBy(3));
        }
        if (userAgent != null) {
            s = new FetchSettings(userAgent, s.robotsAgent(), s.connectTimeout(), s.readTimeout(), s.callTimeout(),
                    s.maxBodyBytes(), s.maxRedirects(), s.minInterval(), s.maxCrawlDelay(), s.retry(), s.allowHosts(),
                    s.dns());
        }
        return s;
    }

    /** Reads {@code 250ms}, {@code 2s}, {@code 5m}, {@code 1h} or ISO-8601 ({@code PT2S}). */
    public static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.startsWith("pt") || v.startsWith("p")) {
                return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1).trim());
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> Duration.ofSeconds(Long.parseLong(v));
            };
        }
    }
}
