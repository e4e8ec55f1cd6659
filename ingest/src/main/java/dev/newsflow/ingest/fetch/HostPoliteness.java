package dev.newsflow.ingest.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One request in flight per host, and a minimum gap between the end of one request and the start
 * of the next. Being blocked for impoliteness is the other classic crawler complaint; a per-host
 * lock plus a "not before" time is all it takes when, as here, the frontier's partitioning already
 * sends every URL of a host to one fetcher process.
 *
 * <p>Thread-safe. Requests to different hosts never wait for each other.
 */
public final class HostPoliteness {

    private static final class HostSlot {
        final ReentrantLock lock = new ReentrantLock(true);
        volatile long notBeforeNanos = Long.MIN_VALUE;
    }

    /** Work done while holding a host's slot. */
    @FunctionalInterface
    public interface HostTask<T, E extends Exception> {
        T run() throws E;
    }

    private final ConcurrentMap<String, HostSlot> slots = new ConcurrentHashMap<>();

    /**
     * Waits for {@code host}'s slot and its interval, runs {@code task}, and keeps the host closed
     * for {@code interval} after it ends.
     */
    public <T, E extends Exception> T run(String host, Duration interval, HostTask<T, E> task)
            throws E, InterruptedException {
        HostSlot slot = slots.computeIfAbsent(host, h -> new HostSlot());
        slot.lock.lockInterruptibly();
        try {
            long wait = slot.notBeforeNanos - System.nanoTime();
            if (slot.notBeforeNanos != Long.MIN_VALUE && wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            try {
                return task.run();
            } finally {
                long next = System.nanoTime() + interval.toNanos();
                if (slot.notBeforeNanos == Long.MIN_VALUE || next > slot.notBeforeNanos) {
                    slot.notBeforeNanos = next;
                }
            }
        } finally {
            slot.lock.unlock();
        }
    }

    /** Keeps {@code host} closed for at least {@code delay} from now (a server's Retry-After). */
    public void defer(String host, Duration delay) {
        HostSlot slot = slots.computeIfAbsent(host, h -> new HostSlot());
        long until = System.nanoTime() + delay.toNanos();
        if (slot.notBeforeNanos == Long.MIN_VALUE || until > slot.notBeforeNanos) {
            slot.notBeforeNanos = until;
        }
    }
}
