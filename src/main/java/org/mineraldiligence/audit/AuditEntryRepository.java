package org.mineraldiligence.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByRecordedAtAscIdAsc(String subjectType, String subjectId);

    List<AuditEntry> findBySubjectTypeOrderByRecordedAtDescIdDesc(String subjectType, Pageable page);

    List<AuditEntry> findAllByOrderByRecordedAtDescIdDesc(Pageable page);
}
