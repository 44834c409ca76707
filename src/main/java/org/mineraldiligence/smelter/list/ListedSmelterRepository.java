package org.mineraldiligence.smelter.list;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ListedSmelterRepository extends JpaRepository<ListedSmelter, Long> {

    /** A whole list in one query: a list has hundreds of smelters, each with a few aliases. */
    @Query("select distinct s from ListedSmelter s join fetch s.list left join fetch s.aliases "
            + "where s.list.id = :listId order by s.smelterId")
    List<ListedSmelter> findWholeList(long listId);

    /** Every list's entry for one smelter, newest status first. */
    @Query("select distinct s from ListedSmelter s join fetch s.list l left join fetch s.aliases "
            + "where s.smelterId = :smelterId "
            + "order by l.asOf desc, l.importedAt desc, l.id desc")
    List<ListedSmelter> findHistory(String smelterId);

    Optional<ListedSmelter> findByListIdAndSmelterId(long listId, String smelterId);
}
