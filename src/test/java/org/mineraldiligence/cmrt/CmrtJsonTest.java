package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The JSON field names are a contract with the web endpoint and its users (issue #3). */
class CmrtJsonTest {

    @Test
    void jsonUsesExactlyTheFieldNamesOfTheIssue() throws Exception {
        CheckResult r = CmrtFixture.checkVariant("6.4", f -> f.decl("D9", "B. Product (or List of Products)")
                .set("Product List", "B6", "P-100").set("Product List", "C6", "Widget").set("Product List", "D6", "blue"));

        JsonNode json = new ObjectMapper().readTree(CmrtJson.toJson(r));

        assertThat(names(json)).startsWith("file", "templateType", "templateVersion", "companyName", "declarationScope")
                .contains("effectiveDate", "metals", "companyQuestions", "smelters", "products", "findings", "verdict");
        assertThat(json.get("declarationScope").asText()).isEqualTo("B");
        assertThat(json.get("effectiveDate").asText()).isEqualTo("2025-01-31");
        assertThat(names(json.get("metals"))).containsExactly("Tantalum", "Tin", "Gold", "Tungsten");
        assertThat(names(json.get("metals").get("Tin"))).containsExactly("inScope", "answers");
        assertThat(names(json.get("metals").get("Tin").get("answers"))).containsExactly("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8");
        assertThat(names(json.get("companyQuestions"))).containsExactly("A", "B", "C", "D", "E", "F", "G", "H");
        assertThat(names(json.get("smelters").get(0))).startsWith("row", "metal", "lookupName", "name", "country", "smelterId")
                .contains("idSource", "street", "city", "state", "contactName", "contactEmail", "nextSteps", "mine",
                        "mineCountry", "recycled", "comments");
        assertThat(names(json.get("products").get(0))).containsExactly("row", "number", "name", "comments");
        assertThat(json.get("products").get(0).get("number").asText()).isEqualTo("P-100");
        assertThat(names(json.get("findings").get(0))).containsExactly("ruleId", "severity", "message", "sheet", "cell");
        assertThat(json.get("verdict").asText()).isEqualTo("VALID_WITH_WARNINGS");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
