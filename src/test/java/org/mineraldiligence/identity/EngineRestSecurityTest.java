package org.mineraldiligence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The REST API as an attacker meets it: a colleague's browser session opens nothing there, Basic is the
 * only way in, deployments are refused unless switched on, and only the administrator may test passwords.
 */
@H2ApplicationTest
class EngineRestSecurityTest {

    static final String PASSWORD = "Rest-pass-1";
    static final String ADMIN_PASSWORD = "admin";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    LoginThrottle throttle;

    @BeforeEach
    void createColleague() {
        throttle.forgetAll();
        if (identityService.createUserQuery().userId("rmanager").count() == 0) {
            User user = identityService.newUser("rmanager");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership("rmanager", Role.COMMODITY_MANAGER.groupId());
        }
    }

    @AfterEach
    void forgetFailures() {
        throttle.forgetAll();
    }

    @Test
    void anAdminsSessionCookieFromAnotherSiteCannotDeploy() {
        WebSession admin = new WebSession(port);
        admin.logIn("admin", ADMIN_PASSWORD);
        assertThat(admin.get("/").statusCode()).as("the session works on our pages").isEqualTo(200);

        HttpResponse<String> deploy = admin.send(RestRequests.deployment(admin.baseUrl(), "attack.bpmn",
                        RestRequests.RCE_MODEL)
                .header("Origin", "https://evil.example").build());
        assertThat(deploy.statusCode()).isEqualTo(401);
        assertThat(deploy.headers().firstValue("WWW-Authenticate")).as("no Basic prompt a browser would remember")
                .isEmpty();
    }

    @Test
    void jsonCallsWithOnlyTheSessionCookieAreRefused() {
        WebSession admin = new WebSession(port);
        admin.logIn("admin", ADMIN_PASSWORD);
        HttpResponse<String> start = admin.send(HttpRequest.newBuilder(
                        URI.create(admin.baseUrl() + "/engine-rest/process-definition/key/grievance/start"))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(start.statusCode()).isEqualTo(401);
        assertThat(admin.get("/engine-rest/user").statusCode()).isEqualTo(401);
    }

    @Test
    void basicWorksWithoutASessionAndKeepsTheCallersAuthorizations() {
        WebSession script = new WebSession(port);
        HttpResponse<String> users = script.getWithBasic("/engine-rest/user", "admin", ADMIN_PASSWORD);
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.headers().allValues("Set-Cookie")).as("stateless: no session").isEmpty();
        assertThat(script.get("/engine-rest/user").statusCode()).as("the next call without Basic").isEqualTo(401);

        HttpResponse<String> filters = script.getWithBasic("/engine-rest/filter", "rmanager", PASSWORD);
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(filters.body()).contains("Commodity managers: open tasks")
                .doesNotContain("Executive champions: open tasks");
    }

    @Test
    void deploymentOverRestIsOffEvenForTheAdmin() {
        WebSession script = new WebSession(port);
        HttpResponse<String> deploy = script.send(RestRequests.deployment(script.baseUrl(), "harmless.bpmn",
                        RestRequests.HARMLESS_MODEL)
                .header("Authorization", RestRequests.basic("admin", ADMIN_PASSWORD)).build());
        assertThat(deploy.statusCode()).isEqualTo(403);
    }

    @Test
    void onlyTheAdministratorMayVerifyPasswords() {
        String guess = "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}";
        WebSession colleague = new WebSession(port);
        assertThat(colleague.postWithBasic("/engine-rest/identity/verify", "rmanager", PASSWORD, guess).statusCode())
                .isEqualTo(403);
        HttpResponse<String> asAdmin = colleague.postWithBasic("/engine-rest/identity/verify", "admin", ADMIN_PASSWORD,
                "{\"username\":\"rmanager\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body()).contains("\"authenticated\":true");
    }

    @Test
    void theWebappsOwnLogInCannotBeUsedToTestPasswords() {
        WebSession colleague = new WebSession(port);
        colleague.logIn("rmanager", PASSWORD);
        // With Camunda's CSRF token, as Tasklist itself would send it.
        String csrf = colleague.get("/camunda/app/tasklist/default/").headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpResponse<String> login = colleague.send(HttpRequest.newBuilder(
                        URI.create(colleague.baseUrl() + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD)).build());
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.body()).doesNotContain("admin\"");
    }

    @Test
    void wrongPasswordsSlowDownTheNameButNeverLockItForGood() {
        Date start = ClockUtil.getCurrentTime();
        try {
            WebSession attacker = new WebSession(port);
            for (int i = 0; i < 12; i++) {
                // Paced beyond the throttle's longest delay, as a patient attacker would.
                ClockUtil.setCurrentTime(new Date(start.getTime() + i * 2 * 60_000L));
                assertThat(attacker.getWithBasic("/engine-rest/user", "rmanager", "guess-" + i).statusCode())
                        .isEqualTo(401);
            }
            ClockUtil.setCurrentTime(new Date(start.getTime() + 25 * 60_000L));
            assertThat(new WebSession(port).getWithBasic("/engine-rest/filter", "rmanager", PASSWORD).statusCode())
                    .as("Camunda has not locked the user (ENGINE-27002)").isEqualTo(200);
            assertThat(new WebSession(port).logIn("rmanager", PASSWORD).headers().firstValue("Location")).get()
                    .asString().doesNotContain("error").doesNotContain("wait");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void afterThreeFailuresTheNextAttemptWaitsEvenWithTheRightPassword() {
        Date start = ClockUtil.getCurrentTime();
        try {
            ClockUtil.setCurrentTime(start);
            WebSession attacker = new WebSession(port);
            for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
                assertThat(attacker.getWithBasic("/engine-rest/user", "rmanager", "guess-" + i).statusCode())
                        .isEqualTo(401);
            }
            HttpResponse<String> basic = new WebSession(port).getWithBasic("/engine-rest/filter", "rmanager", PASSWORD);
            assertThat(basic.statusCode()).isEqualTo(429);
            assertThat(basic.headers().firstValue("Retry-After")).contains("1");
            HttpResponse<String> form = new WebSession(port).logIn("rmanager", PASSWORD);
            assertThat(form.headers().firstValue("Location")).get().asString().endsWith("/login?wait=1");
            assertThat(new WebSession(port).get("/login?wait=1").body()).contains("Too many failed log-ins");

            ClockUtil.setCurrentTime(new Date(start.getTime() + 1_500));
            assertThat(new WebSession(port).logIn("rmanager", PASSWORD).headers().firstValue("Location")).get()
                    .asString().doesNotContain("error").doesNotContain("wait");
            assertThat(new WebSession(port).getWithBasic("/engine-rest/filter", "rmanager", PASSWORD).statusCode())
                    .as("the successful log-in forgot the failures").isEqualTo(200);
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void oneAddressGuessingManyNamesIsSlowedToo() {
        Date start = ClockUtil.getCurrentTime();
        try {
            ClockUtil.setCurrentTime(start);
            WebSession attacker = new WebSession(port);
            for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
                attacker.getWithBasic("/engine-rest/user", "someone-" + i, "guess");
            }
            assertThat(attacker.getWithBasic("/engine-rest/user", "someone-else", "guess").statusCode())
                    .isEqualTo(429);
            ClockUtil.setCurrentTime(new Date(start.getTime() + LoginThrottle.QUIET_PERIOD.toMillis() + 1_000));
            assertThat(attacker.getWithBasic("/engine-rest/user", "someone-else", "guess").statusCode())
                    .as("a quiet period forgets the failures").isEqualTo(401);
        } finally {
            ClockUtil.reset();
        }
    }
}
