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

    /** Suppliers in or out of scope whose name or code contains the text (lower case; empty for all). */
    @EntityGraph(attributePaths = "supplier")
    @Query(value = """
            select e from ScopeEntry e where e.cycleId = :cycleId and e.included = :included
              and (:text = '' or lower(e.supplier.name) like concat('%', :text, '%')
                   or lower(e.supplier.code) like concat('%', :text, '%'))""",
            countQuery = """
            select count(e) from ScopeEntry e where e.cycleId = :cycleId and e.included = :included
              and (:text = '' or lower(e.supplier.name) like concat('%', :text, '%')
                   or lower(e.supplier.code) like concat('%', :text, '%'))""")
    Page<ScopeEntry> search(@Param("cycleId") long cycleId, @Param("included") boolean included,
                            @Param("text") String lowerCaseText, Pageable page);

    /** In scope of one cycle and not of the other: the year-over-year changes, either way round. */
    @EntityGraph(attributePaths = "supplier")
    @Query("""
            select e from ScopeEntry e where e.cycleId = :cycleId and e.included = true
              and e.supplier.id not in (select o.supplier.id from ScopeEntry o where o.cycleId = :otherId and o.included = true)
            order by e.supplier.name""")
    List<ScopeEntry> inScopeOnlyOf(@Param("cycleId") long cycleId, @Param("otherId") long otherId, Pageable page);

    @EntityGraph(attributePaths = "supplier")
    List<ScopeEntry> findByCycleIdAndSupplierIdIn(long cycleId, java.util.Collection<Long> supplierIds);
}
