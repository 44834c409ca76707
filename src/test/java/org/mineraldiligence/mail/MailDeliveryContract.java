package org.mineraldiligence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Delivery through a real SMTP server (GreenMail on loopback), run on H2 and on PostgreSQL: the right
 * message reaches the right address, a retried step sends once, an outage delays mail without losing it,
 * and a message that cannot be delivered ends FAILED with an incident on its process step.
 */
abstract class MailDeliveryContract {

    @RegisterExtension
    static final GreenMailExtension smtpServer = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    OutboundMessageRepository messages;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    MailTestProcess.FlakyStep flakyStep;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    Supplier supplier;

    @BeforeEach
    void startClean() {
        messages.deleteAll();
        flakyStep.failNextRuns(0);
        MailTestProcess.deploy(repositoryService);
        String code = "SUP-T" + UUID.randomUUID().toString().substring(0, 8);
        supplier = new Supplier(code, "Nordic Solder AB", "Sweden");
        supplier.addContact("Anna Lind", "anna.lind@nordicsolder.example", true);
        supplier = suppliers.save(supplier);
    }

    @Test
    void queuedSurveyRequestReachesTheSuppliersAddressWithItsPortalAndGrievanceLinks() throws Exception {
        OutboundMessage queued = queue("survey-request:" + UUID.randomUUID(), supplier.getName());

        assertThat(delivery.deliverDue()).isEqualTo(1);

        MimeMessage[] received = smtpServer.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("anna.lind@nordicsolder.example");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("compliance@md.example.com");
        assertThat(mail.getSubject()).isEqualTo("Please send your CMRT for RY2026 by 31 May 2026");
        String html = part(mail, "text/html");
        String text = part(mail, "text/plain");
        assertThat(html).contains("href=\"" + MailModels.PORTAL_URL + "\"", "href=\"https://md.example.com/grievance\"");
        assertThat(text).contains(MailModels.PORTAL_URL, "https://md.example.com/grievance");
        assertThat(URI.create(MailModels.PORTAL_URL).isAbsolute()).isTrue();

        OutboundMessage sent = messages.findById(queued.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getAttempts()).isZero();
    }

    @Test
    void supplierNameWithScriptArrivesEscapedInTheHtmlBody() throws Exception {
        queue("survey-request:" + UUID.randomUUID(), "<script>alert(1)</script> Metals");

        delivery.deliverDue();

        String html = part(smtpServer.getReceivedMessages()[0], "text/html");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; Metals");
    }

    @Test
    void twoQueueCallsWithOneIdempotencyKeyStoreAndSendOneMessage() {
        String key = "survey-request:" + UUID.randomUUID();
        OutboundMessage first = queue(key, supplier.getName());
        OutboundMessage second = queue(key, "a different name the second time");

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(messages.count()).isEqualTo(1);
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(smtpServer.getReceivedMessages()).hasSize(1);
    }

    @Test
    void processStepRetriedAfterARolledBackFailureSendsExactlyOneMessage() {
        flakyStep.failNextRuns(1);
        ProcessInstance instance = startTestProcess();
        Job sendStep = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();

        assertThatThrownBy(() -> managementService.executeJob(sendStep.getId()))
                .hasMessageContaining("step after the mail failed");
        assertThat(messages.count()).as("the mail was rolled back with the step").isZero();

        managementService.executeJob(sendStep.getId());
        assertThat(messages.count()).isEqualTo(1);
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(delivery.deliverDue()).isZero();
        assertThat(smtpServer.getReceivedMessages()).hasSize(1);
        assertThat(messages.findAll().get(0).getIdempotencyKey())
                .isEqualTo(instance.getId() + ":" + MailTestProcess.SEND_STEP + ":0");
    }

    @Test
    void whileTheSmtpServerIsDownMessagesWaitWithGrowingBackOffAndGoOutWhenItIsBack() throws Exception {
        OutboundMessage queued = queue("reminder:" + UUID.randomUUID(), supplier.getName());
        smtpServer.stop();

        assertThat(delivery.deliverDue()).isZero();
        OutboundMessage afterFirst = reload(queued);
        assertThat(afterFirst.getStatus()).isEqualTo(MessageStatus.QUEUED);
        assertThat(afterFirst.getAttempts()).isEqualTo(1);
        assertThat(afterFirst.getLastError()).isNotBlank();
        assertThat(afterFirst.getNextAttemptAt()).isCloseTo(Instant.now().plus(Duration.ofMinutes(1)), within(20, ChronoUnit.SECONDS));

        assertThat(delivery.deliverDue()).as("not due again before the back-off").isZero();
        assertThat(reload(queued).getAttempts()).isEqualTo(1);

        timePasses(queued);
        delivery.deliverDue();
        OutboundMessage afterSecond = reload(queued);
        assertThat(afterSecond.getAttempts()).isEqualTo(2);
        assertThat(afterSecond.getNextAttemptAt()).isCloseTo(Instant.now().plus(Duration.ofMinutes(2)), within(20, ChronoUnit.SECONDS));

        smtpServer.start();
        timePasses(queued);
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(reload(queued).getStatus()).isEqualTo(MessageStatus.SENT);
        assertThat(smtpServer.getReceivedMessages()).hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheMessageFailsWithAnIncidentOnItsProcessStep() {
        ProcessInstance instance = startTestProcess();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
        OutboundMessage queued = messages.findAll().get(0);
        assertThat(queued.getExecutionId()).isNotNull();
        smtpServer.stop();

        for (int attempt = 1; attempt <= 3; attempt++) {
            timePasses(queued);
            delivery.deliverDue();
        }

        OutboundMessage failed = reload(queued);
        assertThat(failed.getStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(3);
        List<Incident> incidents = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).list();
        assertThat(incidents).singleElement().satisfies(incident -> {
            assertThat(incident.getIncidentType()).isEqualTo("mailDelivery");
            assertThat(incident.getConfiguration()).isEqualTo(String.valueOf(failed.getId()));
            assertThat(incident.getExecutionId()).isEqualTo(queued.getExecutionId());
            assertThat(incident.getIncidentMessage()).isEqualTo(failed.getLastError());
        });
        timePasses(queued);
        assertThat(delivery.deliverDue()).as("a failed message is not retried on its own").isZero();
    }

    @Test
    void ofTwoNodesClaimingOneDueMessageOnlyOneGetsIt() {
        OutboundMessage queued = queue("survey-request:" + UUID.randomUUID(), supplier.getName());
        Instant now = Instant.now().plusSeconds(1);

        assertThat(messages.claim(queued.getId(), now, now.plus(Duration.ofMinutes(5)))).isEqualTo(1);
        assertThat(messages.claim(queued.getId(), now, now.plus(Duration.ofMinutes(5)))).isZero();
        assertThat(reload(queued).getStatus()).isEqualTo(MessageStatus.SENDING);

        Instant afterLockExpiry = now.plus(Duration.ofMinutes(6));
        assertThat(messages.claim(queued.getId(), afterLockExpiry, afterLockExpiry.plus(Duration.ofMinutes(5))))
                .as("a node that died while sending does not hold the message for ever").isEqualTo(1);
    }

    ProcessInstance startTestProcess() {
        return runtimeService.startProcessInstanceByKey(MailTestProcess.KEY, Map.of(
            "recipient", "anna.lind@nordicsolder.example", "supplierName", supplier.getName(),
            "supplierId", supplier.getId()));
    }

    OutboundMessage queue(String key, String supplierName) {
        return transaction.execute(status -> outbox.queue(new MailRequest("survey-request",
                List.of("anna.lind@nordicsolder.example"), MailModels.complete(MailTemplate.SURVEY_REQUEST, supplierName),
                supplier.getId(), 42L, null, null, key)));
    }

    OutboundMessage reload(OutboundMessage message) {
        return messages.findById(message.getId()).orElseThrow();
    }

    /** The back-off has elapsed: the next attempt is due now. */
    void timePasses(OutboundMessage message) {
        jdbc.update("UPDATE outbound_message SET next_attempt_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), message.getId());
    }

    static String part(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
