package org.mineraldiligence.cycle.scope;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScopeEntryRepository extends JpaRepository<ScopeEntry, Long> {

    Optional<ScopeEntry> findByCycleIdAndSupplierId(long cycleId, long supplierId);

    boolean existsByCycleId(long cycleId);

    @EntityGraph(attributePaths = "supplier")
    Page<ScopeEntry> findByCycleIdAndIncluded(long cycleId, boolean included, Pageable page);

    @Query("""
            select new org.mineraldiligence.cycle.scope.ScopeSummary(count(e), sum(e.spend))
            from ScopeEntry e where e.cycleId = :cycleId and e.included = true""")
    ScopeSummary summarise(@Param("cycleId") long cycleId);

    @Query(nativeQuery = true, value = """
            SELECT COUNT(*) FROM cycle_scope c
            JOIN supplier_survey s ON s.cycle_id = c.cycle_id AND s.supplier_id = c.supplier_id
            WHERE c.cycle_id = :cycleId AND c.included = TRUE AND s.outcome IS NOT NULL""")
    long countWithOutcome(@Param("cycleId") long cycleId);

    /** A slice of the in-scope suppliers in a fixed order, so that chunk n of a launch is always the same. */
    @Query("""
            select e.supplier.id from ScopeEntry e where e.cycleId = :cycleId and e.included = true
            order by e.supplier.id""")
    List<Long> inScopeSupplierIds(@Param("cycleId") long cycleId, Pageable slice);
}
