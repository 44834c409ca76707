package org.mineraldiligence.mail;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The SMTP server, when there is one. Without {@code spring.mail.host} (the embedded default) the
 * application runs in outbox-only mode: messages are stored and shown, never sent.
 */
@Component
class SmtpGateway {

    private final JavaMailSender sender;
    private final String from;

    SmtpGateway(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
                MailSettings settings) {
        // Spring Boot creates a sender even for a blank host; blank means "no SMTP" here.
        this.sender = host.isBlank() ? null : sender.getIfAvailable();
        this.from = settings.from();
    }

    boolean isConfigured() {
        return sender != null;
    }

    /** Hands one message to the SMTP server; never inside a database transaction, which it would hold open. */
    void send(OutboundMessage message) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("mail must be sent outside a database transaction");
        }
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.getRecipients().toArray(String[]::new));
            helper.setSubject(message.getSubject());
            helper.setText(message.getTextBody(), message.getHtmlBody());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(mime);
    }
}
