package org.mineraldiligence.report;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

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

/**
 * The Conflict Minerals Report draft and its downloads. Process owners and compliance officers read them;
 * only process owners write the consolidated CMRT, which speaks for the company.
 */
@Controller
@PreAuthorize("hasAnyRole('process-owners','compliance-officers')")
class ReportPage {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CycleReports reports;
    private final RollUps rollUps;
    private final IdentityService identity;

    ReportPage(CycleReports reports, RollUps rollUps, IdentityService identity) {
        this.reports = reports;
        this.rollUps = rollUps;
        this.identity = identity;
    }

    @GetMapping("/cycles/{cycleId}/report")
    String report(@PathVariable long cycleId, Principal principal, ModelMap model) {
        User user = identity.createUserQuery().userId(principal.getName()).singleResult();
        String name = user == null ? principal.getName() : (user.getFirstName() + " " + user.getLastName()).strip();
        return show(cycleId, RollUpDeclarant.blank(name, user == null || user.getEmail() == null ? "" : user.getEmail()),
                List.of(), model);
    }

    private String show(long cycleId, RollUpDeclarant declarant, List<String> problems, ModelMap model) {
        model.addAttribute("report", rollUps.report(cycleId));
        model.addAttribute("declarant", declarant);
        model.addAttribute("problems", problems);
        model.addAttribute("disclosures", RollUpDeclarant.DISCLOSURES);
        return "report/report";
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
        for (SupplierStatus s : reports.allSuppliers(cycleId)) {
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
            rows.add(row);
        }
        byte[] xlsx = XlsxTable.of("Suppliers", List.of("Supplier code", "Supplier", "Country", "Annual spend",
                "Currency", "CMRT", "Latest verdict", "Program", "Training completed", "Outcome", "Survey"), rows);
        return download(reports.cycle(cycleId).label() + "-supplier-status.xlsx", xlsx);
    }

    @PostMapping("/cycles/{cycleId}/report/consolidated-cmrt")
    @PreAuthorize("hasRole('process-owners')")
    ModelAndView consolidatedCmrt(@PathVariable long cycleId, @ModelAttribute RollUpDeclarant declarant,
                                  HttpServletResponse response) throws IOException {
        List<String> problems = new ArrayList<>(declarant.problems());
        if (problems.isEmpty()) {
            RollUps.Outcome outcome = rollUps.write(cycleId, declarant);
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
        page.setViewName(show(cycleId, declarant, problems, page.getModelMap()));
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    private static ResponseEntity<byte[]> download(String fileName, byte[] content) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
