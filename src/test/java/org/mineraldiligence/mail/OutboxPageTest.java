package org.mineraldiligence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Outbox page, through the running server as a browser uses it. */
@H2ApplicationTest
@WithSmtpTestServer
class OutboxPageTest extends MailTestBase {

    static final String PASSWORD = "Secret-pass-1";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void createPeople() {
        createUser("mailowner", Role.PROCESS_OWNER);
        createUser("mailofficer", Role.COMPLIANCE_OFFICER);
        createUser("mailmanager", Role.COMMODITY_MANAGER);
    }

    @Test
    void onlyProcessOwnersAndComplianceOfficersMayOpenTheOutbox() {
        assertThat(new WebSession(port).get("/outbox").headers().firstValue("Location")).get().asString()
                .endsWith("/login");
        assertThat(loggedIn("mailmanager").get("/outbox").statusCode()).isEqualTo(403);
        assertThat(loggedIn("mailofficer").get("/outbox").statusCode()).isEqualTo(200);
        WebSession owner = loggedIn("mailowner");
        assertThat(owner.get("/outbox").statusCode()).isEqualTo(200);
        assertThat(owner.get("/").body()).contains("href=\"/outbox\"");
    }

    @Test
    void outboxListsMessagesAndFiltersThemBySupplierCycleAndStatus() {
        Supplier goldline = newSupplier("Goldline Connectors Inc.");
        queue("a:" + UUID.randomUUID(), supplier, 2026);
        queue("b:" + UUID.randomUUID(), goldline, 2027);
        OutboundMessage failed = failForGood(queue("c:" + UUID.randomUUID(), goldline, 2026), MailDeliveryContract.MAX_ATTEMPTS);
        WebSession owner = loggedIn("mailowner");

        assertThat(owner.get("/outbox").body()).contains(supplier.getCode(), goldline.getCode());
        assertThat(rows(owner.get("/outbox?supplier=" + supplier.getCode()).body())).isEqualTo(1);
        assertThat(rows(owner.get("/outbox?supplier=goldline").body())).isEqualTo(2);
        assertThat(rows(owner.get("/outbox?cycleId=2026").body())).isEqualTo(2);
        String failedOnly = owner.get("/outbox?status=FAILED").body();
        assertThat(rows(failedOnly)).isEqualTo(1);
        assertThat(failedOnly).contains("/outbox/" + failed.getId() + "\"");
        assertThat(rows(owner.get("/outbox?supplier=goldline&cycleId=2027&status=QUEUED").body())).isEqualTo(1);
    }

    @Test
    void messagePageShowsTheTextAndFramesTheStoredHtmlUnderASandboxPolicy() {
        OutboundMessage message = queue("d:" + UUID.randomUUID(), newSupplier("<script>alert(1)</script> Metals"), 2026);
        WebSession officer = loggedIn("mailofficer");

        String page = officer.get("/outbox/" + message.getId()).body();
        assertThat(page).contains("<iframe sandbox=\"\" src=\"/outbox/" + message.getId() + "/html\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Metals").doesNotContain("<script>")
                .doesNotContain("Resend");

        HttpResponse<String> html = officer.get("/outbox/" + message.getId() + "/html");
        assertThat(html.headers().firstValue("Content-Security-Policy")).get().asString().startsWith("sandbox;")
                .contains("default-src 'none'");
        assertThat(html.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(html.body()).isEqualTo(message.getHtmlBody());
        assertThat(officer.get("/outbox/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void processOwnerResendsAFailedMessageWhichResolvesItsIncidentAndGoesOut() {
        ProcessInstance instance = startTestProcess();
        OutboundMessage failed = failForGood(queueFromProcessStep(instance), MailDeliveryContract.MAX_ATTEMPTS);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

        WebSession officer = loggedIn("mailofficer");
        assertThat(resend(officer, failed, csrfOf(officer, failed)).statusCode()).isEqualTo(403);
        WebSession owner = loggedIn("mailowner");
        assertThat(owner.get("/outbox/" + failed.getId()).body()).contains("Resend");
        assertThat(resend(owner, failed, "forged").statusCode()).as("without the CSRF token").isEqualTo(403);
        assertThat(reload(failed).getStatus()).isEqualTo(MessageStatus.FAILED);

        HttpResponse<String> resent = resend(owner, failed, csrfOf(owner, failed));
        assertThat(resent.statusCode()).isEqualTo(302);
        assertThat(owner.get("/outbox/" + failed.getId()).body()).contains("Message queued again");
        OutboundMessage requeued = reload(failed);
        assertThat(requeued.getStatus()).isEqualTo(MessageStatus.QUEUED);
        assertThat(requeued.getAttempts()).isZero();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        smtpServer.start();
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(smtpServer.getReceivedMessages()).hasSize(1);
    }

    private WebSession loggedIn(String user) {
        WebSession session = new WebSession(port);
        assertThat(session.logIn(user, PASSWORD).headers().firstValue("Location")).get().asString()
                .doesNotContain("error");
        return session;
    }

    /** The CSRF token of the page a user is on (the message page, or the outbox list for a reader). */
    private static String csrfOf(WebSession session, OutboundMessage message) {
        return WebSession.csrfTokenOf(session.get("/outbox/" + message.getId()).body());
    }

    private static HttpResponse<String> resend(WebSession session, OutboundMessage message, String csrf) {
        return session.send(HttpRequest.newBuilder(URI.create(session.baseUrl() + "/outbox/" + message.getId() + "/resend"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)).build());
    }

    private static int rows(String html) {
        return html.split("<a href=\"/outbox/\\d+\"", -1).length - 1;
    }

    private void createUser(String id, Role role) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, role.groupId());
    }
}
