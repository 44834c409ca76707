package org.mineraldiligence.survey;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {

    List<CorrectiveAction> findBySurveyIdOrderByIdAsc(Long surveyId);
}
