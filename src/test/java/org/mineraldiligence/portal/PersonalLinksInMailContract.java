package org.mineraldiligence.portal;

import static org.mineraldiligence.support.MimeParts.part;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.mail.MailDelivery;
import org.mineraldiligence.mail.OutboundMessage;
import org.mineraldiligence.mail.OutboundMessageRepository;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.support.SurveyOfItsOwn;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.survey.SupplierSurvey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A supplier's personal link is in the e-mail the supplier receives (GreenMail on loopback) and nowhere we
 * keep: not in the stored bodies, not on the outbox page a compliance officer reads, not in the evidence
 * package. Renewing the link kills the old one. Run on H2 and PostgreSQL.
 */
abstract class PersonalLinksInMailContract {

    static final String PASSWORD = "Secret-pass-1";
    static final Pattern LINK = Pattern.compile("https://portal\\.example\\.com/portal/([A-Za-z0-9_-]{43})");
    static final String MASKED = "https://portal.example.com/portal/••••••";
    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtpServer = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("mineral-diligence.public-base-url", () -> "https://portal.example.com");
        registry.add("mineral-diligence.mail.poll-interval", () -> "PT1H");
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    OutboundMessageRepository messages;
    @Autowired
    MailDelivery delivery;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    SupplierSurvey survey;
    String address;

    @BeforeEach
    void aSurveyWhoseRequestIsInTheOutbox() {
        createUser("linkowner", Role.PROCESS_OWNER);
        createUser("linkofficer", Role.COMPLIANCE_OFFICER);
        address = "l" + System.nanoTime() + "@supplier.example";
        Supplier supplier = new Supplier("L-" + System.nanoTime(), "Linkfield Metals", "France");
        supplier.setSpend(BigDecimal.TEN, "EUR");
        supplier.addContact("Lea", address, true);
        survey = SurveyOfItsOwn.launch(context, supplier);
    }

    @Test
    void theStoredRequestShowsTheLinkMaskedAndTheSupplierReceivesAWorkingOne() throws Exception {
        OutboundMessage request = only("survey-request");
        assertThat(request.getPortalSurveyId()).isEqualTo(survey.getId());
        assertThat(request.getTextBody()).contains(MASKED).doesNotContainPattern(LINK);
        assertThat(request.getHtmlBody()).contains("href=\"" + MASKED + "\"").doesNotContainPattern(LINK);

        assertThat(deliver()).isEqualTo(1);
        MimeMessage received = receivedBy(address).get(0);
        String link = linkIn(part(received, "text/plain"));
        assertThat(part(received, "text/html")).contains("href=\"" + link + "\"").doesNotContain("••••••");
        assertThat(supplier().get(path(link)).body()).contains("Linkfield Metals").contains("RY");

        WebSession officer = loggedIn("linkofficer");
        String page = officer.get("/outbox/" + request.getId()).body() + officer.get("/outbox/" + request.getId() + "/html").body();
        assertThat(page).contains("/portal/••••••").doesNotContain(token(link))
                .doesNotContain("Send again with a new portal link");
        assertThat(allTextOf(officer.getBytes("/surveys/" + survey.getId() + "/evidence.zip").body()))
                .contains("/portal/").doesNotContain(token(link)).doesNotContainPattern(LINK);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbound_message WHERE html_body LIKE ? OR text_body LIKE ?",
                Long.class, "%" + token(link) + "%", "%" + token(link) + "%")).isZero();
    }

    @Test
    void aRepeatedDeliveryKeepsItsMessageIdAndBothCopiesLinksWork() throws Exception {
        OutboundMessage request = only("survey-request");
        deliver();
        // The node died after the server took the message: another node sends it again.
        jdbc.update("UPDATE outbound_message SET status = 'SENDING', locked_until = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), request.getId());
        assertThat(deliver()).isEqualTo(1);

        List<MimeMessage> copies = receivedBy(address);
        assertThat(copies).hasSize(2);
        assertThat(copies.get(0).getMessageID()).isEqualTo(copies.get(1).getMessageID());
        WebSession supplier = supplier();
        for (MimeMessage copy : copies) {
            assertThat(supplier.get(path(linkIn(part(copy, "text/plain")))).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void sendingAgainWithANewLinkKillsTheOldOneAndALaterReminderCarriesAWorkingLink() throws Exception {
        OutboundMessage request = only("survey-request");
        deliver();
        String oldLink = linkIn(part(receivedBy(address).get(0), "text/plain"));

        WebSession officer = loggedIn("linkofficer");
        assertThat(newLink(officer, request, WebSession.csrfTokenOf(officer.get("/outbox").body())).statusCode())
                .as("a compliance officer only reads").isEqualTo(403);
        assertThat(supplier().get(path(oldLink)).statusCode()).isEqualTo(200);

        WebSession owner = loggedIn("linkowner");
        String ownersPage = owner.get("/outbox/" + request.getId()).body();
        assertThat(ownersPage).contains("Send again with a new portal link");
        HttpResponse<String> renewed = newLink(owner, request, WebSession.csrfTokenOf(ownersPage));
        assertThat(renewed.statusCode()).isEqualTo(302);
        assertThat(owner.get(renewed.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""))
                .body()).contains("Every earlier portal link of this supplier");

        HttpResponse<String> dead = supplier().get(path(oldLink));
        assertThat(dead.statusCode()).isEqualTo(404);
        assertThat(dead.body()).contains("This link is not valid");

        assertThat(deliver()).isEqualTo(1);
        List<MimeMessage> received = receivedBy(address);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).getMessageID()).isNotEqualTo(received.get(0).getMessageID());
        String newLink = linkIn(part(received.get(1), "text/plain"));
        assertThat(newLink).isNotEqualTo(oldLink);
        assertThat(supplier().get(path(newLink)).statusCode()).isEqualTo(200);

        // The reminder was written before anyone knew the link would change: it still carries a working one.
        managementService.executeJob(reminderTimer().getId());
        assertThat(only("reminder").getTextBody()).contains(MASKED).doesNotContainPattern(LINK);
        assertThat(deliver()).isEqualTo(1);
        String reminderLink = linkIn(part(receivedBy(address).get(2), "text/plain"));
        assertThat(supplier().get(path(reminderLink)).statusCode()).isEqualTo(200);
        assertThat(supplier().get(path(oldLink)).statusCode()).isEqualTo(404);
    }

    private int deliver() {
        return delivery.deliverDue();
    }

    private OutboundMessage only(String template) {
        List<OutboundMessage> found = messages.findAll().stream()
                .filter(m -> survey.getId().equals(m.getPortalSurveyId()) && template.equals(m.getTemplateName()))
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private Job reminderTimer() {
        return managementService.createJobQuery().processInstanceId(survey.getProcessInstanceId()).timers().list()
                .stream().filter(job -> managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                        .singleResult().getActivityId().equals("Event_ReminderDue"))
                .findFirst().orElseThrow();
    }

    private List<MimeMessage> receivedBy(String recipient) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtpServer.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(recipient)) {
                found.add(message);
            }
        }
        return found;
    }

    private static String linkIn(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("a working link in " + text).isTrue();
        return matcher.group();
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String path(String link) {
        return URI.create(link).getPath();
    }

    private WebSession supplier() {
        return new WebSession(port);
    }

    private static HttpResponse<String> newLink(WebSession session, OutboundMessage message, String csrf) {
        return session.postForm("/outbox/" + message.getId() + "/new-link", "_csrf=" + csrf);
    }

    private WebSession loggedIn(String user) {
        WebSession session = new WebSession(port);
        session.logIn(user, PASSWORD);
        return session;
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

    private static String allTextOf(byte[] zipBytes) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }


    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
