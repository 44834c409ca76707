package org.mineraldiligence.mail;

/**
 * Suppliers' personal portal links, as the outbox needs them. A stored message carries only a masked link
 * ({@link MailRenderer#maskedPortalUrl()}); delivery asks for a working one as the message leaves, so no
 * stored body, outbox page or evidence file can open a supplier's survey.
 */
public interface PersonalLinks {

    /** A new working link to the survey's portal, for one delivery of one message. */
    String issue(long surveyId);

    /** Makes every link issued so far for the survey stop working. */
    void revokeAll(long surveyId);
}
