package org.mineraldiligence.cycle;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingCycleRepository extends JpaRepository<ReportingCycle, Long> {

    List<ReportingCycle> findAllByOrderByReportingYearDescIdDesc();

    boolean existsByReportingYear(int reportingYear);

    /** The cycle of the latest year before the given one: the previous cycle a scope is compared with. */
    Optional<ReportingCycle> findFirstByReportingYearLessThanOrderByReportingYearDesc(int year);
}
