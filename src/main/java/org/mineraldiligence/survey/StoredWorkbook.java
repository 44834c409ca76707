package org.mineraldiligence.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The bytes of an uploaded workbook, exactly as received; kept for the auditors. */
@Entity
public class StoredWorkbook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String sha256;
    private byte[] content;

    protected StoredWorkbook() {
    }

    public StoredWorkbook(String sha256, byte[] content) {
        this.sha256 = sha256;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }
}
