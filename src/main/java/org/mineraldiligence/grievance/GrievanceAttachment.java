package org.mineraldiligence.grievance;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A file an investigator added as evidence. */
@Entity
public class GrievanceAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long grievanceId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected GrievanceAttachment() {
    }

    GrievanceAttachment(Long grievanceId, String fileName, String contentType, byte[] content, String uploadedBy,
                        Instant uploadedAt) {
        this.grievanceId = grievanceId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getGrievanceId() {
        return grievanceId;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
