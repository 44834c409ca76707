package org.mineraldiligence.smelter;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SmelterAssessmentRepository extends JpaRepository<SmelterAssessmentRow, Long> {

    List<SmelterAssessmentRow> findBySubmissionIdOrderByRowAsc(Long submissionId);

    void deleteBySubmissionId(Long submissionId);
}
