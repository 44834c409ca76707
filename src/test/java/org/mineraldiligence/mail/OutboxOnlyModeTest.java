package org.mineraldiligence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.H2ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The embedded default has no SMTP server: mail is stored and rendered, and nothing fails. */
@H2ApplicationTest
class OutboxOnlyModeTest {

    @LocalServerPort
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    OutboundMessageRepository messages;

    @Test
    void withoutSmtpHostAMessageIsStoredRenderedAndMarkedNotDelivered() throws Exception {
        OutboundMessage message = outbox.queue(new MailRequest("survey-request", List.of("anna.lind@nordicsolder.example"),
                MailModels.complete(MailTemplate.SURVEY_REQUEST, "Nordic Solder AB"), null, null, 7L, null, null,
                "outbox-only:" + UUID.randomUUID()));

        assertThat(delivery.deliverDue()).isZero();
        OutboundMessage stored = messages.findById(message.getId()).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(MessageStatus.NOT_DELIVERED_NO_SMTP);
        assertThat(stored.getAttempts()).isZero();
        assertThat(stored.getSubject()).isEqualTo("Please send your CMRT for RY2026 by 31 May 2026");
        assertThat(stored.getHtmlBody()).contains("Nordic Solder AB", MailModels.PORTAL_URL);
        // Without PUBLIC_BASE_URL, links lead to where the application listens: its host name and the port
        // the server really took (random here), and the link works.
        String grievanceUrl = "http://" + InetAddress.getLocalHost().getHostName() + ":" + port + "/grievance";
        assertThat(stored.getTextBody()).contains(grievanceUrl).doesNotContain("localhost:8080");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(grievanceUrl)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(stored.getRecipients()).containsExactly("anna.lind@nordicsolder.example");
        assertThat(stored.getCycleId()).isEqualTo(7L);
    }
}
