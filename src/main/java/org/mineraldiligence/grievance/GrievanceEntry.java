package org.mineraldiligence.grievance;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One message of a grievance's conversation: the reporter's addition, our reply, or an internal note. */
@Entity
public class GrievanceEntry {

    public enum Kind {
        /** Added by the reporter through the follow-up link; no author. */
        REPORTER,
        /** Our answer, shown to the reporter. */
        REPLY,
        /** Investigators' and executives' notes; never shown to the reporter. */
        NOTE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long grievanceId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String body;
    private String author;
    private Instant createdAt;

    protected GrievanceEntry() {
    }

    GrievanceEntry(Long grievanceId, Kind kind, String body, String author, Instant createdAt) {
        this.grievanceId = grievanceId;
        this.kind = kind;
        this.body = body;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isVisibleToReporter() {
        return kind != Kind.NOTE;
    }
}
