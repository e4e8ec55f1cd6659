package dev.newsflow.events;

/**
 * A value on {@code newsflow.claims}: a claim, or a {@link Watermark} that enrich sends in-band.
 * {@link ClaimsTopic#read} tells them apart by the record's type header.
 */
public sealed interface ClaimsRecord extends Payload permits ClaimEvent, Watermark {
}
