package org.mineraldiligence.survey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SupplierSurveyRepository extends JpaRepository<SupplierSurvey, Long> {

    Optional<SupplierSurvey> findByBusinessKey(String businessKey);

    List<SupplierSurvey> findByCycleIdAndSupplierIdIn(Long cycleId, Collection<Long> supplierIds);

    @EntityGraph(attributePaths = {"supplier", "cycle"})
    List<SupplierSurvey> findByCycleIdOrderByIdAsc(Long cycleId);

    @EntityGraph(attributePaths = {"supplier", "cycle"})
    Optional<SupplierSurvey> findWithSupplierById(Long id);

    /** Every survey of one supplier, the latest cycle's first: the supplier page's current and earlier cycles. */
    @EntityGraph(attributePaths = {"supplier", "cycle"})
    @Query("select s from SupplierSurvey s where s.supplier.id = :supplierId order by s.cycle.reportingYear desc, s.id desc")
    List<SupplierSurvey> findBySupplierLatestFirst(@Param("supplierId") Long supplierId);

    /** The survey, locked until the transaction ends: uploads to one survey are counted one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SupplierSurvey s where s.id = :id")
    Optional<SupplierSurvey> lockById(@Param("id") Long id);
}
