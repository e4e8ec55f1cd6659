package dev.newsflow.ingest.fetch;

import java.time.Duration;
import java.util.Set;

import okhttp3.Dns;

/**
 * Everything that makes the fetcher polite and safe, in one value with sensible defaults.
 *
 * @param userAgent      sent with every request; {@link #robotsAgent} is matched in robots.txt
 * @param robotsAgent    the product token robots.txt rules are matched against
 * @param connectTimeout TCP/TLS connect timeout
 * @param readTimeout    longest silence while reading
 * @param callTimeout    cap on one request, body included (a server dripping one byte a second is cut off)
 * @param maxBodyBytes   cap on a body after decompression
 * @param maxRedirects   redirects followed by hand, each re-checked against robots and the address policy
 * @param minInterval    minimum time between two requests to one host (robots.txt crawl-delay may raise it)
 * @param maxCrawlDelay  a crawl-delay above this is capped to it (a site asking for one request a day)
 * @param retry          retry schedule for 429/5xx
 * @param allowHosts     hosts exempt from the private-address guard
 * @param dns            name resolution; tests and benchmarks map {@code *.test} names to loopback
 */
public record FetchSettings(
        String userAgent,
        String robotsAgent,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        long maxBodyBytes,
        int maxRedirects,
        Duration minInterval,
        Duration maxCrawlDelay,
        RetryPolicy retry,
        Set<String> allowHosts,
        Dns dns) {

    public static final String DEFAULT_AGENT = "newsflow";

    public static FetchSettings defaults() {
        return new FetchSettings("newsflow/0.1 (+https://github.com/newsflow/newsflow; news monitoring)", DEFAULT_AGENT,
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60), 4L * 1024 * 1024, 5,
                Duration.ofSeconds(1), Duration.ofSeconds(30), RetryPolicy.DEFAULT, Set.of(), Dns.SYSTEM);
    }

    public FetchSettings withAllowHosts(Set<String> hosts) {
        return new FetchSettings(userAgent, robotsAgent, connectTimeout, readTimeout, callTimeout, maxBodyBytes,
                maxRedirects, minInterval, maxCrawlDelay, retry, Set.copyOf(hosts), dns);
    }

    public FetchSettings withMinInterval(Duration interval) {
        return new FetchSettings(userAgent, robotsAgent, connectTimeout, readTimeout, callTimeout, maxBodyBytes,
                maxRedirects, interval, maxCrawlDelay, retry, allowHosts, dns);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read, Duration call) {
        return new FetchSettings(userAgent, robotsAgent, connect, read, call, maxBodyBytes,
                maxRedirects, minInterval, maxCrawlDelay, retry, allowHosts, dns);
    }

    public FetchSettings withMaxBodyBytes(long max) {
        return new FetchSettings(userAgent, robotsAgent, connectTimeout, readTimeout, callTimeout, max,
                maxRedirects, minInterval, maxCrawlDelay, retry, allowHosts, dns);
    }

    public FetchSettings withRetry(RetryPolicy policy) {
        return new FetchSettings(userAgent, robotsAgent, connectTimeout, readTimeout, callTimeout, maxBodyBytes,
                maxRedirects, minInterval, maxCrawlDelay, policy, allowHosts, dns);
    }

    public FetchSettings withDns(Dns resolver) {
        return new FetchSettings(userAgent, robotsAgent, connectTimeout, readTimeout, callTimeout, maxBodyBytes,
                maxRedirects, minInterval, maxCrawlDelay, retry, allowHosts, resolver);
    }
}
