package org.mineraldiligence.survey;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CmrtSubmissionRepository extends JpaRepository<CmrtSubmission, Long> {

    List<CmrtSubmission> findBySurveyIdOrderByReceivedAtDescIdDesc(Long surveyId);

    List<CmrtSubmission> findBySurveyIdAndHandedToSurveyFalseOrderByReceivedAtDescIdDesc(Long surveyId);
}
