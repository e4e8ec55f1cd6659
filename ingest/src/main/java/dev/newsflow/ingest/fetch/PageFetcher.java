package dev.newsflow.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches one URL the way a well-behaved crawler does: robots.txt honoured (with crawl-delay),
 * one request in flight per host and a minimum interval between requests, retries with backoff
 * on 429/5xx that honour Retry-After, connect/read/overall timeouts, a cap on the decoded body,
 * redirects followed by hand (each hop re-checked against robots.txt and the address policy, loops
 * detected), and no connection to a private address unless the host is allowlisted.
 *
 * <p>The responsibilities sit in a chain: {@link GuardedDns} filters resolved addresses before
 * OkHttp connects; a network interceptor re-checks the address actually connected to (IP-literal
 * URLs never reach DNS); {@link HostPoliteness} spaces requests; {@link RetryPolicy} decides on
 * retries; {@link BodyReader} bounds and decodes the body. Failures come out as a
 * {@link FetchException} with a stable reason code for the dead-letter topic.
 *
 * <p>Thread-safe: one instance serves every fetch thread of a process.
 */
public final class PageFetcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PageFetcher.class);
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final long ROBOTS_MAX_BYTES = 512 * 1024;
    private static final Duration ROBOTS_TTL = Duration.ofHours(6);
    private static final Duration ROBOTS_ERROR_TTL = Duration.ofMinutes(5);

    /** Validators for a conditional GET, from the previous response; either may be null. */
    public record Conditional(String etag, String lastModified) {
        public static final Conditional NONE = new Conditional(null, null);
    }

    private record CachedRules(BaseRobotRules rules, Instant expires) {
    }

    private record Hop(int status, Map<String, String> headers, byte[] body) {
    }

    private final FetchSettings settings;
    private final AddressPolicy policy;
    private final OkHttpClient client;
    private final HostPoliteness politeness;
    private final ExchangeRecorder recorder;
    private final Clock clock;
    private final ConcurrentMap<String, CachedRules> robots = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> robotsLocks = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();

    public PageFetcher(FetchSettings settings) {
        this(settings, new HostPoliteness(), ExchangeRecorder.NONE, Clock.systemUTC());
    }

    public PageFetcher(FetchSettings settings, HostPoliteness politeness, ExchangeRecorder recorder, Clock clock) {
        this.settings = settings;
        this.policy = new AddressPolicy(settings.allowHosts());
        this.politeness = politeness;
        this.recorder = recorder;
        this.clock = clock;
        this.robotsParser.setMaxCrawlDelay(Long.MAX_VALUE);
        this.client = new OkHttpClient.Builder()
                .dns(new GuardedDns(settings.dns(), policy))
                .addNetworkInterceptor(this::checkConnectedAddress)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .connectionPool(new ConnectionPool(64, 1, TimeUnit.MINUTES))
                .build();
    }

    public FetchSettings settings() {
        return settings;
    }

    /** Fetches {@code url}, following redirects. */
    public FetchedPage fetch(String url) throws FetchException, InterruptedException {
        return fetch(url, Conditional.NONE);
    }

    /**
     * Fetches {@code url} with a conditional GET (a 304 comes back as a page with {@code notModified()}).
     *
     * @throws FetchException with the reason the URL could not be fetched
     */
    public FetchedPage fetch(String url, Conditional conditional) throws FetchException, InterruptedException {
        HttpUrl current = parse(url);
        Set<String> visited = new HashSet<>();
        visited.add(current.toString());
        for (int redirects = 0; ; redirects++) {
            BaseRobotRules rules = robotsFor(current);
            if (!rules.isAllowed(current.toString())) {
                throw new FetchException("robots", "robots.txt of " + current.host() + " disallows " + current, true);
            }
            Duration interval = intervalFor(rules);
            Map<String, String> extra = new LinkedHashMap<>();
            if (redirects == 0 && conditional.etag() != null) {
                extra.put("If-None-Match", conditional.etag());
            }
            if (redirects == 0 && conditional.lastModified() != null) {
                extra.put("If-Modified-Since", conditional.lastModified());
            }
            Hop hop = withRetries(current, interval, extra, settings.maxBodyBytes());
            if (isRedirect(hop.status())) {
                String location = hop.headers().get("location");
                if (location == null) {
                    throw new FetchException("http-" + hop.status(), "redirect without Location from " + current, true);
                }
                HttpUrl next = current.resolve(location);
                if (next == null) {
                    throw new FetchException("bad-redirect", current + " redirects to unsupported " + location, true);
                }
                if (!visited.add(next.toString())) {
                    throw new FetchException("redirect-loop", current + " redirects back to " + next, true);
                }
                if (redirects >= settings.maxRedirects()) {
                    throw new FetchException("too-many-redirects",
                            url + " redirects more than " + settings.maxRedirects() + " times", true);
                }
                log.debug("{} -> {} ({})", current, next, hop.status());
                current = next;
                continue;
            }
            if (hop.status() == 304 || (hop.status() >= 200 && hop.status() < 300)) {
                return new FetchedPage(url, current.toString(), hop.status(), hop.headers(),
                        hop.body() == null ? new byte[0] : hop.body(), clock.instant());
            }
            throw new FetchException("http-" + hop.status(), current + " answered " + hop.status(),
                    hop.status() >= 400 && hop.status() < 500 && hop.status() != 429 && hop.status() != 408);
        }
    }

    private Duration intervalFor(BaseRobotRules rules) {
        Duration interval = settings.minInterval();
        long delayMs = rules.getCrawlDelay();
        if (delayMs != BaseRobotRules.UNSET_CRAWL_DELAY && delayMs > 0) {
            Duration asked = Duration.ofMillis(delayMs);
            if (asked.compareTo(settings.maxCrawlDelay()) > 0) {
                asked = settings.maxCrawlDelay();
            }
            if (asked.compareTo(interval) > 0) {
                interval = asked;
            }
        }
        return interval;
    }

    private Hop withRetries(HttpUrl url, Duration interval, Map<String, String> extra, long maxBytes)
            throws FetchException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Hop hop = politeness.run(url.host(), interval, () -> execute(url, extra, maxBytes));
            if (!RetryPolicy.retryable(hop.status())) {
                return hop;
            }
            Optional<Duration> delay = settings.retry().delay(attempt, hop.headers().get("retry-after"), clock.instant());
            if (delay.isEmpty()) {
                return hop;
            }
            log.info("{} answered {}; retrying in {} ms", url, hop.status(), delay.get().toMillis());
            politeness.defer(url.host(), delay.get());
        }
    }

    /** One request, no redirects followed, no retries; the body is read unless it is a redirect. */
    private Hop execute(HttpUrl url, Map<String, String> extra, long maxBytes) throws FetchException {
        checkLiteral(url);
        Request.Builder builder = new Request.Builder().url(url)
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Encoding", "gzip, deflate");
        extra.forEach(builder::header);
        Request request = builder.build();
        try (Response response = client.newCall(request).execute()) {
            Map<String, String> headers = firstValues(response);
            byte[] body = null;
            ResponseBody rb = response.body();
            if (!isRedirect(response.code()) && response.code() != 304) {
                long declared = rb.contentLength();
                if (declared > maxBytes && headers.get("content-encoding") == null) {
                    throw new FetchException("too-large", url + " declares " + declared + " bytes, over the "
                            + maxBytes + "-byte limit", true);
                }
                try (InputStream in = rb.byteStream()) {
                    body = BodyReader.read(in, headers.get("content-encoding"), maxBytes);
                }
            }
            recorder.record(new Exchange(url.toString(), request.headers().toMultimap(), response.code(),
                    response.message(), response.protocol().toString(), response.headers().toMultimap(), body,
                    clock.instant()));
            return new Hop(response.code(), headers, body);
        } catch (BlockedAddressException e) {
            throw new FetchException("blocked-address", "refusing " + url + ": " + e.getMessage(), true, e);
        } catch (SocketTimeoutException e) {
            throw new FetchException("timeout", url + ": " + e.getMessage(), false, e);
        } catch (InterruptedIOException e) {
            throw new FetchException("timeout", url + ": call took longer than " + settings.callTimeout(), false, e);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown-host", url.host() + ": " + e.getMessage(), false, e);
        } catch (ConnectException e) {
            throw new FetchException("connect-failed", url + ": " + e.getMessage(), false, e);
        } catch (IOException e) {
            throw new FetchException("network-error", url + ": " + e, false, e);
        }
    }

    /** The robots.txt rules for {@code url}'s origin, fetched on first use and cached. */
    private BaseRobotRules robotsFor(HttpUrl url) throws FetchException, InterruptedException {
        String origin = url.scheme() + "://" + url.host() + ":" + url.port();
        CachedRules cached = robots.get(origin);
        if (cached != null && cached.expires().isAfter(clock.instant())) {
            return cached.rules();
        }
        synchronized (robotsLocks.computeIfAbsent(origin, o -> new Object())) { // one robots.txt fetch per origin
            cached = robots.get(origin);
            if (cached != null && cached.expires().isAfter(clock.instant())) {
                return cached.rules();
            }
            return fetchRobots(url, origin);
        }
    }

    private BaseRobotRules fetchRobots(HttpUrl url, String origin) throws FetchException, InterruptedException {
        Instant now = clock.instant();
        HttpUrl robotsUrl = url.newBuilder().encodedPath("/robots.txt").query(null).fragment(null).build();
        BaseRobotRules rules;
        Duration ttl = ROBOTS_TTL;
        try {
            Hop hop = null;
            HttpUrl current = robotsUrl;
            for (int i = 0; i <= 5; i++) {
                HttpUrl target = current;
                hop = politeness.run(target.host(), settings.minInterval(), () -> execute(target, Map.of(), ROBOTS_MAX_BYTES));
                String location = hop.headers().get("location");
                if (!isRedirect(hop.status()) || location == null || current.resolve(location) == null) {
                    break;
                }
                current = current.resolve(location);
            }
            if (hop.status() >= 200 && hop.status() < 300) {
                rules = robotsParser.parseContent(robotsUrl.toString(), hop.body(),
                        hop.headers().getOrDefault("content-type", "text/plain"), List.of(settings.robotsAgent()));
            } else if (hop.status() >= 400 && hop.status() < 500 && hop.status() != 429) {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL); // RFC 9309: unavailable
            } else {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE); // unreachable: assume disallow
                ttl = ROBOTS_ERROR_TTL;
            }
        } catch (FetchException e) {
            if (e.reason().equals("too-large")) {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
            } else {
                throw e; // blocked address, timeout, connect failure: the page cannot be fetched either
            }
        }
        robots.put(origin, new CachedRules(rules, now.plus(ttl)));
        return rules;
    }

    private HttpUrl parse(String url) throws FetchException {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
        if (parsed == null) {
            throw new FetchException("invalid-url", "not an http(s) URL: " + url, true);
        }
        return parsed;
    }

    /** IP-literal hosts never reach {@link GuardedDns}, so they are checked before any connection. */
    private void checkLiteral(HttpUrl url) throws FetchException {
        String host = url.host();
        if (host.contains(":") || IPV4_LITERAL.matcher(host).matches()) {
            try {
                InetAddress address = InetAddress.getByName(host); // a literal: no DNS query
                if (!policy.permits(host, address)) {
                    throw new FetchException("blocked-address", "refusing " + url + ": "
                            + address.getHostAddress() + " is not a public address (use --allow-host to permit it)", true);
                }
            } catch (UnknownHostException e) {
                throw new FetchException("invalid-url", "unreadable address in " + url, true, e);
            }
        }
    }

    /** Last line of defence: the address the socket is actually connected to. */
    private Response checkConnectedAddress(Interceptor.Chain chain) throws IOException {
        Connection connection = chain.connection();
        if (connection != null) {
            InetSocketAddress remote = connection.route().socketAddress();
            String host = chain.request().url().host();
            if (remote.getAddress() != null && !policy.permits(host, remote.getAddress())) {
                throw new BlockedAddressException(host + " connected to non-public " + remote.getAddress().getHostAddress());
            }
        }
        return chain.proceed(chain.request());
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static Map<String, String> firstValues(Response response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : response.headers().names()) {
            headers.putIfAbsent(name.toLowerCase(Locale.ROOT), response.header(name));
        }
        return headers;
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
