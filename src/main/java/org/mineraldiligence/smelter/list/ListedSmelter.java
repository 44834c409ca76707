package org.mineraldiligence.smelter.list;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.Mineral;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.smelter.SmelterStatus;

/** A smelter as one stored list published it. */
@Entity
@Table(name = "reference_smelter")
public class ListedSmelter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "list_id")
    private ImportedList list;
    private String smelterId;
    @Enumerated(EnumType.STRING)
    private Metal metal;
    @Enumerated(EnumType.STRING)
    @Column(name = "mineral")
    private ExtendedMineral extendedMineral;
    private String standardName;
    private String country;
    private String statusText;
    @Enumerated(EnumType.STRING)
    private CanonicalStatus canonicalStatus;
    private LocalDate lastAuditDate;
    private String auditCycle;
    private Boolean coveredCountries;
    @ElementCollection
    @CollectionTable(name = "reference_smelter_alias", joinColumns = @JoinColumn(name = "reference_smelter_id"))
    @Column(name = "alias")
    private List<String> aliases = new ArrayList<>();

    protected ListedSmelter() {
    }

    ListedSmelter(ImportedList list, ReferenceSmelter smelter) {
        this.list = list;
        this.smelterId = smelter.smelterId();
        this.metal = smelter.metal();
        this.extendedMineral = smelter.extendedMineral();
        this.standardName = smelter.standardName();
        this.country = smelter.country();
        this.statusText = smelter.status().publishedText();
        this.canonicalStatus = smelter.status().canonical();
        this.lastAuditDate = smelter.lastAuditDate();
        this.auditCycle = smelter.auditCycle();
        this.coveredCountries = smelter.sourcesFromCoveredCountries();
        this.aliases = new ArrayList<>(smelter.aliases());
    }

    ReferenceSmelter toReferenceSmelter() {
        return new ReferenceSmelter(smelterId, metal, standardName, country, aliases,
                new SmelterStatus(statusText, canonicalStatus, list.getAsOf()), lastAuditDate, auditCycle,
                coveredCountries, extendedMineral);
    }

    /** Adds a name a compliance officer confirmed in review, unless the smelter already has it. */
    void addAlias(String alias) {
        ReferenceSmelter withAlias = toReferenceSmelter().withAlias(alias);
        if (withAlias.aliases().size() > aliases.size()) {
            aliases.add(withAlias.aliases().get(withAlias.aliases().size() - 1));
        }
    }

    public ImportedList getList() {
        return list;
    }

    public String getSmelterId() {
        return smelterId;
    }

    /** Null for an EMRT refiner. */
    public Metal getMetal() {
        return metal;
    }

    /** The 3TG metal or the extended mineral. */
    public Mineral getMineral() {
        return metal != null ? metal : extendedMineral;
    }

    public String getStandardName() {
        return standardName;
    }

    public String getCountry() {
        return country;
    }

    public String getStatusText() {
        return statusText;
    }

    public CanonicalStatus getCanonicalStatus() {
        return canonicalStatus;
    }

    public LocalDate getLastAuditDate() {
        return lastAuditDate;
    }

    public String getAuditCycle() {
        return auditCycle;
    }

    public Boolean getCoveredCountries() {
        return coveredCountries;
    }

    public List<String> getAliases() {
        return aliases;
    }
}
