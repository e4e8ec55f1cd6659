package dev.newsflow.sink.stream;

import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.Payload;

/** A claim waiting for the watermarks to pass its publication time, with the wall-clock time it arrived. */
record PendingClaim(int schemaVersion, ClaimEvent claim, long arrivedAtMs) implements Payload {

    static final int SCHEMA_VERSION = 1;
}
