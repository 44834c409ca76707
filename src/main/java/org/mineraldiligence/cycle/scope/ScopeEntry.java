package org.mineraldiligence.cycle.scope;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.mineraldiligence.cycle.RequestedTemplates;
import org.mineraldiligence.supplier.Supplier;

/** One supplier's place in a cycle's scope: why it came in, and the last person who changed it and why. */
@Entity
@Table(name = "cycle_scope")
public class ScopeEntry {

    /** Why a supplier entered the scope. */
    public enum Basis {
        SPEND_COVERAGE("spend rank"),
        COVERED_COUNTRY("Covered Country"),
        UNFREE_COUNTRY("unfree country"),
        MANUAL("added by hand"),
        /** Computed as out of scope; the reason says why not. */
        LEFT_OUT("not selected");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long cycleId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;
    private BigDecimal spend;
    private BigDecimal originalSpend;
    private String originalCurrency;
    @Enumerated(EnumType.STRING)
    private Basis basis;
    private boolean included;
    private String reason;
    private String decidedBy;
    private Instant decidedAt;
    /** The process owner's own choice of templates for this supplier ({@link RequestedTemplates} text), or null. */
    private String requestedTemplates;
    private String templatesChosenBy;
    private Instant templatesChosenAt;

    protected ScopeEntry() {
    }

    /** Added by hand; spend is the supplier's direct spend in the reporting currency, null when indirect or unknown. */
    ScopeEntry(long cycleId, Supplier supplier, BigDecimal spend, String reason, String decidedBy, Instant decidedAt) {
        this.spend = spend;
        this.originalSpend = supplier.isDirect() ? supplier.getAnnualSpend() : null;
        this.originalCurrency = supplier.getCurrency();
        this.cycleId = cycleId;
        this.supplier = supplier;
        this.basis = Basis.MANUAL;
        this.included = true;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    void change(boolean nowIncluded, String why, String who, Instant when) {
        if (nowIncluded && basis == Basis.LEFT_OUT) {
            basis = Basis.MANUAL;
        }
        this.included = nowIncluded;
        this.reason = why;
        this.decidedBy = who;
        this.decidedAt = when;
    }

    /** The process owner asks this supplier for these templates, whatever its commodity; null to follow it again. */
    void chooseTemplates(RequestedTemplates chosen, String who, Instant when) {
        this.requestedTemplates = chosen == null ? null : chosen.format();
        this.templatesChosenBy = chosen == null ? null : who;
        this.templatesChosenAt = chosen == null ? null : when;
    }

    /** The templates chosen on the scope page, null when the commodity mapping decides. */
    public RequestedTemplates chosenTemplates() {
        return requestedTemplates == null ? null : RequestedTemplates.parse(requestedTemplates);
    }

    public String getTemplatesChosenBy() {
        return templatesChosenBy;
    }

    public Instant getTemplatesChosenAt() {
        return templatesChosenAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    /** Direct spend in the cycle's reporting currency when scoped; the coverage counts only this. */
    public BigDecimal getSpend() {
        return spend;
    }

    /** Direct spend as the master data gave it, in {@link #getOriginalCurrency()}. */
    public BigDecimal getOriginalSpend() {
        return originalSpend;
    }

    public String getOriginalCurrency() {
        return originalCurrency;
    }

    /** A process owner put it in or took it out (the automatic scoping leaves no name). */
    public boolean isDecidedByHand() {
        return decidedBy != null;
    }

    public Basis getBasis() {
        return basis;
    }

    public boolean isIncluded() {
        return included;
    }

    public String getReason() {
        return reason;
    }

    /** Null for the automatic scoping. */
    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
