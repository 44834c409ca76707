package org.mineraldiligence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Wrong role or wrong address, through real HTTP: our page with the menu and a way back; REST stays JSON. */
@H2ApplicationTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void aCommodityManagerRefusedOrLostGetsOurPageWithTheMenuAndAWayHome() {
        WebSession carlos = new WebSession(port);
        carlos.logIn("carlos", "demo");

        HttpResponse<String> refused = carlos.getPage("/outbox");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Not for your role", "Back to the home page", "Tasklist", "Log out")
                .doesNotContain("HTTP Status 403 –");

        HttpResponse<String> missing = carlos.getPage("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found", "Back to the home page");
    }

    @Test
    void theRestApiKeepsAnsweringJson() {
        HttpResponse<String> refused = new WebSession(port).getWithBasic("/engine-rest/identity/verify", "carlos", "demo");
        assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(refused.body()).doesNotContain("Back to the home page");
    }
}
