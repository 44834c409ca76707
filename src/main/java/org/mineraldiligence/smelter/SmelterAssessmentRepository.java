package org.mineraldiligence.smelter;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SmelterAssessmentRepository extends JpaRepository<SmelterAssessmentRow, Long> {

    List<SmelterAssessmentRow> findBySubmissionIdOrderByRowAsc(Long submissionId);

    void deleteBySubmissionId(Long submissionId);

    /** Every declared row matched to the smelter, in any survey: whom a new flag concerns. */
    List<SmelterAssessmentRow> findBySmelterIdAndDecision(String smelterId, String decision);

    boolean existsBySubmissionId(Long submissionId);
}
