package org.mineraldiligence.report;

import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.survey.SurveyOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The cycle's dashboard: process owners watch it, compliance officers read it; it changes nothing. */
@Controller
@PreAuthorize("hasAnyRole('process-owners','compliance-officers')")
class DashboardPage {

    private final CycleReports reports;
    private final ReportingCycleRepository cycles;

    DashboardPage(CycleReports reports, ReportingCycleRepository cycles) {
        this.reports = reports;
        this.cycles = cycles;
    }

    /** The home page's link: the newest cycle's dashboard, or the survey page where a cycle is opened. */
    @GetMapping("/cycles/latest/dashboard")
    String latest() {
        return cycles.findAllByOrderByReportingYearDescIdDesc().stream().findFirst()
                .map(cycle -> "redirect:/cycles/" + cycle.getId() + "/dashboard").orElse("redirect:/surveys");
    }

    @GetMapping("/cycles/{cycleId}/dashboard")
    String dashboard(@PathVariable long cycleId, @RequestParam(required = false) String outcome,
                     @RequestParam(required = false) String state, @RequestParam(required = false) String program,
                     @RequestParam(required = false) String metal, @RequestParam(defaultValue = "1") int page,
                     Model model) {
        SupplierFilter filter = SupplierFilter.parse(outcome, state, program, metal);
        model.addAttribute("dashboard", reports.dashboard(cycleId));
        model.addAttribute("suppliers", reports.suppliers(cycleId, filter, page));
        model.addAttribute("outcomes", SurveyOutcome.values());
        model.addAttribute("states", ResponseState.values());
        model.addAttribute("metals", Metal.values());
        model.addAttribute("roles", Role.values());
        return "report/dashboard";
    }
}
