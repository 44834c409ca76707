package org.mineraldiligence.mail;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued messages. Each message is claimed with a conditional update (so that of several nodes
 * only one sends it), handed to the SMTP server outside any transaction, then marked SENT, or retried
 * with exponential back-off until {@link MailSettings#maxAttempts()} and then FAILED with an incident.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH_SIZE = 50;

    private final OutboundMessageRepository messages;
    private final SmtpGateway smtp;
    private final MailIncidents incidents;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final MailRenderer renderer;
    private final PersonalLinks links;
    private final Clock clock;

    MailDelivery(OutboundMessageRepository messages, SmtpGateway smtp, MailIncidents incidents,
                 MailSettings settings, TransactionTemplate transaction, MailRenderer renderer, PersonalLinks links, Clock clock) {
        this.clock = clock;
        this.renderer = renderer;
        this.links = links;
        this.messages = messages;
        this.smtp = smtp;
        this.incidents = incidents;
        this.settings = settings;
        this.transaction = transaction;
    }

    /** Delivers every message that is due now; returns how many this node sent. */
    @Scheduled(fixedDelayString = "${mineral-diligence.mail.poll-interval}")
    public int deliverDue() {
        if (!smtp.isConfigured()) {
            return 0;
        }
        int sent = 0;
        for (Long id : messages.findDue(clock.instant(), Limit.of(BATCH_SIZE))) {
            Instant now = clock.instant();
            if (messages.claim(id, now, now.plus(settings.lockDuration())) == 1 && deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(long id) {
        OutboundMessage message = messages.findById(id).orElseThrow();
        try {
            smtp.send(message, asDelivered(message));
        } catch (RuntimeException e) {
            // Any failure, not only the SMTP server's, counts as an attempt rather than leaving the message SENDING.
            recordFailure(id, e);
            return false;
        }
        messages.markSent(id, clock.instant());
        log.info("Mail {} sent", id);
        return true;
    }

    /**
     * Every attempt gets a fresh link, committed before the message leaves: if a node dies after the server
     * took the message and it goes out twice (same Message-ID), either copy's link works. A link minted for
     * an attempt that failed reached no one.
     */
    private RenderedMail asDelivered(OutboundMessage message) {
        if (message.getPortalSurveyId() == null) {
            return new RenderedMail(message.getSubject(), message.getHtmlBody(), message.getTextBody());
        }
        return renderer.withLink(message, links.issue(message.getPortalSurveyId()));
    }

    private void recordFailure(long id, RuntimeException error) {
        OutboundMessage failed = transaction.execute(status -> {
            OutboundMessage message = messages.findById(id).orElseThrow();
            message.recordFailure(describe(error), clock.instant(), settings.maxAttempts(), settings.initialBackoff());
            return message;
        });
        // Log the id and the kind of error only: the error text may quote supplier addresses.
        if (failed.getStatus() == MessageStatus.FAILED) {
            log.warn("Mail {} FAILED after {} attempts ({})", id, failed.getAttempts(), error.getClass().getSimpleName());
            incidents.raise(failed);
        } else {
            log.info("Mail {} attempt {} failed ({}); next attempt at {}", id, failed.getAttempts(),
                    error.getClass().getSimpleName(), failed.getNextAttemptAt());
        }
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" / ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
