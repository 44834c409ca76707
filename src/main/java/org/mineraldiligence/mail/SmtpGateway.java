package org.mineraldiligence.mail;

import java.nio.charset.StandardCharsets;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.mineraldiligence.web.SecretTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
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
    private final String fromDomain;

    SmtpGateway(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
                MailSettings settings) {
        // Spring Boot creates a sender even for a blank host; blank means "no SMTP" here.
        this.sender = host.isBlank() ? null : sender.getIfAvailable();
        this.from = settings.from();
        this.fromDomain = domainOf(settings.from());
    }

    private static String domainOf(String address) {
        String domain = address.substring(address.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return domain.isEmpty() ? "mineral-diligence" : domain;
    }

    boolean isConfigured() {
        return sender != null;
    }

    /** Hands one message, with the content as delivered, to the SMTP server; never inside a database transaction, which it would hold open. */
    void send(OutboundMessage message, RenderedMail content) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("mail must be sent outside a database transaction");
        }
        MimeMessage mime = new StableIdMessage(sender.createMimeMessage().getSession(), messageIdOf(message));
        try {
            MimeMessageHelper helper = new OneFileTypeMapHelper(mime);
            helper.setFrom(from);
            helper.setTo(message.getRecipients().toArray(String[]::new));
            helper.setSubject(content.subject());
            helper.setText(content.text(), content.html());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(mime);
    }

    /**
     * The same Message-ID on every attempt of one outbox message. Delivery is at least once (a node can die
     * between the server's acceptance and recording it), and a second copy with the same id is one that
     * mail servers and clients can recognise and drop.
     */
    private String messageIdOf(OutboundMessage message) {
        String key = SecretTokens.hash(message.getIdempotencyKey()).substring(0, 24);
        return "<md." + message.getId() + "." + key + "@" + fromDomain + ">";
    }

    /**
     * Spring's helper builds a new file-type map for every message it did not create itself, and building one
     * reads every {@code mime.types} on the class path: over a quarter of the CPU a delivery took. Our mails
     * carry no attachments; one map, built once, serves them all.
     */
    private static final class OneFileTypeMapHelper extends MimeMessageHelper {

        private static final FileTypeMap FILE_TYPES = fileTypes();

        OneFileTypeMapHelper(MimeMessage mime) throws MessagingException {
            super(mime, true, StandardCharsets.UTF_8.name());
        }

        @Override
        protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
            return FILE_TYPES;
        }

        private static FileTypeMap fileTypes() {
            ConfigurableMimeFileTypeMap map = new ConfigurableMimeFileTypeMap();
            map.afterPropertiesSet();
            return map;
        }
    }

    /** JavaMail gives every message a fresh Message-ID when it is sent, unless told otherwise. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
