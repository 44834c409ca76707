package org.mineraldiligence.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a process step or service asks the outbox to send.
 *
 * @param templateName   one of {@link MailTemplate}'s names, e.g. {@code survey-request}
 * @param recipients     e-mail addresses, at least one
 * @param model          values the template shows (see {@link MailTemplate} for the keys each one needs)
 * @param supplierId     the supplier the message is about, or null for internal mail
 * @param supplierLabel  how the Outbox page names that supplier, e.g. "SUP-00042 Nordic Solder AB", or null
 * @param cycleId        the reporting cycle, or null
 * @param processInstanceId the process instance that sends it, or null
 * @param executionId    the execution of the sending step; a delivery that finally fails raises an incident there
 * @param idempotencyKey unique per message the business means to send once, e.g.
 *                       {@link #stepKey(String, String, Object)}
 * @param portalSurveyId the survey whose personal portal link the message carries, or null: the stored
 *                       message shows the link masked and delivery puts in a working one
 *                       ({@link PersonalLinks}); {@code portalUrl} in the model is then set by the outbox
 */
public record MailRequest(String templateName, List<String> recipients, Map<String, Object> model,
                          Long supplierId, String supplierLabel, Long cycleId, String processInstanceId,
                          String executionId, String idempotencyKey, Long portalSurveyId) {

    public MailRequest {
        Objects.requireNonNull(templateName, "templateName");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (recipients == null || recipients.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one recipient");
        }
        recipients = List.copyOf(recipients);
        // Values may be null (an optional key left out), which Map.copyOf refuses.
        model = model == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(model));
    }

    /** A message without a personal portal link (internal mail, or a link given in the model). */
    public MailRequest(String templateName, List<String> recipients, Map<String, Object> model, Long supplierId,
                       String supplierLabel, Long cycleId, String processInstanceId, String executionId,
                       String idempotencyKey) {
        this(templateName, recipients, model, supplierId, supplierLabel, cycleId, processInstanceId, executionId,
                idempotencyKey, null);
    }

    /**
     * The key for a message sent by one process step: stable across retries of that step, different for
     * each pass of a loop or multi-instance (pass the loop counter, or a reminder number).
     */
    public static String stepKey(String processInstanceId, String activityId, Object loopCounter) {
        return processInstanceId + ":" + activityId + ":" + loopCounter;
    }
}
