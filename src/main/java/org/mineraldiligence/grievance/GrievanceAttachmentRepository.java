package org.mineraldiligence.grievance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GrievanceAttachmentRepository extends JpaRepository<GrievanceAttachment, Long> {

    /** An attachment without its bytes, for lists. */
    interface Listed {
        Long getId();

        String getFileName();

        long getSizeBytes();

        String getUploadedBy();

        Instant getUploadedAt();
    }

    List<Listed> findByGrievanceIdOrderByIdAsc(Long grievanceId);

    Optional<GrievanceAttachment> findByIdAndGrievanceId(Long id, Long grievanceId);
}
