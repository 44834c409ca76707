package org.mineraldiligence.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.mineraldiligence.survey.SurveyOutcome;
import org.springframework.stereotype.Repository;

/**
 * The cycle's figures as a handful of grouped SQL queries, whatever the number of suppliers: the dashboard,
 * the report and the downloads read only through here. Native queries through JPA so that Hibernate's
 * statistics see them (the query-count test relies on that). Every query runs on H2 and PostgreSQL alike.
 */
@Repository
class CycleQueries {

    /** A survey that still counts: not taken out of scope. */
    private static final String IN_SCOPE = "(sv.outcome IS NULL OR sv.outcome <> 'OUT_OF_SCOPE')";
    private static final String VALID_VERDICT = "('VALID', 'VALID_WITH_WARNINGS')";
    /**
     * The survey's latest CMRT, checked or not. An EMRT is another template with its own figures
     * ({@link #templateStates}), so it never stands in for the CMRT here; every workbook before the EMRT was a CMRT.
     */
    private static final String LATEST = "latest.id = (SELECT MAX(s2.id) FROM cmrt_submission s2 WHERE s2.survey_id = sv.id"
            + " AND s2.template_type = 'CMRT')";
    /** The latest valid workbook of one template of each in-scope survey of the cycle. */
    private static String latestValidIds(String templateType) {
        return "SELECT MAX(s.id) FROM cmrt_submission s JOIN supplier_survey sv ON sv.id = s.survey_id"
                + " WHERE sv.cycle_id = :cycle AND s.verdict IN " + VALID_VERDICT + " AND " + IN_SCOPE
                + " AND s.template_type = '" + templateType + "' GROUP BY s.survey_id";
    }

    /** The latest valid CMRT of each in-scope survey of the cycle: what the cycle's 3TG smelters come from. */
    static final String LATEST_VALID_IDS = latestValidIds("CMRT");
    /** The latest valid EMRT of each in-scope survey of the cycle: what its extended-mineral refiners come from. */
    static final String LATEST_VALID_EMRT_IDS = latestValidIds("EMRT");

    private final EntityManager em;

    CycleQueries(EntityManager em) {
        this.em = em;
    }

    SurveyFigures surveyFigures(long cycleId) {
        // The checker's JSON is written by Jackson without spaces, so the scope is an exact substring; a JSON
        // function would differ between H2 and PostgreSQL.
        Object[] r = (Object[]) em.createNativeQuery("SELECT COUNT(*),"
                + " SUM(CASE WHEN " + IN_SCOPE + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + IN_SCOPE + " THEN COALESCE(sp.annual_spend, 0) ELSE 0 END),"
                + " SUM(CASE WHEN " + IN_SCOPE + " AND latest.id IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + IN_SCOPE + " AND latest.id IS NOT NULL THEN COALESCE(sp.annual_spend, 0) ELSE 0 END),"
                + " SUM(CASE WHEN " + IN_SCOPE + " AND latest.verdict IN " + VALID_VERDICT + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + IN_SCOPE + " AND latest.verdict NOT IN " + VALID_VERDICT + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + IN_SCOPE + " AND latest.verdict IS NULL THEN 1 ELSE 0 END),"
                + scopeCount("A") + "," + scopeCount("B") + "," + scopeCount("C") + ","
                + " SUM(CASE WHEN " + IN_SCOPE + " AND sv.program_strength = 'STRONG' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + IN_SCOPE + " AND sv.program_strength = 'WEAK' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + IN_SCOPE + " AND sv.training_completed_at IS NOT NULL THEN 1 ELSE 0 END),"
                + " (SELECT COALESCE(SUM(d.annual_spend), 0) FROM supplier d WHERE d.direct = TRUE)"
                + " FROM supplier_survey sv JOIN supplier sp ON sp.id = sv.supplier_id"
                + " LEFT JOIN cmrt_submission latest ON " + LATEST
                + " WHERE sv.cycle_id = :cycle")
                .setParameter("cycle", cycleId).getSingleResult();
        return new SurveyFigures(n(r[0]), n(r[1]), money(r[2]), money(r[14]), n(r[3]), money(r[4]), n(r[5]),
                n(r[6]), n(r[7]), n(r[8]), n(r[9]), n(r[10]), n(r[11]), n(r[12]), n(r[13]));
    }

    private static String scopeCount(String scope) {
        return " SUM(CASE WHEN " + IN_SCOPE + " AND latest.verdict IN " + VALID_VERDICT
                + " AND latest.check_json LIKE '%\"declarationScope\":\"" + scope + "\"%' THEN 1 ELSE 0 END)";
    }

    /** Surveys per outcome; those still running are counted under null. */
    Map<SurveyOutcome, Long> outcomes(long cycleId) {
        Map<SurveyOutcome, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT sv.outcome, COUNT(*) FROM supplier_survey sv"
                + " WHERE sv.cycle_id = :cycle GROUP BY sv.outcome").setParameter("cycle", cycleId))) {
            counts.put(row[0] == null ? null : SurveyOutcome.valueOf((String) row[0]), n(row[1]));
        }
        return counts;
    }

    /** Executive decisions of the cycle by kind (CONTINUE, SUSPEND, DISENGAGE). */
    Map<String, Long> decisions(long cycleId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT d.decision, COUNT(*) FROM executive_decision d"
                + " JOIN supplier_survey sv ON sv.id = d.survey_id WHERE sv.cycle_id = :cycle GROUP BY d.decision")
                .setParameter("cycle", cycleId))) {
            counts.put((String) row[0], n(row[1]));
        }
        return counts;
    }

    /** Distinct smelter ids matched on the cycle's latest valid workbooks. */
    List<String> identifiedSmelterIds(long cycleId) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT DISTINCT a.smelter_id FROM smelter_assessment a"
                + " WHERE a.decision = 'MATCHED' AND a.smelter_id IS NOT NULL AND a.submission_id IN ("
                + LATEST_VALID_IDS + ")").setParameter("cycle", cycleId).getResultList();
        return ids;
    }

    /**
     * Smelters rated HIGH risk on the cycle's latest valid workbooks, by smelter id, with the rating's reason
     * (the same for every row of one smelter unless the lists or flags changed between two workbooks: any one).
     */
    Map<String, String> highRiskSmelters(long cycleId) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT a.smelter_id, MAX(a.risk_reason) FROM smelter_assessment a"
                + " WHERE a.decision = 'MATCHED' AND a.risk_level = 'HIGH' AND a.smelter_id IS NOT NULL"
                + " AND a.submission_id IN (" + LATEST_VALID_IDS + ") GROUP BY a.smelter_id ORDER BY a.smelter_id")
                .setParameter("cycle", cycleId))) {
            reasons.put((String) row[0], (String) row[1]);
        }
        return reasons;
    }

    /** Declared rows of the cycle's latest valid workbooks per match decision and metal as declared. */
    Map<String, Map<String, Long>> declaredRowsByDecision(long cycleId) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT a.decision, UPPER(a.metal), COUNT(*) FROM smelter_assessment a"
                + " WHERE a.submission_id IN (" + LATEST_VALID_IDS + ") GROUP BY a.decision, UPPER(a.metal)")
                .setParameter("cycle", cycleId))) {
            counts.computeIfAbsent((String) row[0], d -> new HashMap<>())
                    .put(row[1] == null ? "" : (String) row[1], n(row[2]));
        }
        return counts;
    }

    /**
     * In-scope surveys per template, its minerals and its state: one row per group. A survey launched before
     * surveys recorded their templates asked for the CMRT only; its state is read from its latest CMRT as before.
     */
    List<Object[]> templateStates(long cycleId) {
        return rows(em.createNativeQuery("SELECT x.template_type, x.minerals, x.state, COUNT(*) FROM ("
                + "SELECT t.template_type, t.minerals, t.state FROM survey_template t"
                + " JOIN supplier_survey sv ON sv.id = t.survey_id WHERE sv.cycle_id = :cycle AND " + IN_SCOPE
                + " UNION ALL SELECT 'CMRT', NULL, CASE WHEN latest.id IS NULL THEN 'AWAITING'"
                + " WHEN latest.verdict IN " + VALID_VERDICT + " THEN 'VALID' ELSE 'INVALID' END"
                + " FROM supplier_survey sv LEFT JOIN cmrt_submission latest ON " + LATEST
                + " WHERE sv.cycle_id = :cycle AND " + IN_SCOPE
                + " AND NOT EXISTS (SELECT 1 FROM survey_template t2 WHERE t2.survey_id = sv.id)"
                + ") x GROUP BY x.template_type, x.minerals, x.state").setParameter("cycle", cycleId));
    }

    /**
     * The known refiners of the cycle's latest valid EMRTs, once per mineral (as the metal column holds it) and
     * smelter id: name, declared country and status of any one of its rows (they differ only when the reference
     * data changed between two assessments), and whether any row rated it HIGH risk.
     */
    List<Object[]> emrtRefiners(long cycleId) {
        return rows(em.createNativeQuery("SELECT UPPER(a.metal), a.smelter_id, MAX(a.standard_name), MAX(a.declared_country),"
                + " MAX(a.status), SUM(CASE WHEN a.risk_level = 'HIGH' THEN 1 ELSE 0 END) FROM smelter_assessment a"
                + " WHERE a.decision = 'MATCHED' AND a.smelter_id IS NOT NULL AND a.submission_id IN ("
                + LATEST_VALID_EMRT_IDS + ") GROUP BY UPPER(a.metal), a.smelter_id ORDER BY UPPER(a.metal), a.smelter_id")
                .setParameter("cycle", cycleId));
    }

    /** Declared rows of the cycle's latest valid EMRTs per match decision and mineral (upper case). */
    List<Object[]> emrtRowsByDecision(long cycleId) {
        return rows(em.createNativeQuery("SELECT a.decision, UPPER(a.metal), COUNT(*) FROM smelter_assessment a"
                + " WHERE a.submission_id IN (" + LATEST_VALID_EMRT_IDS + ") GROUP BY a.decision, UPPER(a.metal)")
                .setParameter("cycle", cycleId));
    }

    long failedMails(long cycleId) {
        return n(em.createNativeQuery("SELECT COUNT(*) FROM outbound_message m WHERE m.cycle_id = :cycle"
                + " AND m.status = 'FAILED'").setParameter("cycle", cycleId).getSingleResult());
    }

    /** Each latest valid workbook's declaration, read from the checker's JSON, by supplier name. */
    List<SupplierDeclaration> latestValidDeclarations(long cycleId) {
        return rows(em.createNativeQuery("SELECT sp.name, s.check_json FROM cmrt_submission s"
                + " JOIN supplier_survey sv ON sv.id = s.survey_id JOIN supplier sp ON sp.id = sv.supplier_id"
                + " WHERE s.id IN (" + LATEST_VALID_IDS + ") ORDER BY sp.name, s.id").setParameter("cycle", cycleId))
                .stream().map(r -> SupplierDeclaration.fromCheckJson((String) r[0], (String) r[1])).toList();
    }

    /** One page of the supplier table, ordered by supplier name; {@code limit} 0 means every row. */
    List<SupplierStatus> suppliers(long cycleId, SupplierFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery("SELECT sv.id, sv.business_key, sp.code, sp.name, sp.country,"
                + " sp.annual_spend, sp.currency, sv.outcome, sv.program_strength, sv.training_completed_at,"
                + " sv.process_instance_id, latest.verdict, latest.received_at" + from(cycleId, filter, params)
                + " ORDER BY sp.name, sv.id");
        params.forEach(query::setParameter);
        if (limit > 0) {
            query.setFirstResult(offset).setMaxResults(limit);
        }
        List<SupplierStatus> page = new ArrayList<>();
        for (Object[] r : rows(query)) {
            page.add(new SupplierStatus(n(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    r[5] == null ? null : money(r[5]), (String) r[6],
                    r[7] == null ? null : SurveyOutcome.valueOf((String) r[7]), (String) r[8], instant(r[9]),
                    (String) r[10], (String) r[11], instant(r[12])));
        }
        return page;
    }

    /** Commodity manager, contact and e-mails of each surveyed supplier, by supplier code: two queries for any size. */
    Map<String, SupplierFollowUp> followUps(long cycleId) {
        Map<String, SupplierFollowUp> bySupplier = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT sp.code, sp.commodity_manager, c.name, c.email"
                + " FROM supplier_survey sv JOIN supplier sp ON sp.id = sv.supplier_id"
                + " LEFT JOIN supplier_contact c ON c.supplier_id = sp.id WHERE sv.cycle_id = :cycle"
                + " ORDER BY sp.code, c.is_primary DESC, c.id").setParameter("cycle", cycleId))) {
            String contact = r[3] == null ? null : (r[2] == null ? "" : r[2] + " ") + "<" + r[3] + ">";
            bySupplier.putIfAbsent((String) r[0], new SupplierFollowUp((String) r[1], contact, 0, null, null));
        }
        for (Object[] r : rows(em.createNativeQuery("SELECT sp.code, m.template_name, m.created_at,"
                + " (SELECT COUNT(*) FROM outbound_message r WHERE r.cycle_id = m.cycle_id AND r.supplier_id = m.supplier_id"
                + " AND r.template_name = 'reminder') FROM outbound_message m JOIN supplier sp ON sp.id = m.supplier_id"
                + " WHERE m.cycle_id = :cycle"
                + " AND m.id = (SELECT MAX(m2.id) FROM outbound_message m2 WHERE m2.cycle_id = m.cycle_id"
                + " AND m2.supplier_id = m.supplier_id)").setParameter("cycle", cycleId))) {
            SupplierFollowUp known = bySupplier.getOrDefault((String) r[0], SupplierFollowUp.NONE);
            bySupplier.put((String) r[0], new SupplierFollowUp(known.commodityManager(), known.contact(), n(r[3]),
                    (String) r[1], instant(r[2])));
        }
        return bySupplier;
    }

    long countSuppliers(long cycleId, SupplierFilter filter) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery("SELECT COUNT(*)" + from(cycleId, filter, params));
        params.forEach(query::setParameter);
        return n(query.getSingleResult());
    }

    private static String from(long cycleId, SupplierFilter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" FROM supplier_survey sv JOIN supplier sp ON sp.id = sv.supplier_id"
                + " LEFT JOIN cmrt_submission latest ON " + LATEST + " WHERE sv.cycle_id = :cycle");
        params.put("cycle", cycleId);
        if (SupplierFilter.IN_PROGRESS.equals(filter.outcome())) {
            sql.append(" AND sv.outcome IS NULL");
        } else if (filter.outcome() != null) {
            sql.append(" AND sv.outcome = :outcome");
            params.put("outcome", filter.outcome());
        }
        if (filter.state() != null) {
            // as in the figures: a supplier taken out of scope is not awaited
            sql.append(" AND " + IN_SCOPE);
        }
        if (filter.state() == ResponseState.VALID) {
            sql.append(" AND latest.verdict IN " + VALID_VERDICT);
        } else if (filter.state() == ResponseState.INVALID) {
            sql.append(" AND latest.verdict NOT IN " + VALID_VERDICT);
        } else if (filter.state() == ResponseState.AWAITING) {
            sql.append(" AND latest.verdict IS NULL");
        }
        if (filter.program() != null) {
            sql.append(" AND sv.program_strength = :program");
            params.put("program", filter.program());
        }
        if (filter.metal() != null) {
            // suppliers whose latest workbook declares a smelter of that metal
            sql.append(" AND EXISTS (SELECT 1 FROM smelter_assessment a WHERE a.submission_id = latest.id"
                    + " AND UPPER(a.metal) = :metal)");
            params.put("metal", filter.metal().label().toUpperCase(Locale.ROOT));
        }
        return sql.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toInstant() : value instanceof Instant i ? i
                : value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : ((java.time.LocalDateTime) value).atZone(java.time.ZoneId.systemDefault()).toInstant();
    }
}
