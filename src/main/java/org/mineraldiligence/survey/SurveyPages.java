package org.mineraldiligence.survey;

import java.util.List;

import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.smelter.SmelterAssessmentRepository;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Our colleagues' view of the surveys of a cycle (the reporting-cycle process starts them): a survey's
 * submissions, findings, smelters, actions and decisions, which the Tasklist forms link to.
 */
@Controller
@PreAuthorize("hasAnyRole('process-owners','commodity-managers','executive-champions','compliance-officers')")
class SurveyPages {

    private final ReportingCycleRepository cycles;
    private final SupplierSurveyRepository surveys;
    private final CmrtSubmissionRepository submissions;
    private final SmelterAssessmentRepository assessments;
    private final CorrectiveActionRepository correctiveActions;
    private final EscalationDecisions decisions;
    private final TaskDecisionLog taskDecisions;

    SurveyPages(ReportingCycleRepository cycles, SupplierSurveyRepository surveys,
                CmrtSubmissionRepository submissions, SmelterAssessmentRepository assessments,
                CorrectiveActionRepository correctiveActions, EscalationDecisions decisions,
                TaskDecisionLog taskDecisions) {
        this.cycles = cycles;
        this.surveys = surveys;
        this.submissions = submissions;
        this.assessments = assessments;
        this.correctiveActions = correctiveActions;
        this.decisions = decisions;
        this.taskDecisions = taskDecisions;
    }

    @GetMapping("/surveys")
    String list(@RequestParam(required = false) Long cycle, Model model) {
        List<ReportingCycle> all = cycles.findAllByOrderByReportingYearDescIdDesc();
        ReportingCycle shown = cycle != null ? cycles.findById(cycle).orElse(null) : all.stream().findFirst().orElse(null);
        model.addAttribute("cycles", all);
        model.addAttribute("cycle", shown);
        model.addAttribute("surveys", shown == null ? List.of() : surveys.findByCycleIdOrderByIdAsc(shown.getId()));
        return "survey/list";
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
        model.addAttribute("decisions", decisions.on(surveyId));
        model.addAttribute("taskDecisions", taskDecisions.forSurvey(surveyId));
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
