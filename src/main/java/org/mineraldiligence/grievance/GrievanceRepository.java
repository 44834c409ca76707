package org.mineraldiligence.grievance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GrievanceRepository extends JpaRepository<Grievance, Long> {

    Optional<Grievance> findByFollowUpHash(String followUpHash);

    boolean existsByReference(String reference);

    List<Grievance> findAllByOrderByIdDesc();
}
