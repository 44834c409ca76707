package org.mineraldiligence.cycle;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mineraldiligence.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commodity → templates mapping: which RMI templates the suppliers of a commodity are asked for. Each
 * change is an audit trail entry (who, when, before and after), as other master-data changes are.
 */
@Service
public class CommodityMapping {

    static final String AUDIT_SUBJECT = "commodity-templates";
    static final String SET = "COMMODITY_TEMPLATES_SET";
    static final String REMOVED = "COMMODITY_TEMPLATES_REMOVED";
    static final int MAX_COMMODITY_LENGTH = 120;

    private final CommodityTemplatesRepository mappings;
    private final AuditTrail audit;
    private final Clock clock;

    CommodityMapping(CommodityTemplatesRepository mappings, AuditTrail audit, Clock clock) {
        this.mappings = mappings;
        this.audit = audit;
        this.clock = clock;
    }

    /** One row of the mapping page: a commodity, how many suppliers carry it, and its mapping if it has one. */
    public record Row(String commodity, long suppliers, CommodityTemplates mapping) {
    }

    @Transactional(readOnly = true)
    public List<Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Object[] carried : mappings.commoditiesOfSuppliers()) {
            String commodity = ((String) carried[0]).strip();
            String key = TemplatesAsked.commodityKey(commodity);
            Row before = rows.get(key);
            long count = ((Number) carried[1]).longValue() + (before == null ? 0 : before.suppliers());
            rows.put(key, new Row(before == null ? commodity : before.commodity(), count, null));
        }
        for (CommodityTemplates mapping : mappings.findAllByOrderByCommodityKey()) {
            Row carried = rows.get(mapping.getCommodityKey());
            rows.put(mapping.getCommodityKey(), new Row(carried == null ? mapping.getCommodity() : carried.commodity(),
                    carried == null ? 0 : carried.suppliers(), mapping));
        }
        return rows.values().stream().sorted((a, b) -> TemplatesAsked.commodityKey(a.commodity())
                .compareTo(TemplatesAsked.commodityKey(b.commodity()))).toList();
    }

    /** The rule a cycle's scope page and launch apply, with the mapping as it is now. */
    @Transactional(readOnly = true)
    public TemplatesAsked forCycle(ReportingCycle cycle) {
        return new TemplatesAsked(cycle.collects(), mappings.findAll().stream()
                .collect(Collectors.toMap(CommodityTemplates::getCommodityKey, CommodityTemplates::requested)));
    }

    @Transactional
    public void set(String commodity, RequestedTemplates templates, String who) {
        String name = checkedCommodity(commodity);
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("Choose the CMRT, at least one EMRT mineral, or both.");
        }
        var existing = mappings.findByCommodityKey(TemplatesAsked.commodityKey(name));
        String before = existing.map(mapping -> mapping.requested().format()).orElse(null);
        if (existing.isPresent()) {
            existing.get().change(templates, who, clock.instant());
        } else {
            mappings.save(new CommodityTemplates(name, templates, who, clock.instant()));
        }
        audit.record(who, SET, AUDIT_SUBJECT, TemplatesAsked.commodityKey(name),
                before == null ? null : Map.of("commodity", name, "templates", before),
                Map.of("commodity", name, "templates", templates.format()));
    }

    @Transactional
    public void remove(String commodity, String who) {
        String name = checkedCommodity(commodity);
        CommodityTemplates mapping = mappings.findByCommodityKey(TemplatesAsked.commodityKey(name))
                .orElseThrow(() -> new IllegalArgumentException(name + " has no mapping."));
        mappings.delete(mapping);
        audit.record(who, REMOVED, AUDIT_SUBJECT, mapping.getCommodityKey(),
                Map.of("commodity", mapping.getCommodity(), "templates", mapping.requested().format()), null);
    }

    private static String checkedCommodity(String commodity) {
        String name = commodity == null ? "" : commodity.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Name the commodity.");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A commodity is one line of text, without control characters.");
        }
        if (name.length() > MAX_COMMODITY_LENGTH) {
            throw new IllegalArgumentException("A commodity has at most " + MAX_COMMODITY_LENGTH + " characters.");
        }
        return name;
    }
}
