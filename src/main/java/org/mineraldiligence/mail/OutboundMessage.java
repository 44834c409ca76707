package org.mineraldiligence.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One e-mail as it was rendered for its recipients, and how its delivery went. */
@Entity
public class OutboundMessage {

    private static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String idempotencyKey;
    private String templateName;
    private String recipients;
    private String subject;
    private String htmlBody;
    private String textBody;
    private Long supplierId;
    private String supplierLabel;
    private Long cycleId;
    private String processInstanceId;
    private String executionId;
    /** The survey whose personal link delivery puts in place of the masked one, or null. */
    private Long portalSurveyId;
    @Enumerated(EnumType.STRING)
    private MessageStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant lockedUntil;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected OutboundMessage() {
    }

    OutboundMessage(MailRequest request, RenderedMail mail, MessageStatus status, Instant now) {
        this.idempotencyKey = request.idempotencyKey();
        this.templateName = request.templateName();
        this.recipients = String.join(",", request.recipients());
        this.subject = mail.subject();
        this.htmlBody = mail.html();
        this.textBody = mail.text();
        this.supplierId = request.supplierId();
        this.supplierLabel = request.supplierLabel();
        this.cycleId = request.cycleId();
        this.processInstanceId = request.processInstanceId();
        this.executionId = request.executionId();
        this.portalSurveyId = request.portalSurveyId();
        this.status = status;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** A new message with the same content under a new key: it has its own Message-ID, so no client drops it. */
    OutboundMessage copy(String idempotencyKey, MessageStatus status, Instant now) {
        OutboundMessage copy = new OutboundMessage();
        copy.idempotencyKey = idempotencyKey;
        copy.templateName = templateName;
        copy.recipients = recipients;
        copy.subject = subject;
        copy.htmlBody = htmlBody;
        copy.textBody = textBody;
        copy.supplierId = supplierId;
        copy.cycleId = cycleId;
        copy.processInstanceId = processInstanceId;
        copy.portalSurveyId = portalSurveyId;
        copy.status = status;
        copy.nextAttemptAt = now;
        copy.createdAt = now;
        return copy;
    }

    /**
     * Records a failed attempt: waits {@code initialBackoff}, doubling after each further failure, or
     * gives up after {@code maxAttempts}.
     */
    void recordFailure(String error, Instant now, int maxAttempts, Duration initialBackoff) {
        attempts++;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        lockedUntil = null;
        if (attempts >= maxAttempts) {
            status = MessageStatus.FAILED;
            nextAttemptAt = null;
        } else {
            status = MessageStatus.QUEUED;
            nextAttemptAt = now.plus(initialBackoff.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    /** A process owner's second chance for a failed message: a full set of attempts, starting now. */
    void requeue(Instant now) {
        if (status != MessageStatus.FAILED) {
            throw new IllegalStateException("only a failed message can be resent; message " + id + " is " + status);
        }
        status = MessageStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getTemplateName() {
        return templateName;
    }

    public List<String> getRecipients() {
        return Arrays.asList(recipients.split(","));
    }

    public String getSubject() {
        return subject;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getTextBody() {
        return textBody;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public String getSupplierLabel() {
        return supplierLabel;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getExecutionId() {
        return executionId;
    }

    public Long getPortalSurveyId() {
        return portalSurveyId;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
