package org.mineraldiligence.cycle;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The templates asked of every supplier of one commodity, as the process owner last set them. */
@Entity
public class CommodityTemplates {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String commodityKey;
    private String commodity;
    private String requested;
    private String changedBy;
    private Instant changedAt;

    protected CommodityTemplates() {
    }

    CommodityTemplates(String commodity, RequestedTemplates requested, String who, Instant when) {
        this.commodityKey = TemplatesAsked.commodityKey(commodity);
        this.commodity = commodity;
        change(requested, who, when);
    }

    void change(RequestedTemplates templates, String who, Instant when) {
        this.requested = templates.format();
        this.changedBy = who;
        this.changedAt = when;
    }

    public String getCommodityKey() {
        return commodityKey;
    }

    public String getCommodity() {
        return commodity;
    }

    public RequestedTemplates requested() {
        return RequestedTemplates.parse(requested);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
