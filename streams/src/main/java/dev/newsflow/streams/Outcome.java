package dev.newsflow.streams;

import dev.newsflow.events.DeadLetter;

/**
 * The result of one guarded step on one record: either a value or the dead letter that explains
 * why there is none. Lets a topology send failures to {@code newsflow.dlq} as ordinary records
 * instead of crashing the stream thread or dropping them.
 */
public record Outcome<T>(T value, DeadLetter deadLetter) {

    public static <T> Outcome<T> ok(T value) {
        return new Outcome<>(value, null);
    }

    public static <T> Outcome<T> failed(DeadLetter deadLetter) {
        return new Outcome<>(null, deadLetter);
    }

    public boolean isFailed() {
        return deadLetter != null;
    }
}
