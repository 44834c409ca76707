package org.mineraldiligence.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.mineraldiligence.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a process step or service puts the mail it decides to send. The message is written in the
 * caller's transaction, so it exists exactly when the step's other effects do; {@link MailDelivery}
 * sends it later, outside that transaction.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final OutboundMessageRepository messages;
    private final MailRenderer renderer;
    private final SmtpGateway smtp;
    private final MailIncidents incidents;
    private final PersonalLinks links;
    private final AuditTrail audit;
    private final Clock clock;

    MailOutbox(OutboundMessageRepository messages, MailRenderer renderer, SmtpGateway smtp, MailIncidents incidents,
               PersonalLinks links, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.audit = audit;
        this.messages = messages;
        this.renderer = renderer;
        this.smtp = smtp;
        this.incidents = incidents;
        this.links = links;
    }

    /**
     * Renders and stores a message, joining the caller's transaction. When the idempotency key was used
     * before (a retried step), returns that message and writes nothing. Two transactions racing with one
     * key cannot both commit: the key is unique, and the loser is rolled back and retried like any step.
     *
     * @throws IllegalArgumentException for an unknown template, a missing model key or a malformed address
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public OutboundMessage queue(MailRequest request) {
        return messages.findByIdempotencyKey(request.idempotencyKey()).orElseGet(() -> {
            request.recipients().forEach(MailOutbox::requireValidAddress);
            RenderedMail mail = renderer.render(request.templateName(), modelOf(request));
            MessageStatus status = initialStatus();
            OutboundMessage message = messages.save(new OutboundMessage(request, mail, status, clock.instant()));
            log.info("Mail {} ({}) {} for supplier {}, process instance {}", message.getId(),
                    request.templateName(), status, request.supplierId(), request.processInstanceId());
            return message;
        });
    }

    /** Gives a FAILED message a new set of attempts and resolves its incident. */
    @Transactional
    public OutboundMessage resend(long messageId) {
        OutboundMessage message = messages.findById(messageId)
                .orElseThrow(() -> new IllegalArgumentException("no outbound message " + messageId));
        message.requeue(clock.instant());
        incidents.resolve(message);
        log.info("Mail {} queued again by hand", messageId);
        return message;
    }

    /**
     * Sends a message that carries a personal link again with a new link, and kills every link the supplier
     * had for that survey (a forwarded or leaked link, a supplier who lost the e-mail). The copy is a new
     * message with its own Message-ID; the original stays as it was, as evidence.
     */
    @Transactional
    public OutboundMessage resendWithNewLink(long messageId, String actor) {
        OutboundMessage original = withPersonalLink(messageId);
        links.revokeAll(original.getPortalSurveyId());
        Instant now = clock.instant();
        OutboundMessage copy = messages.save(original.copy(
                "new-link:" + messageId + ":" + now.toEpochMilli(), initialStatus(), now));
        log.info("Mail {} sent again as {} with a new portal link; earlier links of survey {} revoked",
                messageId, copy.getId(), original.getPortalSurveyId());
        audit.record(actor, "PORTAL_LINKS_RENEWED", "supplier-survey", original.getPortalSurveyId(),
                "message " + messageId, "message " + copy.getId());
        return copy;
    }

    /**
     * In outbox-only mode (no SMTP server) nothing leaves, so a process owner trying the application opens
     * the supplier's portal from the stored message; a link is minted for that and the audit trail says who.
     * Once messages are delivered, links reach suppliers only by e-mail.
     */
    @Transactional
    public String openPortalWithoutSmtp(long messageId, String actor) {
        OutboundMessage message = withPersonalLink(messageId);
        if (message.getStatus() != MessageStatus.NOT_DELIVERED_NO_SMTP) {
            throw new IllegalStateException("message " + messageId + " is " + message.getStatus()
                    + ": its link went to the supplier by e-mail");
        }
        audit.record(actor, "PORTAL_OPENED_FROM_OUTBOX", "supplier-survey", message.getPortalSurveyId(), null,
                "message " + messageId);
        return links.issue(message.getPortalSurveyId());
    }

    private OutboundMessage withPersonalLink(long messageId) {
        OutboundMessage message = messages.findById(messageId)
                .orElseThrow(() -> new IllegalArgumentException("no outbound message " + messageId));
        if (message.getPortalSurveyId() == null) {
            throw new IllegalStateException("message " + messageId + " carries no personal link");
        }
        return message;
    }

    /** A message with a personal link is rendered with the link masked; delivery puts in a working one. */
    private Map<String, Object> modelOf(MailRequest request) {
        if (request.portalSurveyId() == null) {
            return request.model();
        }
        Map<String, Object> model = new HashMap<>(request.model());
        model.put("portalUrl", renderer.maskedPortalUrl());
        return model;
    }

    private MessageStatus initialStatus() {
        return smtp.isConfigured() ? MessageStatus.QUEUED : MessageStatus.NOT_DELIVERED_NO_SMTP;
    }

    private static void requireValidAddress(String address) {
        try {
            new InternetAddress(address, true);
        } catch (AddressException e) {
            // The address may come from supplier data: say which position failed, not what it was.
            throw new IllegalArgumentException("malformed recipient address at position " + e.getPos(), e);
        }
    }
}
