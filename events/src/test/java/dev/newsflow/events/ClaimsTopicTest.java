package dev.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import dev.newsflow.events.serde.Json;
import dev.newsflow.events.serde.PayloadException;

class ClaimsTopicTest {

    @Test
    void aRecordWithTheWatermarkHeaderIsAWatermark() {
        Watermark watermark = new Watermark(Watermark.SCHEMA_VERSION, 2, 6, 1_700_000_000_000L, false);
        ClaimsRecord read = ClaimsTopic.read(ClaimsTopic.watermarkHeaders(), Json.write(watermark));
        assertThat(read).isEqualTo(watermark);
    }

    @Test
    void aRecordWithoutTheHeaderIsAClaim() {
        byte[] claim = "{\"schemaVersion\":1,\"claimId\":\"c1\",\"figureKey\":\"KP|RU|present\",\"count\":1500}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ClaimsTopic.isWatermark(new RecordHeaders())).isFalse();
        assertThat(ClaimsTopic.read(new RecordHeaders(), claim)).isInstanceOf(ClaimEvent.class);
    }

    @Test
    void anUnreadableWatermarkIsAPayloadError() {
        assertThatThrownBy(() -> ClaimsTopic.read(ClaimsTopic.watermarkHeaders(),
                "not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PayloadException.class);
    }
}
