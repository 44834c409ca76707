package org.mineraldiligence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The headers a browser gets on our pages, on the portal and on the Camunda webapps. */
@H2ApplicationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    void ourPagesAndThePortalGetAStrictPolicyAndNoReferrer() {
        for (String path : new String[] {"/login", "/portal/not-a-real-link", "/grievance"}) {
            HttpResponse<String> page = new WebSession(port).get(path);
            assertThat(page.headers().allValues("Content-Security-Policy")).as(path)
                    .containsExactly(WebSecurityConfig.OUR_PAGES_CSP);
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        assertThat(WebSecurityConfig.OUR_PAGES_CSP).contains("script-src 'self'").contains("style-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe");
    }

    @Test
    void theCamundaWebappsKeepTheirOwnPolicy() {
        if (identityService.createUserQuery().userId("hmanager").count() == 0) {
            User user = identityService.newUser("hmanager");
            user.setPassword("Headers-pass-1");
            identityService.saveUser(user);
            identityService.createMembership("hmanager", Role.COMMODITY_MANAGER.groupId());
        }
        WebSession browser = new WebSession(port);
        browser.logIn("hmanager", "Headers-pass-1");
        HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.headers().allValues("Content-Security-Policy")).hasSize(1)
                .noneMatch(WebSecurityConfig.OUR_PAGES_CSP::equals);
    }
}
