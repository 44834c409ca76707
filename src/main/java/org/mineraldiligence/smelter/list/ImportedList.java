package org.mineraldiligence.smelter.list;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stored import of a smelter reference list: where it came from, the date it speaks for, who brought it. */
@Entity
@Table(name = "reference_list")
public class ImportedList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String source;
    private LocalDate asOf;
    private String importedBy;
    private Instant importedAt;
    private int smelterCount;
    /** The EMRT revision whose Smelter Look-up this is; null for a 3TG list. */
    private String emrtRevision;

    protected ImportedList() {
    }

    ImportedList(String source, LocalDate asOf, String importedBy, Instant importedAt, int smelterCount,
                 String emrtRevision) {
        this.emrtRevision = emrtRevision;
        this.source = source;
        this.asOf = asOf;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.smelterCount = smelterCount;
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public int getSmelterCount() {
        return smelterCount;
    }

    public String getEmrtRevision() {
        return emrtRevision;
    }

    /** An EMRT look-up's refiners: never a cycle's 3TG list. */
    public boolean isEmrt() {
        return emrtRevision != null;
    }

    public String label() {
        return source + " (as of " + asOf + ")";
    }
}
