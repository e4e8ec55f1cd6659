package dev.newsflow.events.serde;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import dev.newsflow.events.Payload;

/**
 * A Kafka serde for one payload type, for producers and for topics whose values this project
 * wrote itself. Stages that read topics other writers can reach parse bytes themselves, so a
 * poison record goes to the dead-letter topic instead of stopping the stage.
 */
public final class JsonSerde<T extends Payload> implements Serde<T> {

    private final Class<T> type;
    private final int maxSchemaVersion;

    public JsonSerde(Class<T> type, int maxSchemaVersion) {
        this.type = type;
        this.maxSchemaVersion = maxSchemaVersion;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : Json.write(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : Json.read(bytes, type, maxSchemaVersion);
    }
}
