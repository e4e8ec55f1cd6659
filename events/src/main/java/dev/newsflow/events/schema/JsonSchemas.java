package dev.newsflow.events.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.newsflow.events.AlertEvent;
import dev.newsflow.events.ArticleEvent;
import dev.newsflow.events.ClaimEvent;
import dev.newsflow.events.DeadLetter;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.EntityTrend;
import dev.newsflow.events.FigureEvent;
import dev.newsflow.events.FrontierEntry;
import dev.newsflow.events.PageEvent;
import dev.newsflow.events.Payload;
import dev.newsflow.events.SeenUrl;
import dev.newsflow.events.Watermark;
import dev.newsflow.events.topics.Topics;

/**
 * JSON Schemas (draft 2020-12) of every topic's payload, derived from the payload records
 * themselves so they cannot drift from the code; outside consumers validate against the copies
 * shipped in {@code schemas/} (a test keeps those equal to what this class generates).
 */
public final class JsonSchemas {

    /** Each topic and the payload record its values hold. */
    public static final Map<String, Class<? extends Payload>> PAYLOADS = payloads();
    /**
     * Payloads that share a topic with that topic's main payload, told apart by a record header
     * (see {@link dev.newsflow.events.ClaimsTopic}), each with its topic.
     */
    public static final Map<Class<? extends Payload>, String> IN_BAND = Map.of(Watermark.class, Topics.CLAIMS.name());

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonSchemas() {
    }

    private static Map<String, Class<? extends Payload>> payloads() {
        Map<String, Class<? extends Payload>> map = new LinkedHashMap<>();
        map.put(Topics.FRONTIER.name(), FrontierEntry.class);
        map.put(Topics.PAGES.name(), PageEvent.class);
        map.put(Topics.SEEN.name(), SeenUrl.class);
        map.put(Topics.ARTICLES.name(), ArticleEvent.class);
        map.put(Topics.ENRICHED.name(), EnrichedArticle.class);
        map.put(Topics.CLAIMS.name(), ClaimEvent.class);
        map.put(Topics.ENTITY_TRENDS.name(), EntityTrend.class);
        map.put(Topics.FIGURES.name(), FigureEvent.class);
        map.put(Topics.ALERTS.name(), AlertEvent.class);
        map.put(Topics.DLQ.name(), DeadLetter.class);
        return Map.copyOf(map);
    }

    /** The file name a payload's schema is shipped under, e.g. {@code AlertEvent.schema.json}. */
    public static String fileName(Class<?> payload) {
        return payload.getSimpleName() + ".schema.json";
    }

    /** The schema of one payload record, with its topic in the title. */
    public static ObjectNode schema(String topic, Class<? extends Payload> payload) {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://newsflow.dev/schemas/" + fileName(payload));
        root.put("title", payload.getSimpleName() + " (" + topic + ")");
        root.setAll(object(payload));
        return root;
    }

    private static ObjectNode object(Class<?> record) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent component : record.getRecordComponents()) {
            properties.set(component.getName(), type(component.getGenericType()));
            if (component.getType().isPrimitive()) {
                required.add(component.getName());
            }
        }
        node.set("required", required);
        return node;
    }

    private static ObjectNode type(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            ObjectNode node = nullable("array");
            node.set("items", type(parameterized.getActualTypeArguments()[0]));
            return node;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Map.class) {
            ObjectNode node = nullable("object");
            node.set("additionalProperties", type(parameterized.getActualTypeArguments()[1]));
            return node;
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == long.class) {
            return single("integer");
        }
        if (c == double.class) {
            return single("number");
        }
        if (c == boolean.class) {
            return single("boolean");
        }
        if (c == Integer.class || c == Long.class) {
            return nullable("integer");
        }
        if (c == Double.class) {
            return nullable("number");
        }
        if (c == Boolean.class) {
            return nullable("boolean");
        }
        if (c == String.class) {
            return nullable("string");
        }
        if (c == OffsetDateTime.class || c == Instant.class) {
            ObjectNode node = nullable("string");
            node.put("format", "date-time");
            return node;
        }
        if (c.isEnum()) {
            ObjectNode node = nullable("string");
            ArrayNode values = node.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(constant.toString());
            }
            values.addNull();
            return node;
        }
        if (c.isRecord()) {
            ObjectNode node = object(c);
            node.set("type", JSON.arrayNode().add("object").add("null"));
            return node;
        }
        throw new IllegalArgumentException("no JSON Schema mapping for " + c.getName());
    }

    private static ObjectNode single(String type) {
        ObjectNode node = JSON.objectNode();
        node.put("type", type);
        return node;
    }

    private static ObjectNode nullable(String type) {
        ObjectNode node = JSON.objectNode();
        node.set("type", JSON.arrayNode().add(type).add("null"));
        return node;
    }
}
