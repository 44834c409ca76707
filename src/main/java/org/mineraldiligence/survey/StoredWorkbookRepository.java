package org.mineraldiligence.survey;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredWorkbookRepository extends JpaRepository<StoredWorkbook, Long> {
}
