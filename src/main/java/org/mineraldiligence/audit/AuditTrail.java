package org.mineraldiligence.audit;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of decisions and changes to reference data. Call it in the transaction that makes the
 * change, so the entry exists exactly when the change does. The time is the engine's clock, which tests
 * move and production leaves alone.
 */
@Service
public class AuditTrail {

    /** The actor of changes no person made: scheduled jobs, process steps without a user. */
    public static final String SYSTEM = "system";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, Clock clock) {
        this.clock = clock;
        this.entries = entries;
    }

    /**
     * Records one decision or change.
     *
     * @param actor       the user id of who did it, or null for the system
     * @param action      what was done, in capitals, e.g. {@code EXECUTIVE_DECISION}, {@code SMELTER_FLAGGED}
     * @param subjectType what kind of record, e.g. {@code supplier-survey}, {@code grievance}, {@code smelter}
     * @param subjectId   which one
     * @param before      the record before the change (null for a new one): a String is kept as it is,
     *                    anything else (a record, a map) as JSON
     * @param after       the record after the change (null for a deletion), likewise
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String actor, String action, String subjectType, Object subjectId, Object before,
                             Object after) {
        return entries.save(new AuditEntry(actor == null ? SYSTEM : actor, action, subjectType,
                String.valueOf(subjectId), text(before), text(after), clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String subjectType, Object subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByRecordedAtAscIdAsc(subjectType, String.valueOf(subjectId));
    }

    private static String text(Object value) {
        if (value == null || value instanceof CharSequence) {
            return value == null ? null : value.toString();
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
