package org.mineraldiligence.smelter.review;

import java.util.List;
import java.util.Optional;

import org.mineraldiligence.smelter.SmelterAssessmentRow;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Review rows with their survey. The survey entities are named in the queries only, so that the smelter
 * feature does not depend on the survey feature's classes (the survey depends on the smelter feature).
 */
interface ReviewRowRepository extends Repository<SmelterAssessmentRow, Long> {

    /**
     * Rows in review from each survey's latest assessed submission: an older submission's rows were superseded
     * by the newer workbook, which is the one the supplier stands by.
     */
    @Query("""
            select new org.mineraldiligence.smelter.review.ReviewRow(r, sv.id, sv.businessKey, sup.name, c.id,
                   s.originalName, s.receivedAt)
            from SmelterAssessmentRow r, CmrtSubmission s join s.survey sv join sv.supplier sup join sv.cycle c
            where s.id = r.submissionId and r.decision = 'REVIEW'
              and r.submissionId = (select max(r2.submissionId) from SmelterAssessmentRow r2, CmrtSubmission s2
                                    where s2.id = r2.submissionId and s2.survey = sv)
            order by s.receivedAt, r.submissionId, r.row""")
    List<ReviewRow> findOpen();

    @Query("""
            select new org.mineraldiligence.smelter.review.ReviewRow(r, sv.id, sv.businessKey, sup.name, c.id,
                   s.originalName, s.receivedAt)
            from SmelterAssessmentRow r, CmrtSubmission s join s.survey sv join sv.supplier sup join sv.cycle c
            where s.id = r.submissionId and r.id = :rowId""")
    Optional<ReviewRow> findByRowId(long rowId);
}
