package dev.newsflow.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import okhttp3.Dns;

/**
 * Resolves host names and drops every address the {@link AddressPolicy} refuses, before OkHttp
 * connects. Checking here, rather than on the URL, is what makes the guard hold against DNS
 * rebinding: the address that is checked is the address that is dialled, because OkHttp connects
 * only to what this returns. It runs again for every hand-followed redirect.
 */
public final class GuardedDns implements Dns {

    private final Dns delegate;
    private final AddressPolicy policy;

    public GuardedDns(Dns delegate, AddressPolicy policy) {
        this.delegate = delegate;
        this.policy = policy;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> all = delegate.lookup(hostname);
        List<InetAddress> allowed = all.stream().filter(a -> policy.permits(hostname, a)).toList();
        if (allowed.isEmpty()) {
            throw new BlockedAddressException(hostname + " resolves to " + all.stream()
                    .map(InetAddress::getHostAddress).toList() + ", none of which is a public address");
        }
        return allowed;
    }
}
