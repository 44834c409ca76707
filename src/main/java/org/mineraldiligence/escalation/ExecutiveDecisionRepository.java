package org.mineraldiligence.escalation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExecutiveDecisionRepository extends JpaRepository<ExecutiveDecision, Long> {

    List<ExecutiveDecision> findBySurveyIdOrderByDecidedAtAsc(Long surveyId);
}
