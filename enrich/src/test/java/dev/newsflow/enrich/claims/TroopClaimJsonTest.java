package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Claims serialise with lower-case qualifier and status, as in the gold files. */
class TroopClaimJsonTest {

    @Test
    void enumsAreLowerCase() throws Exception {
        TroopClaim c = ClaimExtractor.withDefaultRules()
                .extract(null, "Pyongyang wants to contribute up to 12,000 soldiers to Russia’s war in Ukraine.").get(0);
        ObjectMapper json = new ObjectMapper();
        JsonNode n = json.readTree(json.writeValueAsString(c));
        assertThat(n.get("qualifier").asText()).isEqualTo("up_to");
        assertThat(n.get("status").asText()).isEqualTo("planned");
        assertThat(n.get("countHigh").asLong()).isEqualTo(12000);
        assertThat(json.readValue(json.writeValueAsString(c), TroopClaim.class)).isEqualTo(c);
    }
}
