package org.mineraldiligence.survey;

import java.time.LocalDate;
import java.util.List;

import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.escalation.ExecutiveDecisionRepository;
import org.mineraldiligence.smelter.SmelterAssessmentRepository;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Our colleagues' view of the surveys: process owners open a cycle and start surveys; everyone with a
 * role sees a survey's submissions, findings, smelters, actions and decisions (the links in Tasklist forms).
 */
@Controller
@PreAuthorize("hasAnyRole('process-owners','commodity-managers','executive-champions','compliance-officers')")
class SurveyPages {

    private final ReportingCycleRepository cycles;
    private final SupplierRepository suppliers;
    private final SupplierSurveyRepository surveys;
    private final CmrtSubmissionRepository submissions;
    private final SmelterAssessmentRepository assessments;
    private final CorrectiveActionRepository correctiveActions;
    private final ExecutiveDecisionRepository decisions;
    private final SurveyLauncher launcher;

    SurveyPages(ReportingCycleRepository cycles, SupplierRepository suppliers, SupplierSurveyRepository surveys,
                CmrtSubmissionRepository submissions, SmelterAssessmentRepository assessments,
                CorrectiveActionRepository correctiveActions, ExecutiveDecisionRepository decisions,
                SurveyLauncher launcher) {
        this.cycles = cycles;
        this.suppliers = suppliers;
        this.surveys = surveys;
        this.submissions = submissions;
        this.assessments = assessments;
        this.correctiveActions = correctiveActions;
        this.decisions = decisions;
        this.launcher = launcher;
    }

    @GetMapping("/surveys")
    String list(@RequestParam(required = false) Long cycle, Model model) {
        List<ReportingCycle> all = cycles.findAllByOrderByReportingYearDescIdDesc();
        ReportingCycle shown = cycle != null ? cycles.findById(cycle).orElse(null) : all.stream().findFirst().orElse(null);
        model.addAttribute("cycles", all);
        model.addAttribute("cycle", shown);
        model.addAttribute("surveys", shown == null ? List.of() : surveys.findByCycleIdOrderByIdAsc(shown.getId()));
        model.addAttribute("suppliers", suppliers.findAll());
        model.addAttribute("defaults", SurveyPolicy.DEFAULT);
        return "survey/list";
    }

    @PostMapping("/surveys/cycles")
    @PreAuthorize("hasRole('process-owners')")
    String openCycle(@RequestParam int reportingYear, @RequestParam LocalDate responseDeadline,
                     @RequestParam int reminderIntervalDays, @RequestParam int maxReminders,
                     @RequestParam int maxInvalidAttempts, @RequestParam int escalationGraceDays,
                     @RequestParam String minCmrtRevision) {
        SurveyPolicy policy = new SurveyPolicy(reminderIntervalDays, maxReminders, maxInvalidAttempts,
                escalationGraceDays, minCmrtRevision.strip());
        ReportingCycle cycle = cycles.save(new ReportingCycle(reportingYear, responseDeadline, policy));
        return "redirect:/surveys?cycle=" + cycle.getId();
    }

    /** Starts the surveys of the chosen suppliers; a supplier already surveyed in the cycle is left as it is. */
    @PostMapping("/surveys/cycles/{cycleId}/launch")
    @PreAuthorize("hasRole('process-owners')")
    String launch(@PathVariable long cycleId, @RequestParam(name = "supplier", required = false) List<Long> supplierIds) {
        ReportingCycle cycle = cycles.findById(cycleId).orElseThrow(() -> notFound());
        for (Supplier supplier : suppliers.findAllById(supplierIds == null ? List.of() : supplierIds)) {
            launcher.launch(cycle, supplier);
        }
        return "redirect:/surveys?cycle=" + cycleId;
    }

    @GetMapping("/surveys/{surveyId}")
    @Transactional(readOnly = true)
    public String detail(@PathVariable long surveyId, Model model) {
        SupplierSurvey survey = surveys.findWithSupplierById(surveyId).orElseThrow(() -> notFound());
        List<CmrtSubmission> received = submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(surveyId);
        model.addAttribute("survey", survey);
        model.addAttribute("submissions", received);
        model.addAttribute("latest", received.isEmpty() ? null : received.get(0));
        model.addAttribute("findings", received.isEmpty() ? List.of() : SubmissionFindings.of(received.get(0).getCheckJson()));
        model.addAttribute("smelters", received.isEmpty() ? List.of()
                : assessments.findBySubmissionIdOrderByRowAsc(received.get(0).getId()));
        model.addAttribute("actions", correctiveActions.findBySurveyIdOrderByIdAsc(surveyId));
        model.addAttribute("decisions", decisions.findBySurveyIdOrderByDecidedAtAsc(surveyId));
        return "survey/detail";
    }

    @GetMapping("/surveys/submissions/{submissionId}/workbook")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> workbook(@PathVariable long submissionId) {
        CmrtSubmission submission = submissions.findById(submissionId).orElseThrow(() -> notFound());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(submission.getOriginalName()).build().toString())
                .body(submission.getWorkbook().getContent());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
