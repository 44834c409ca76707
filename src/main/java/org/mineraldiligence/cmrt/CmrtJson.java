package org.mineraldiligence.cmrt;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link CheckResult}, with exactly the field names of issue #3. Built as a tree
 * rather than by annotating the records so the names and order stay fixed whatever the records become.
 * The HTTP endpoint and the command line both use it.
 */
public final class CmrtJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CmrtJson() {
    }

    public static String toJson(CheckResult r) {
        try {
            return MAPPER.writeValueAsString(toTree(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(CheckResult r, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toTree(r));
    }

    public static ObjectNode toTree(CheckResult r) {
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
