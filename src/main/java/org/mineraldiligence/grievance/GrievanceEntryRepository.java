package org.mineraldiligence.grievance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GrievanceEntryRepository extends JpaRepository<GrievanceEntry, Long> {

    List<GrievanceEntry> findByGrievanceIdOrderByCreatedAtAscIdAsc(Long grievanceId);
}
