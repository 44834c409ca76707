package org.mineraldiligence.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** The supplier pages as a process owner and a compliance officer use them. */
@H2ApplicationTest
class SupplierPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void processOwnerImportsSearchesAndEditsASupplier() {
        String code = "WEB-" + UUID.randomUUID().toString().substring(0, 8);
        WebSession olivia = new WebSession(port);
        olivia.logIn("olivia", "demo");
        var importPage = olivia.get("/suppliers/import");
        assertThat(importPage.statusCode()).isEqualTo(200);
        String csrf = WebSession.csrfTokenOf(importPage.body());
        String csv = "Supplier code,Supplier name,Country,Contact e-mail\n" + code + ",<script>alert(1)</script> Metals,Peru,a@b.example\n";

        String mapping = olivia.upload("/suppliers/import", csrf, "erp.csv", csv.getBytes(StandardCharsets.UTF_8)).body();

        assertThat(mapping).contains("Map the columns of erp.csv").contains("&lt;script&gt;alert(1)&lt;/script&gt; Metals")
                .doesNotContain("<script>alert");
        Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(mapping);
        assertThat(token.find()).isTrue();
        String confirm = "token=" + token.group(1) + "&column=CODE&column=NAME&column=COUNTRY&column=CONTACT_EMAIL&_csrf="
                + enc(WebSession.csrfTokenOf(mapping));
        String result = olivia.postForm("/suppliers/import/confirm", confirm).body();

        assertThat(result).contains("1 suppliers created");
        assertThat(suppliers.findByCode(code).orElseThrow().getCountryCode()).isEqualTo("PE");
        String list = olivia.get("/suppliers?q=" + code.toLowerCase()).body();
        assertThat(list).contains(code).contains("&lt;script&gt;alert(1)&lt;/script&gt; Metals").doesNotContain("<script>alert");
        long id = suppliers.findByCode(code).orElseThrow().getId();

        String form = "name=Renamed+Metals&country=Peru&annualSpend=abc&currency=usd&direct=true"
                + "&contactName=Ann&contactEmail=a%40b.example&contactPhone=call+me&contactName=&contactEmail=&contactPhone=&primaryContact=0&_csrf="
                + enc(WebSession.csrfTokenOf(olivia.get("/suppliers/" + id + "/master-data").body()));
        String refused = olivia.postForm("/suppliers/" + id + "/master-data", form).body();
        assertThat(refused).contains("&quot;call me&quot; is not a phone number").contains("&quot;abc&quot; is not an amount").contains("value=\"Renamed Metals\"").contains("value=\"abc\"");

        String saved = olivia.postForm("/suppliers/" + id + "/master-data", form.replace("annualSpend=abc", "annualSpend=12%2C500").replace("contactPhone=call+me", "contactPhone=%2B49+89+1234-567")).headers()
                .firstValue("Location").orElse("");
        assertThat(saved).endsWith("/suppliers/" + id + "/master-data?saved");
        transaction.executeWithoutResult(status -> {
            Supplier stored = suppliers.findByCode(code).orElseThrow();
            assertThat(stored.getName()).isEqualTo("Renamed Metals");
            assertThat(stored.getAnnualSpend()).isEqualByComparingTo("12500");
            assertThat(stored.getCurrency()).isEqualTo("USD");
            assertThat(stored.primaryContact().orElseThrow().getName()).isEqualTo("Ann");
            assertThat(stored.primaryContact().orElseThrow().getPhone()).isEqualTo("+49 89 1234-567");
        });

        String otherNames = "otherNames=" + enc("Renamed Metals Holding\n  \n<b>Old Metals</b>\nRenamed Metals Holding") + "&_csrf="
                + enc(WebSession.csrfTokenOf(olivia.get("/suppliers/" + id + "/master-data").body()));
        assertThat(olivia.postForm("/suppliers/" + id + "/other-names", otherNames).statusCode()).isEqualTo(302);
        transaction.executeWithoutResult(status -> assertThat(suppliers.findByCode(code).orElseThrow().knownNames())
                .as("blank lines and repeats dropped").containsExactly("Renamed Metals", "Renamed Metals Holding", "<b>Old Metals</b>"));
        assertThat(olivia.get("/suppliers/" + id + "/master-data").body()).contains("&lt;b&gt;Old Metals&lt;/b&gt;").doesNotContain("<b>Old");
        String tooLong = "otherNames=" + "x".repeat(2001) + "&_csrf=" + enc(WebSession.csrfTokenOf(olivia.get("/suppliers/" + id + "/master-data").body()));
        assertThat(olivia.postForm("/suppliers/" + id + "/other-names", tooLong).body()).contains("longer than 2000 characters");
    }

    @Test
    void complianceOfficerReadsButCannotEditOrImport() {
        WebSession cora = new WebSession(port);
        cora.logIn("cora", "demo");
        long id = suppliers.findByCode("SUP-00001").orElseThrow().getId();

        String page = cora.get("/suppliers/" + id + "/master-data").body();

        assertThat(page).contains("Apex Circuit Boards").contains("disabled").doesNotContain(">Save<");
        assertThat(cora.postForm("/suppliers/" + id + "/master-data", "name=Hijacked&_csrf=" + enc(WebSession.csrfTokenOf(page))).statusCode())
                .isEqualTo(403);
        assertThat(cora.postForm("/suppliers/" + id + "/other-names", "otherNames=Hijacked&_csrf="
                + enc(WebSession.csrfTokenOf(page))).statusCode()).isEqualTo(403);
        assertThat(cora.get("/suppliers/import").statusCode()).isEqualTo(403);
        WebSession carlos = new WebSession(port);
        carlos.logIn("carlos", "demo");
        assertThat(carlos.get("/suppliers/" + id + "/master-data").statusCode()).isEqualTo(403);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
