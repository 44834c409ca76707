package org.mineraldiligence.smelter.list;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportedListRepository extends JpaRepository<ImportedList, Long> {

    /** The list a cycle without a pinned list uses: the latest as-of date, then the latest import. */
    Optional<ImportedList> findFirstByEmrtRevisionIsNullOrderByAsOfDescImportedAtDescIdDesc();

    /** The EMRT look-up list EMRT submissions are assessed against: the latest as-of date, then the latest import. */
    Optional<ImportedList> findFirstByEmrtRevisionIsNotNullOrderByAsOfDescImportedAtDescIdDesc();

    List<ImportedList> findAllByOrderByAsOfDescImportedAtDescIdDesc();
}
