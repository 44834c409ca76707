package org.mineraldiligence.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One decision or change: who did what to which record, when, and the record before and after. */
@Entity
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String actor;
    private String action;
    private String subjectType;
    private String subjectId;
    @Column(name = "before_value")
    private String before;
    @Column(name = "after_value")
    private String after;
    private Instant recordedAt;

    protected AuditEntry() {
    }

    AuditEntry(String actor, String action, String subjectType, String subjectId, String before, String after,
               Instant recordedAt) {
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.before = before;
        this.after = after;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
