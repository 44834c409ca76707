package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * An EMRT comes out in the CMRT's JSON contract (same field names and order), with {@code templateType} "EMRT",
 * its revision, the minerals it covers under {@code metals}, and the Mine List and the 2.x Product List columns.
 */
class EmrtJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void revisionTwoInTheCmrtContract() throws Exception {
        CheckResult r = EmrtFixture.checkVariant("2.1", f -> f.deselect(ExtendedMineral.COPPER)
                .decl("D9", "B. Product (or List of Products)").set("Product List", "B6", "P-100")
                .set("Product List", "C6", "Battery pack").set("Product List", "D6", "REQ-7")
                .set("Product List", "E6", "Pack 7").set("Product List", "F6", "blue"));

        JsonNode json = MAPPER.readTree(CmrtJson.toJson(r));

        assertThat(names(json)).containsExactly("file", "templateType", "templateVersion", "companyName",
                "declarationScope", "scopeDescription", "companyUniqueId", "companyUniqueIdAuthority", "address",
                "contactName", "contactEmail", "contactPhone", "authorizerName", "authorizerTitle", "authorizerEmail",
                "authorizerPhone", "effectiveDate", "metals", "companyQuestions", "smelters", "mines", "products",
                "findings", "verdict");
        assertThat(json.get("templateType").asText()).isEqualTo("EMRT");
        assertThat(json.get("templateVersion").asText()).isEqualTo("2.1");
        assertThat(json.get("declarationScope").asText()).isEqualTo("B");
        assertThat(json.get("contactEmail").asText()).isEqualTo("jane.doe@acme.example");
        assertThat(json.get("effectiveDate").asText()).isEqualTo("2025-01-31");
        assertThat(names(json.get("metals"))).containsExactly("Cobalt", "Graphite", "Lithium", "Mica", "Nickel");
        assertThat(names(json.get("metals").get("Mica").get("answers")))
                .containsExactly("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "C");
        assertThat(json.get("metals").get("Mica").get("answers").get("Q5").asText()).isEqualTo("Greater than 90%");
        assertThat(json.get("metals").get("Mica").get("inScope").asBoolean()).isTrue();
        assertThat(names(json.get("companyQuestions"))).containsExactly("A", "B", "D", "E", "F", "G");
        assertThat(json.get("smelters").get(0).get("metal").asText()).isEqualTo("Cobalt");
        assertThat(json.get("smelters").get(0).get("smelterId").asText()).startsWith("CID");
        assertThat(names(json.get("mines").get(0))).containsExactly("row", "mineral", "smelters", "name", "mineId",
                "idSource", "country", "street", "city", "state", "contactName", "contactEmail", "nextSteps", "comments");
        assertThat(json.get("mines").get(0).get("name").asText()).isEqualTo("Kamoto Mine");
        assertThat(names(json.get("products").get(0))).containsExactly("row", "number", "name", "comments",
                "requesterNumber", "requesterName");
        assertThat(json.get("products").get(0).get("requesterNumber").asText()).isEqualTo("REQ-7");
        assertThat(json.get("products").get(0).get("comments").asText()).isEqualTo("blue");
        assertThat(json.get("verdict").asText()).isEqualTo("VALID_WITH_WARNINGS"); // the copper smelter row
    }

    @Test
    void readBackWithNothingLost() {
        CheckResult r = EmrtFixture.checkVariant("1.3", f -> f.answer(5, 1, 1.0));

        CheckReport read = CmrtJson.read(CmrtJson.toJson(r));

        assertThat(read.templateType()).isEqualTo("EMRT");
        assertThat(read.metals().keySet()).containsExactly("Cobalt", "Mica");
        assertThat(read.metals().get("Mica").answers()).as("1.x stores 100% as the number 1").containsEntry("Q5", "100%");
        assertThat(read.smelters()).isEqualTo(r.smelters());
        assertThat(read.products()).isEqualTo(r.products());
        assertThat(read.mines()).isEmpty();
        assertThat(CmrtJson.toJson(r)).as("1.x has no Mine List: the field is left out").doesNotContain("\"mines\"");
        assertThat(read.findings()).isEqualTo(r.findings());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
