package org.mineraldiligence.escalation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExecutiveDecisionRepository extends JpaRepository<ExecutiveDecision, Long> {

    List<ExecutiveDecision> findBySurveyIdOrderByDecidedAtAsc(Long surveyId);

    /** Every decision of a cycle with its survey and supplier, in one query: the executives' program view. */
    @Query("SELECT d FROM ExecutiveDecision d JOIN FETCH d.survey s JOIN FETCH s.supplier"
            + " WHERE s.cycle.id = :cycleId ORDER BY d.decidedAt, d.id")
    List<ExecutiveDecision> findByCycleWithSupplier(@Param("cycleId") long cycleId);
}
