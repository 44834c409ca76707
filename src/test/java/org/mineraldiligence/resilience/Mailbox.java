package org.mineraldiligence.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server the nodes deliver to: GreenMail on a loopback port that stays the same when the server
 * is stopped (an outage) and started again. What it received before an outage is kept.
 */
final class Mailbox implements AutoCloseable {

    /** Our Message-ID carries the outbox row: {@code <md.{id}.{key hash}@domain>}. */
    private static final Pattern OUTBOX_ID = Pattern.compile("<md\\.(\\d+)\\.");

    private final int port;
    private final List<Long> earlierDeliveries = new ArrayList<>();
    private GreenMail server;

    Mailbox() {
        port = ClusterNode.freePort();
    }

    int port() {
        return port;
    }

    Mailbox start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return this;
    }

    /** The SMTP server goes away: connections are refused until {@link #start()}. */
    void stop() {
        earlierDeliveries.addAll(deliveredNow());
        server.stop();
        server = null;
    }

    /** How many copies of each outbox message arrived, by outbox id. */
    Map<Long, Long> copiesByOutboxId() {
        List<Long> all = new ArrayList<>(earlierDeliveries);
        all.addAll(deliveredNow());
        return all.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private List<Long> deliveredNow() {
        if (server == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            ids.add(outboxIdOf(message));
        }
        return ids;
    }

    private static long outboxIdOf(MimeMessage message) {
        try {
            Matcher matcher = OUTBOX_ID.matcher(String.valueOf(message.getMessageID()));
            if (!matcher.find()) {
                throw new IllegalStateException("a message without our Message-ID: " + message.getMessageID());
            }
            return Long.parseLong(matcher.group(1));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }
}
