package org.mineraldiligence.report;

import java.util.List;

import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The executive champions' view of the program, read-only: the newest cycle unless another is asked for.
 * Process owners and compliance officers may read it too; it changes nothing.
 */
@Controller
@PreAuthorize("hasAnyRole('executive-champions','process-owners','compliance-officers')")
class ProgramPage {

    private final ProgramUpdates updates;
    private final ReportingCycleRepository cycles;

    ProgramPage(ProgramUpdates updates, ReportingCycleRepository cycles) {
        this.updates = updates;
        this.cycles = cycles;
    }

    @GetMapping("/program")
    String program(@RequestParam(required = false) Long cycle, Model model) {
        List<ReportingCycle> all = cycles.findAllByOrderByReportingYearDescIdDesc();
        model.addAttribute("cycles", all);
        model.addAttribute("executiveRole", Role.EXECUTIVE_CHAMPION);
        Long shown = cycle != null ? cycle : all.stream().findFirst().map(ReportingCycle::getId).orElse(null);
        if (shown != null) {
            // an unknown id is a 404 from CycleReports.cycle
            model.addAttribute("program", updates.of(shown));
        }
        return "report/program";
    }
}
