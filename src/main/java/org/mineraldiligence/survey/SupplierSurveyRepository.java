package org.mineraldiligence.survey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupplierSurveyRepository extends JpaRepository<SupplierSurvey, Long> {

    Optional<SupplierSurvey> findByBusinessKey(String businessKey);

    List<SupplierSurvey> findByCycleIdAndSupplierIdIn(Long cycleId, Collection<Long> supplierIds);

    @EntityGraph(attributePaths = {"supplier", "cycle"})
    List<SupplierSurvey> findByCycleIdOrderByIdAsc(Long cycleId);

    @EntityGraph(attributePaths = {"supplier", "cycle"})
    Optional<SupplierSurvey> findWithSupplierById(Long id);
}
