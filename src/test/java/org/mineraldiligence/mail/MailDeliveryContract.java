package org.mineraldiligence.mail;

import static org.mineraldiligence.support.MimeParts.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;

import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Delivery through a real SMTP server (GreenMail on loopback), run on H2 and on PostgreSQL: the right
 * message reaches the right address, a retried step sends once, an outage delays mail without losing it,
 * and a message that cannot be delivered ends FAILED with an incident on its process step.
 */
abstract class MailDeliveryContract extends MailTestBase {

    static final int MAX_ATTEMPTS = 3; // as set by @WithSmtpTestServer

    @Test
    void queuedSurveyRequestReachesTheSuppliersAddressWithItsPortalAndGrievanceLinks() throws Exception {
        OutboundMessage queued = queue("survey-request:" + UUID.randomUUID(), supplier, 42);

        assertThat(delivery.deliverDue()).isEqualTo(1);

        MimeMessage[] received = smtpServer.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(SUPPLIER_ADDRESS);
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("compliance@md.example.com");
        assertThat(mail.getSubject()).isEqualTo("Please send your CMRT for RY2026 by 31 May 2026");
        assertThat(part(mail, "text/html")).contains("Nordic Solder AB", "href=\"" + MailModels.PORTAL_URL + "\"",
                "href=\"https://md.example.com/grievance\"");
        assertThat(part(mail, "text/plain")).contains(MailModels.PORTAL_URL, "https://md.example.com/grievance");

        OutboundMessage sent = reload(queued);
        assertThat(sent.getStatus()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getAttempts()).isZero();
    }

    @Test
    void jakartaMailIsToldItsStreamProviderAtStartUpInsteadOfScanningEveryJarPerMessage() {
        String angus = "org.eclipse.angus.mail.util.MailStreamProvider";

        assertThat(System.getProperty(MailConfiguration.STREAM_PROVIDER)).isEqualTo(angus);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(angus);
    }

    @Test
    void aMessageSentAgainByAnotherNodeCarriesTheSameMessageId() throws Exception {
        OutboundMessage queued = queue("reminder:" + UUID.randomUUID(), supplier, 42);
        delivery.deliverDue();
        // The node that sent it died before recording SENT: its lock ran out, another node sends it again.
        jdbc.update("UPDATE outbound_message SET status = 'SENDING', locked_until = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), queued.getId());
        assertThat(delivery.deliverDue()).isEqualTo(1);

        MimeMessage[] copies = smtpServer.getReceivedMessages();
        assertThat(copies).hasSize(2);
        assertThat(copies[0].getMessageID()).startsWith("<md." + queued.getId() + ".").endsWith("@md.example.com>")
                .isEqualTo(copies[1].getMessageID());
    }

    @Test
    void supplierNameWithScriptArrivesEscapedInTheHtmlBody() throws Exception {
        queue("survey-request:" + UUID.randomUUID(), newSupplier("<script>alert(1)</script> Metals"), 42);

        delivery.deliverDue();

        String html = part(smtpServer.getReceivedMessages()[0], "text/html");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; Metals");
    }

    @Test
    void twoQueueCallsWithOneIdempotencyKeyStoreAndSendOneMessage() {
        String key = "survey-request:" + UUID.randomUUID();
        OutboundMessage first = queue(key, supplier, 42);
        OutboundMessage second = queue(key, newSupplier("Another name the second time"), 43);

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
    void whileTheSmtpServerIsDownMessagesWaitWithGrowingBackOffAndGoOutWhenItIsBack() {
        OutboundMessage queued = queue("reminder:" + UUID.randomUUID(), supplier, 42);
        smtpServer.stop();

        assertThat(delivery.deliverDue()).isZero();
        OutboundMessage afterFirst = reload(queued);
        assertThat(afterFirst.getStatus()).isEqualTo(MessageStatus.QUEUED);
        assertThat(afterFirst.getAttempts()).isEqualTo(1);
        assertThat(afterFirst.getLastError()).isNotBlank();
        assertThat(afterFirst.getNextAttemptAt())
                .isCloseTo(Instant.now().plus(Duration.ofMinutes(1)), within(20, ChronoUnit.SECONDS));

        assertThat(delivery.deliverDue()).as("not due again before the back-off").isZero();
        assertThat(reload(queued).getAttempts()).isEqualTo(1);

        timePasses(queued);
        delivery.deliverDue();
        OutboundMessage afterSecond = reload(queued);
        assertThat(afterSecond.getAttempts()).isEqualTo(2);
        assertThat(afterSecond.getNextAttemptAt())
                .isCloseTo(Instant.now().plus(Duration.ofMinutes(2)), within(20, ChronoUnit.SECONDS));

        smtpServer.start();
        timePasses(queued);
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(reload(queued).getStatus()).isEqualTo(MessageStatus.SENT);
        assertThat(smtpServer.getReceivedMessages()).hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheMessageFailsWithAnIncidentOnItsProcessStep() {
        ProcessInstance instance = startTestProcess();
        OutboundMessage queued = queueFromProcessStep(instance);
        assertThat(queued.getExecutionId()).isNotNull();

        OutboundMessage failed = failForGood(queued, MAX_ATTEMPTS);

        assertThat(failed.getStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(MAX_ATTEMPTS);
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
        OutboundMessage queued = queue("survey-request:" + UUID.randomUUID(), supplier, 42);
        Instant now = Instant.now().plusSeconds(1);

        assertThat(messages.claim(queued.getId(), now, now.plus(Duration.ofMinutes(5)))).isEqualTo(1);
        assertThat(messages.claim(queued.getId(), now, now.plus(Duration.ofMinutes(5)))).isZero();
        assertThat(reload(queued).getStatus()).isEqualTo(MessageStatus.SENDING);

        Instant afterLockExpiry = now.plus(Duration.ofMinutes(6));
        assertThat(messages.claim(queued.getId(), afterLockExpiry, afterLockExpiry.plus(Duration.ofMinutes(5))))
                .as("a node that died while sending does not hold the message for ever").isEqualTo(1);
    }
}
