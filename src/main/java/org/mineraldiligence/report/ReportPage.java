package org.mineraldiligence.report;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Conflict Minerals Report draft and its downloads. Process owners and compliance officers read them;
 * only process owners write the consolidated CMRT, which speaks for the company.
 */
@Controller
@PreAuthorize("hasAnyRole('process-owners','compliance-officers')")
class ReportPage {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final CycleReports reports;
    private final RollUps rollUps;
    private final IdentityService identity;
    private final EmrtRollUps emrtRollUps;

    ReportPage(CycleReports reports, RollUps rollUps, IdentityService identity, EmrtRollUps emrtRollUps) {
        this.reports = reports;
        this.rollUps = rollUps;
        this.identity = identity;
        this.emrtRollUps = emrtRollUps;
    }

    @GetMapping("/cycles/{cycleId}/report")
    String report(@PathVariable long cycleId, ModelMap model) {
        model.addAttribute("report", rollUps.report(cycleId));
        model.addAttribute("validEmrts", emrtRollUps.hasValidEmrts(cycleId));
        return "report/report";
    }

    /** The same draft for Word, for the legal team that files it. */
    @GetMapping("/cycles/{cycleId}/report.docx")
    ResponseEntity<byte[]> reportDocx(@PathVariable long cycleId) {
        ConflictMineralsReport report = rollUps.report(cycleId);
        return ResponseEntity.ok().contentType(DOCX).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(report.cycle().label() + "-conflict-minerals-report.docx").build().toString())
                .body(ReportDocx.of(report));
    }

    /** The consolidated CMRT's preview: every answer it would give, why, and the form to change them. */
    @GetMapping("/cycles/{cycleId}/report/consolidated-cmrt")
    @PreAuthorize("hasRole('process-owners')")
    String consolidatedCmrtPreview(@PathVariable long cycleId, Principal principal, ModelMap model) {
        User user = identity.createUserQuery().userId(principal.getName()).singleResult();
        String name = user == null ? principal.getName() : (user.getFirstName() + " " + user.getLastName()).strip();
        RollUpPreview preview = rollUps.preview(cycleId);
        return preview(cycleId, preview, RollUpDeclarant.blank(name, user == null || user.getEmail() == null ? "" : user.getEmail()),
                RollUpChoices.proposed(preview.proposals()), List.of(), model);
    }

    private String preview(long cycleId, RollUpPreview preview, RollUpDeclarant declarant, RollUpChoices choices,
                           List<String> problems, ModelMap model) {
        model.addAttribute("cycle", reports.cycle(cycleId));
        model.addAttribute("preview", preview);
        model.addAttribute("declarant", declarant);
        model.addAttribute("choices", choices);
        model.addAttribute("problems", problems);
        model.addAttribute("disclosures", RollUpDeclarant.DISCLOSURES);
        return "report/consolidated-cmrt";
    }

    @GetMapping("/cycles/{cycleId}/report/appendix-a.xlsx")
    ResponseEntity<byte[]> appendixA(@PathVariable long cycleId) {
        IdentifiedSmelters smelters = reports.identifiedSmelters(cycleId);
        String statusHeader = "Status as of " + smelters.list().asOf();
        List<List<Object>> rows = new ArrayList<>();
        for (ReferenceSmelter s : smelters.smelters()) {
            rows.add(List.of(s.metal().label(), s.standardName(), s.country(), s.smelterId(), s.status().publishedText()));
        }
        byte[] xlsx = XlsxTable.of("Appendix A", List.of("Metal", "Standard Smelter Name", "Smelter Facility Location",
                "Smelter ID", statusHeader), rows);
        return download(reports.cycle(cycleId).label() + "-appendix-a.xlsx", xlsx);
    }

    @GetMapping("/cycles/{cycleId}/report/suppliers.xlsx")
    ResponseEntity<byte[]> suppliers(@PathVariable long cycleId) {
        List<List<Object>> rows = new ArrayList<>();
        Map<String, SupplierFollowUp> followUps = reports.followUps(cycleId);
        for (SupplierStatus s : reports.allSuppliers(cycleId)) {
            SupplierFollowUp f = followUps.getOrDefault(s.supplierCode(), SupplierFollowUp.NONE);
            List<Object> row = new ArrayList<>();
            row.add(s.supplierCode());
            row.add(s.supplierName());
            row.add(s.country());
            row.add(s.annualSpend());
            row.add(s.currency());
            row.add(s.responseState().label());
            row.add(s.latestVerdict());
            row.add(s.programStrength());
            row.add(s.trainingCompletedAt() == null ? "no" : "yes");
            row.add(s.outcome() == null ? "in progress" : s.outcome().label());
            row.add(s.businessKey());
            row.add(s.latestReceivedAt());
            row.add(f.commodityManager());
            row.add(f.contact());
            row.add(f.remindersSent());
            row.add(f.lastMessage());
            row.add(f.lastMessageAt());
            rows.add(row);
        }
        byte[] xlsx = XlsxTable.of("Suppliers", List.of("Supplier code", "Supplier", "Country", "Annual spend",
                "Currency", "CMRT", "Latest verdict", "Program", "Training completed", "Outcome", "Survey",
                "Latest CMRT received", "Commodity manager", "Contact", "Reminders sent", "Last e-mail", "Last e-mail at"), rows);
        return download(reports.cycle(cycleId).label() + "-supplier-status.xlsx", xlsx);
    }

    @PostMapping("/cycles/{cycleId}/report/consolidated-cmrt")
    @PreAuthorize("hasRole('process-owners')")
    ModelAndView consolidatedCmrt(@PathVariable long cycleId, @ModelAttribute RollUpDeclarant declarant,
                                  @RequestParam Map<String, String> form, HttpServletResponse response) throws IOException {
        RollUpChoices choices = RollUpChoices.fromForm(form);
        List<String> problems = new ArrayList<>(declarant.problems());
        problems.addAll(choices.problems(RollUps.LANGUAGES));
        if (problems.isEmpty()) {
            RollUps.Outcome outcome = rollUps.write(cycleId, declarant, choices);
            if (outcome.workbook() != null) {
                // written here rather than returned, so one handler can answer with a file or with the form again
                response.setContentType(XLSX.toString());
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(reports.cycle(cycleId).label() + "-consolidated-cmrt.xlsx").build().toString());
                response.getOutputStream().write(outcome.workbook());
                return null;
            }
            problems.add(outcome.problem());
        }
        ModelAndView page = new ModelAndView();
        page.setViewName(preview(cycleId, rollUps.preview(cycleId), declarant, choices, problems, page.getModelMap()));
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    private static ResponseEntity<byte[]> download(String fileName, byte[] content) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
