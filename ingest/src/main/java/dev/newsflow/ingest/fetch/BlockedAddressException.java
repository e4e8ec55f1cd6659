package dev.newsflow.ingest.fetch;

import java.net.UnknownHostException;

/**
 * A host that resolved only to addresses the {@link AddressPolicy} refuses. It extends
 * {@link UnknownHostException} because that is what OkHttp's {@code Dns} contract may throw: the
 * call then fails before any connection is opened, which is the point.
 */
public final class BlockedAddressException extends UnknownHostException {

    public BlockedAddressException(String message) {
        super(message);
    }
}
