package org.mineraldiligence.grievance;

import java.time.Clock;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.mineraldiligence.audit.AuditTrail;
import org.mineraldiligence.web.SecretTokens;
import org.mineraldiligence.web.PublicBaseUrl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intake and follow-up of grievances, and what colleagues add to them outside the process steps. */
@Service
public class Grievances {

    public static final String PROCESS_KEY = "grievance";
    public static final String AUDIT_SUBJECT = "grievance";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Crockford's base-32 letters: no I, L, O or U to misread when a reporter types the code. */
    private static final String REFERENCE_LETTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** What the reporter takes away: the code to quote and the secret link, shown once and never stored. */
    public record Receipt(String reference, String followUpToken) {
    }

    private final GrievanceRepository grievances;
    private final GrievanceEntryRepository entries;
    private final GrievanceAttachmentRepository attachments;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final PublicBaseUrl baseUrl;
    private final Clock clock;

    Grievances(GrievanceRepository grievances, GrievanceEntryRepository entries,
               GrievanceAttachmentRepository attachments, RuntimeService runtime, AuditTrail audit,
               PublicBaseUrl baseUrl, Clock clock) {
        this.clock = clock;
        this.grievances = grievances;
        this.entries = entries;
        this.attachments = attachments;
        this.runtime = runtime;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    /** Saves the report and starts its process; the process instance's business key is the reference. */
    @Transactional
    public Receipt submit(GrievanceReport report) {
        if (!report.problems().isEmpty()) {
            throw new IllegalArgumentException("incomplete grievance: " + report.problems().keySet());
        }
        String token = SecretTokens.newToken();
        Grievance grievance = grievances.save(new Grievance(newReference(), SecretTokens.hash(token), report, today()));
        String processInstanceId = runtime.startProcessInstanceByKey(PROCESS_KEY, grievance.getReference(),
                Variables.createVariables()
                        .putValue("grievanceId", grievance.getId())
                        .putValue("reference", grievance.getReference())
                        .putValue("category", grievance.getCategory().label())
                        .putValue("grievanceUrl", baseUrl.get() + "/grievances/" + grievance.getId()))
                .getId();
        // Not logged: every log line carries the exact time, and a grievance keeps only its day of arrival.
        grievance.setProcessInstanceId(processInstanceId);
        return new Receipt(grievance.getReference(), token);
    }

    /** The grievance a follow-up token opens; a token opens exactly one grievance, its own. */
    @Transactional(readOnly = true)
    public Optional<Grievance> byFollowUpToken(String token) {
        if (!SecretTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return grievances.findByFollowUpHash(SecretTokens.hash(token));
    }

    /** More information from the reporter, while the grievance is open. Dated by day, like the report. */
    @Transactional
    public void addFromReporter(Grievance grievance, String text) {
        requireOpen(grievance);
        entries.save(new GrievanceEntry(grievance.getId(), GrievanceEntry.Kind.REPORTER, text, null,
                today().atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    @Transactional
    public void addNote(Grievance grievance, String author, String text) {
        entries.save(new GrievanceEntry(grievance.getId(), GrievanceEntry.Kind.NOTE, text, author, now()));
    }

    @Transactional
    public GrievanceAttachment attach(Grievance grievance, String fileName, String contentType, byte[] content,
                                      String uploadedBy) {
        GrievanceAttachment attachment = attachments.save(
                new GrievanceAttachment(grievance.getId(), fileName, contentType, content, uploadedBy, now()));
        audit.record(uploadedBy, "GRIEVANCE_ATTACHMENT_ADDED", AUDIT_SUBJECT, grievance.getId(), null,
                Map.of("attachmentId", attachment.getId(), "sizeBytes", attachment.getSizeBytes()));
        return attachment;
    }

    private static void requireOpen(Grievance grievance) {
        if (!grievance.isOpen()) {
            throw new IllegalStateException("grievance " + grievance.getReference() + " is closed");
        }
    }

    private String newReference() {
        while (true) {
            StringBuilder reference = new StringBuilder("G-");
            for (int i = 0; i < 9; i++) {
                reference.append(i == 4 ? '-' : REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
            }
            if (!grievances.existsByReference(reference.toString())) {
                return reference.toString();
            }
        }
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }
}
