package org.mineraldiligence.supplier;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SupplierRepository extends JpaRepository<Supplier, Long> {

    Optional<Supplier> findByCode(String code);

    List<Supplier> findByCodeIn(Collection<String> codes);

    @EntityGraph(attributePaths = "contacts")
    Optional<Supplier> findWithContactsById(Long id);

    /** Suppliers whose code, name, country or commodity contains the text, ignoring case. */
    @Query("""
            select s from Supplier s
            where :text = ''
               or lower(s.code) like concat('%', :text, '%')
               or lower(s.name) like concat('%', :text, '%')
               or lower(s.country) like concat('%', :text, '%')
               or lower(s.commodity) like concat('%', :text, '%')""")
    Page<Supplier> search(@Param("text") String lowerCaseText, Pageable page);

    /** What scoping needs of every supplier, without loading entities or contacts. */
    @Query("""
            select new org.mineraldiligence.supplier.SupplierForScope(s.id, s.code, s.name, s.country, s.countryCode,
                s.annualSpend, s.currency, s.direct)
            from Supplier s""")
    List<SupplierForScope> findForScope();

    /** Suppliers whose name is the text, ignoring case, for adding one to a scope by name. */
    List<Supplier> findByNameIgnoreCase(String name);

    /** Up to a page of suppliers whose name contains the text, ignoring case. */
    List<Supplier> findByNameContainingIgnoreCaseOrderByName(String text, Pageable page);
}
