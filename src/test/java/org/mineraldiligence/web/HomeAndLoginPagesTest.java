package org.mineraldiligence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.RenderedPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A web slice: the home and log-in pages need no engine and no database, so only the web layer starts.
 * Who may open a page is the security tests' business (filters left out, as in CmrtCheckApiTest); what the
 * page shows to whom is decided by the page itself, for the signed-in person's roles.
 */
@WebMvcTest(controllers = HomeController.class)
@AutoConfigureMockMvc(addFilters = false)
class HomeAndLoginPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(username = "carlos", roles = "commodity-managers")
    void aCommodityManagerIsOfferedTheirSuppliersAndNotTheComplianceOfficersPages() throws Exception {
        RenderedPage home = page("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.headings()).containsExactly("Conflict-minerals due diligence", "Your work");
        assertThat(home.text()).contains("Signed in as carlos.");
        assertThat(home.links()).contains("Tasklist", "Suppliers", "yours without a valid CMRT", "Supplier surveys")
                .doesNotContain("Smelters", "Outbox", "Grievances", "audit trail", "Dashboard", "Cockpit", "Admin");
    }

    @Test
    @WithMockUser(username = "cora", roles = "compliance-officers")
    void aComplianceOfficerFindsGrievancesTheAuditTrailAndTheSmelters() throws Exception {
        RenderedPage home = page("/");

        assertThat(home.links()).contains("Smelters", "Outbox", "Grievances", "audit trail", "Cockpit")
                .doesNotContain("Dashboard", "yours without a valid CMRT", "Admin");
    }

    @Test
    @WithMockUser(username = "<img src=x onerror=alert(1)>", roles = "process-owners")
    void aHostileUserNameIsShownAsTextInTheMenuAndOnThePage() throws Exception {
        RenderedPage home = page("/");

        assertThat(home.text()).contains("Signed in as <img src=x onerror=alert(1)>.");
        assertThat(home.html()).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(home.links()).contains("Dashboard", "Cockpit");
    }

    @Test
    void theLogInPageSaysWhyTheLastAttemptFailedWithoutEchoingMarkup() throws Exception {
        RenderedPage wrong = RenderedPage.of(mvc.perform(get("/login").param("error", "")).andReturn());
        assertThat(wrong.headings()).containsExactly("Log in");
        assertThat(wrong.text()).contains("Wrong user name or password.");
        assertThat(wrong.links()).as("no menu for someone not logged in").doesNotContain("Tasklist");
        assertThat(wrong.text()).doesNotContain("Log out");

        RenderedPage hostileWait = RenderedPage.of(mvc.perform(get("/login").param("wait", "<script>alert(1)</script>"))
                .andReturn());
        assertThat(hostileWait.text()).contains("Wait <script>alert(1)</script> seconds, then try again.");
        assertThat(hostileWait.html()).doesNotContain("<script>alert(1)");

        assertThat(RenderedPage.of(mvc.perform(get("/login").param("logout", "")).andReturn()).text()).contains("You are logged out.").doesNotContain("Wrong user name");
    }

    private RenderedPage page(String path) throws Exception {
        return RenderedPage.of(mvc.perform(get(path)).andReturn());
    }
}
