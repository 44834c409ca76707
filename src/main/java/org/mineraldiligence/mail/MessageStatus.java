package org.mineraldiligence.mail;

/** Where an outbound message stands. */
public enum MessageStatus {
    /** Waiting for its (next) delivery attempt. */
    QUEUED,
    /** Claimed by one node, which is handing it to the SMTP server. */
    SENDING,
    SENT,
    /** Every attempt failed; a process owner can resend it from the Outbox page. */
    FAILED,
    /** Stored and rendered, but no SMTP server is configured (the embedded default). */
    NOT_DELIVERED_NO_SMTP
}
