package org.mineraldiligence.mail;

import java.time.Instant;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

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

    MailOutbox(OutboundMessageRepository messages, MailRenderer renderer, SmtpGateway smtp, MailIncidents incidents) {
        this.messages = messages;
        this.renderer = renderer;
        this.smtp = smtp;
        this.incidents = incidents;
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
            RenderedMail mail = renderer.render(request.templateName(), request.model());
            MessageStatus status = smtp.isConfigured() ? MessageStatus.QUEUED : MessageStatus.NOT_DELIVERED_NO_SMTP;
            OutboundMessage message = messages.save(new OutboundMessage(request, mail, status, Instant.now()));
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
        message.requeue(Instant.now());
        incidents.resolve(message);
        log.info("Mail {} queued again by hand", messageId);
        return message;
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
