package dev.newsflow.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which network addresses the fetcher may connect to: the guard against server-side request
 * forgery. A feed, a sitemap or a redirect can name any host, and a host name can resolve to
 * anything, so a crawler that fetches what it is told could be steered at the cloud metadata
 * service ({@code 169.254.169.254}), at the broker on localhost, or at the newsroom's intranet.
 *
 * <p>The decision is made on the <em>resolved</em> address (see {@link GuardedDns}), never on the
 * host name alone, so a name that resolves to a private address (DNS rebinding included) is
 * caught. Refused: loopback, unspecified, private (RFC 1918, IPv6 unique-local), link-local
 * (with the metadata services), carrier-grade NAT, multicast, benchmarking and reserved ranges,
 * and IPv4 addresses hidden inside IPv6 (mapped, compatible, 6to4, NAT64). Hosts named in the
 * allowlist skip the check: that is how tests reach a server on 127.0.0.1, and how an operator
 * lets the crawler reach an internal mirror on purpose.
 */
public final class AddressPolicy {

    private final Set<String> allowedHosts;

    /** A policy refusing every non-public address, except for the hosts in {@code allowedHosts}. */
    public AddressPolicy(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** A policy with no allowlist: public addresses only. */
    public static AddressPolicy publicOnly() {
        return new AddressPolicy(Set.of());
    }

    /** Whether {@code host} is on the allowlist (case-insensitive; IPv6 literals without brackets). */
    public boolean isAllowlisted(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return allowedHosts.contains(h);
    }

    /** Whether a connection to {@code address}, reached through the name {@code host}, is allowed. */
    public boolean permits(String host, InetAddress address) {
        return isAllowlisted(host) || isPublic(address);
    }

    /** Whether {@code address} is a public unicast address. */
    public static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return isPublicV4(v4.getAddress());
        }
        if (address instanceof Inet6Address v6) {
            return isPublicV6(v6.getAddress());
        }
        return false;
    }

    private static boolean isPublicV4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        if (b0 == 0 || b0 == 10 || b0 == 127) {
            return false; // "this network", private, loopback
        }
        if (b0 == 100 && (b1 & 0xc0) == 64) {
            return false; // 100.64.0.0/10 carrier-grade NAT (also Alibaba's metadata 100.100.100.200)
        }
        if (b0 == 169 && b1 == 254) {
            return false; // link-local, cloud metadata 169.254.169.254
        }
        if (b0 == 172 && (b1 & 0xf0) == 16) {
            return false; // 172.16.0.0/12
        }
        if (b0 == 192 && b1 == 168) {
            return false; // 192.168.0.0/16
        }
        if (b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2)) {
            return false; // IETF protocol assignments, TEST-NET-1
        }
        if (b0 == 198 && (b1 == 18 || b1 == 19)) {
            return false; // benchmarking
        }
        if ((b0 == 198 && b1 == 51 && b2 == 100) || (b0 == 203 && b1 == 0 && b2 == 113)) {
            return false; // TEST-NET-2, TEST-NET-3
        }
        return b0 < 224; // multicast 224/4, reserved 240/4 and broadcast
    }

    private static boolean isPublicV6(byte[] a) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= a[i] == 0;
        }
        if (firstTenZero && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
            return isPublicV4(new byte[] {a[12], a[13], a[14], a[15]}); // IPv4-mapped ::ffff:a.b.c.d
        }
        if (firstTenZero && a[10] == 0 && a[11] == 0) {
            return false; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
        }
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        if ((b0 & 0xfe) == 0xfc) {
            return false; // fc00::/7 unique local (AWS metadata fd00:ec2::254)
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return false; // fe80::/10 link-local
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return false; // fec0::/10 deprecated site-local
        }
        if (b0 == 0xff) {
            return false; // multicast
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return isPublicV4(new byte[] {a[2], a[3], a[4], a[5]}); // 6to4 embeds an IPv4 address
        }
        if (b0 == 0x00 && b1 == 0x64 && a[2] == (byte) 0xff && a[3] == (byte) 0x9b) {
            return isPublicV4(new byte[] {a[12], a[13], a[14], a[15]}); // NAT64 64:ff9b::/96
        }
        if (b0 == 0x20 && b1 == 0x01 && a[2] == 0x0d && (a[3] & 0xff) == 0xb8) {
            return false; // 2001:db8::/32 documentation
        }
        return true;
    }
}
