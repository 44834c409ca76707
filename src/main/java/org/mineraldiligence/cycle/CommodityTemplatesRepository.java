package org.mineraldiligence.cycle;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommodityTemplatesRepository extends JpaRepository<CommodityTemplates, Long> {

    Optional<CommodityTemplates> findByCommodityKey(String commodityKey);

    List<CommodityTemplates> findAllByOrderByCommodityKey();

    /** Each commodity as suppliers carry it, with how many carry it (spellings apart). */
    @Query("select s.commodity, count(s) from Supplier s where s.commodity is not null and trim(s.commodity) <> '' "
            + "group by s.commodity order by lower(s.commodity)")
    List<Object[]> commoditiesOfSuppliers();
}
