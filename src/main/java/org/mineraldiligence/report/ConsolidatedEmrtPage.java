package org.mineraldiligence.report;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The consolidated EMRT 2.1's preview and download, next to the consolidated CMRT's and for the same people:
 * process owners, because it speaks for the company.
 */
@Controller
@PreAuthorize("hasRole('process-owners')")
class ConsolidatedEmrtPage {

    private final CycleReports reports;
    private final EmrtRollUps rollUps;
    private final IdentityService identity;

    ConsolidatedEmrtPage(CycleReports reports, EmrtRollUps rollUps, IdentityService identity) {
        this.reports = reports;
        this.rollUps = rollUps;
        this.identity = identity;
    }

    @GetMapping("/cycles/{cycleId}/report/consolidated-emrt")
    String preview(@PathVariable long cycleId, Principal principal, ModelMap model) {
        User user = identity.createUserQuery().userId(principal.getName()).singleResult();
        String name = user == null ? principal.getName() : (user.getFirstName() + " " + user.getLastName()).strip();
        return page(cycleId, RollUpDeclarant.blank(name, user == null || user.getEmail() == null ? "" : user.getEmail()),
                List.of(), model);
    }

    @PostMapping("/cycles/{cycleId}/report/consolidated-emrt")
    ModelAndView download(@PathVariable long cycleId, @ModelAttribute RollUpDeclarant declarant,
                          HttpServletResponse response) throws IOException {
        List<String> problems = declarant.emrtProblems();
        if (problems.isEmpty()) {
            RollUps.Outcome outcome = rollUps.write(cycleId, declarant);
            if (outcome.workbook() != null) {
                // written here rather than returned, so one handler can answer with a file or with the form again
                response.setContentType(ReportPage.XLSX.toString());
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(reports.cycle(cycleId).label() + "-consolidated-emrt-2.1.xlsx").build().toString());
                response.getOutputStream().write(outcome.workbook());
                return null;
            }
            problems = List.of(outcome.problem());
        }
        ModelAndView page = new ModelAndView();
        page.setViewName(page(cycleId, declarant, problems, page.getModelMap()));
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    private String page(long cycleId, RollUpDeclarant declarant, List<String> problems, ModelMap model) {
        model.addAttribute("cycle", reports.cycle(cycleId));
        model.addAttribute("preview", rollUps.preview(cycleId));
        model.addAttribute("declarant", declarant);
        model.addAttribute("problems", problems);
        return "report/consolidated-emrt";
    }
}
