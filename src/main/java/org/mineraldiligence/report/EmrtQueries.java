package org.mineraldiligence.report;

import java.util.List;

import org.mineraldiligence.survey.SurveyTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The cycle's EMRTs for the consolidated EMRT: the latest valid one of each in-scope survey, with its bytes, and how
 * many surveys asked for one (a {@link SurveyTemplate} row of type EMRT) or sent one anyway. Runs on H2 and
 * PostgreSQL alike.
 */
@Repository
class EmrtQueries {

    /** A workbook a supplier sent, as stored. */
    record StoredEmrt(String supplierName, byte[] content) {
    }

    private static final String IN_SCOPE = "(sv.outcome IS NULL OR sv.outcome <> 'OUT_OF_SCOPE')";
    private static final String LATEST_VALID_EMRT_IDS = "SELECT MAX(s.id) FROM cmrt_submission s"
            + " JOIN supplier_survey sv ON sv.id = s.survey_id WHERE sv.cycle_id = ? AND s.template_type = '"
            + SurveyTemplate.EMRT + "' AND s.verdict IN ('VALID', 'VALID_WITH_WARNINGS') AND " + IN_SCOPE
            + " GROUP BY s.survey_id";
    private static final String SENT_EMRT = "EXISTS (SELECT 1 FROM cmrt_submission e WHERE e.survey_id = sv.id"
            + " AND e.template_type = '" + SurveyTemplate.EMRT + "')";

    private final JdbcTemplate jdbc;

    EmrtQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long validEmrts(long cycleId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM (" + LATEST_VALID_EMRT_IDS + ") latest", Long.class, cycleId);
    }

    List<StoredEmrt> latestValidEmrts(long cycleId) {
        return jdbc.query("SELECT sp.name, w.content FROM cmrt_submission s JOIN stored_workbook w ON w.id = s.workbook_id"
                + " JOIN supplier_survey sv ON sv.id = s.survey_id JOIN supplier sp ON sp.id = sv.supplier_id"
                + " WHERE s.id IN (" + LATEST_VALID_EMRT_IDS + ") ORDER BY sp.name, s.id",
                (rs, n) -> new StoredEmrt(rs.getString(1), rs.getBytes(2)), cycleId);
    }

    /** In-scope surveys that ask for an EMRT or sent one. */
    long asked(long cycleId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM supplier_survey sv WHERE sv.cycle_id = ? AND " + IN_SCOPE
                + " AND (EXISTS (SELECT 1 FROM survey_template t WHERE t.survey_id = sv.id AND t.template_type = '"
                + SurveyTemplate.EMRT + "') OR " + SENT_EMRT + ")", Long.class, cycleId);
    }

    /** In-scope surveys that sent an EMRT, valid or not. */
    long responded(long cycleId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM supplier_survey sv WHERE sv.cycle_id = ? AND " + IN_SCOPE
                + " AND " + SENT_EMRT, Long.class, cycleId);
    }
}
