package org.mineraldiligence.cmrt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The check result's JSON is a contract with the endpoint's users and with every submission already stored:
 * the record-bound writer must write what the hand-written one wrote (kept below as the reference), and
 * the reader must read what it wrote, on the real RMI workbooks.
 */
class CheckReportJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theBoundWriterWritesWhatTheHandWrittenOneWroteOnTheRealWorkbooks() throws Exception {
        for (CheckResult r : realResults()) {
            assertThat(CmrtJson.toJson(r)).as(r.file() + " " + r.verdict())
                    .isEqualTo(MAPPER.writeValueAsString(HandWritten.toTree(r)));
        }
    }

    @Test
    void resultsStoredBeforeReadBackWithNothingLost() throws Exception {
        for (CheckResult r : realResults()) {
            String stored = MAPPER.writeValueAsString(HandWritten.toTree(r));
            CheckReport read = CmrtJson.read(stored);
            assertThat(MAPPER.writeValueAsString(read)).as(r.file()).isEqualTo(stored);
            assertThat(read.findings()).isEqualTo(r.findings());
            assertThat(read.smelters()).isEqualTo(r.smelters());
            assertThat(read.products()).isEqualTo(r.products());
            for (Metal m : Metal.values()) {
                MetalDeclaration d = r.metals().get(m);
                assertThat(read.answers(m)).isEqualTo(d == null ? java.util.Map.of() : d.answers());
            }
        }
    }

    @Test
    void aFileTheCheckerCouldNotReadStillNamesItsFindings() throws Exception {
        CheckResult unreadable = Templates.checker().check("notes.xlsx",
                new ByteArrayInputStream("not a workbook".getBytes(StandardCharsets.UTF_8)));
        CheckReport read = CmrtJson.read(CmrtJson.toJson(unreadable));
        assertThat(read.verdict()).isEqualTo("UNREADABLE");
        assertThat(read.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(read.smelters()).isEmpty();
        assertThat(read.metals()).isEmpty();
    }

    /** Fields a newer writer adds are ignored; fields an older one did not write read as null or empty. */
    @Test
    void unknownFieldsAreIgnoredAndMissingOnesAreEmpty() {
        CheckReport read = CmrtJson.read("{\"file\":\"a.xlsx\",\"templateType\":\"EMRT\",\"emrtMinerals\":[\"Cobalt\"],"
                + "\"findings\":[{\"ruleId\":\"X\",\"severity\":\"WARNING\",\"message\":\"m\",\"future\":1}],"
                + "\"verdict\":\"NOT_A_CMRT\"}");
        assertThat(read.templateType()).isEqualTo("EMRT");
        assertThat(read.findings()).containsExactly(new Finding("X", Severity.WARNING, "m", null, null));
        assertThat(read.smelters()).isEmpty();
        assertThat(read.companyQuestions()).isEmpty();
        assertThat(read.answers(Metal.TIN)).isEmpty();
        assertThat(read.declarationScope()).isNull();
        assertThat(CmrtJson.read(null).findings()).isEmpty();
        assertThat(CmrtJson.read(" ").smelters()).isEmpty();
    }

    /** Every CMRT revision blank and completed, the other RMI templates, and a file that is no workbook. */
    private static List<CheckResult> realResults() {
        List<CheckResult> results = new ArrayList<>();
        for (String version : Templates.CMRT_6) {
            results.add(Templates.checker().check(Templates.cmrt(version)));
        }
        for (String other : new String[] {"RMI_AMRT_1.3.xlsx", "RMI_CRT_2.21.xlsx", "RMI_EMRT_2.1.xlsx"}) {
            results.add(Templates.checker().check(Templates.resource(other)));
        }
        results.add(CmrtFixture.checkVariant("6.5", f -> f.decl("D9", "B. Product (or List of Products)")
                .set("Product List", "B6", "P-100").set("Product List", "C6", "Widget <b>\"blue\"</b>")
                .set("Product List", "D6", "ü € \u2028")));
        results.add(CmrtFixture.checkVariant("6.01", f -> f.decl("D8", "Acme\tComponents\u00a0Ltd")));
        results.add(Templates.checker().check("notes.xlsx",
                new ByteArrayInputStream("not a workbook".getBytes(StandardCharsets.UTF_8))));
        return results;
    }

    /** The writer as it was before the schema was bound to records: 74 lines of put. The reference. */
    private static final class HandWritten {

        static ObjectNode toTree(CheckResult r) {
            ObjectNode root = MAPPER.createObjectNode();
            CompanyInfo c = r.company();
            root.put("file", r.file());
            root.put("templateType", r.templateType());
            root.put("templateVersion", r.templateVersion());
            root.put("companyName", c.companyName());
            root.put("declarationScope", c.declarationScope());
            root.put("scopeDescription", c.scopeDescription());
            root.put("companyUniqueId", c.uniqueId());
            root.put("companyUniqueIdAuthority", c.uniqueIdAuthority());
            root.put("address", c.address());
            root.put("contactName", c.contactName());
            root.put("contactEmail", c.contactEmail());
            root.put("contactPhone", c.contactPhone());
            root.put("authorizerName", c.authorizerName());
            root.put("authorizerTitle", c.authorizerTitle());
            root.put("authorizerEmail", c.authorizerEmail());
            root.put("authorizerPhone", c.authorizerPhone());
            root.put("effectiveDate", c.effectiveDate() == null ? null : c.effectiveDate().toString());
            ObjectNode metals = root.putObject("metals");
            for (Metal m : Metal.values()) {
                MetalDeclaration d = r.metals().get(m);
                if (d == null) {
                    continue;
                }
                ObjectNode metal = metals.putObject(m.label());
                metal.put("inScope", d.inScope());
                ObjectNode answers = metal.putObject("answers");
                d.answers().forEach(answers::put);
            }
            ObjectNode company = root.putObject("companyQuestions");
            r.companyQuestions().forEach(company::put);
            ArrayNode smelters = root.putArray("smelters");
            for (SmelterRow s : r.smelters()) {
                ObjectNode n = smelters.addObject();
                n.put("row", s.row());
                n.put("metal", s.metal());
                n.put("lookupName", s.lookupName());
                n.put("name", s.name());
                n.put("country", s.country());
                n.put("smelterId", s.smelterId());
                n.put("idSource", s.idSource());
                n.put("street", s.street());
                n.put("city", s.city());
                n.put("state", s.state());
                n.put("contactName", s.contactName());
                n.put("contactEmail", s.contactEmail());
                n.put("nextSteps", s.nextSteps());
                n.put("mine", s.mine());
                n.put("mineCountry", s.mineCountry());
                n.put("recycled", s.recycled());
                n.put("comments", s.comments());
            }
            ArrayNode products = root.putArray("products");
            for (ProductRow p : r.products()) {
                ObjectNode n = products.addObject();
                n.put("row", p.row());
                n.put("number", p.number());
                n.put("name", p.name());
                n.put("comments", p.comments());
            }
            ArrayNode findings = root.putArray("findings");
            for (Finding f : r.findings()) {
                ObjectNode n = findings.addObject();
                n.put("ruleId", f.ruleId());
                n.put("severity", f.severity().name());
                n.put("message", f.message());
                n.put("sheet", f.sheet());
                n.put("cell", f.cell());
            }
            root.put("verdict", r.verdict().name());
            return root;
        }
    }
}
