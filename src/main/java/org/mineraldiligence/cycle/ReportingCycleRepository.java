package org.mineraldiligence.cycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingCycleRepository extends JpaRepository<ReportingCycle, Long> {

    List<ReportingCycle> findAllByOrderByReportingYearDescIdDesc();

    boolean existsByReportingYear(int reportingYear);
}
