package org.mineraldiligence.grievance;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mineraldiligence.web.PublicBaseUrl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public grievance pages: anyone may report, without an account and anonymously by default, and
 * follow their report through the secret link they receive. Nothing about the request is stored.
 */
@Controller
@RequestMapping("/grievance")
class GrievanceForm {

    private final Grievances grievances;
    private final GrievanceEntryRepository entries;
    private final ReporterGuard guard;
    private final PublicBaseUrl baseUrl;

    GrievanceForm(Grievances grievances, GrievanceEntryRepository entries, ReporterGuard guard,
                  PublicBaseUrl baseUrl) {
        this.grievances = grievances;
        this.entries = entries;
        this.guard = guard;
        this.baseUrl = baseUrl;
    }

    @GetMapping
    String form(Model model) {
        return showForm(model, new GrievanceReport(null, null, "", null), Map.of());
    }

    @PostMapping
    String submit(@RequestParam(required = false) String category, @RequestParam(required = false) String relatedParty,
                  @RequestParam(required = false) String description, @RequestParam(required = false) String contact,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        GrievanceReport report = new GrievanceReport(categoryOf(category), relatedParty, description, contact);
        Map<String, String> problems = report.problems();
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showForm(model, report, problems);
        }
        ReporterGuard.Admission admission = guard.admitReport(request.getRemoteAddr());
        if (admission != ReporterGuard.Admission.ADMITTED) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return showForm(model, report, Map.of("form", notSavedYet(admission)));
        }
        Grievances.Receipt receipt = grievances.submit(report);
        keepLinkPrivate(response);
        model.addAttribute("reference", receipt.reference());
        model.addAttribute("followUpUrl", baseUrl.get() + "/grievance/follow-up/" + receipt.followUpToken());
        return "grievance/received";
    }

    @GetMapping("/follow-up/{token}")
    String followUp(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Grievance> grievance = resolve(token, request);
        if (grievance.isEmpty()) {
            return notFound(response);
        }
        keepLinkPrivate(response);
        return showFollowUp(model, token, grievance.get(), null, "");
    }

    @PostMapping("/follow-up/{token}")
    String addInformation(@PathVariable String token, @RequestParam(required = false) String text,
                          HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Grievance> grievance = resolve(token, request);
        if (grievance.isEmpty()) {
            return notFound(response);
        }
        keepLinkPrivate(response);
        String addition = text == null ? "" : text.strip();
        String problem = !grievance.get().isOpen() ? "This grievance is closed. If you have something new, send a new "
                    + "report and mention the reference " + grievance.get().getReference() + "."
                : addition.isEmpty() ? "Write what you want to add."
                : addition.length() > GrievanceReport.MAX_DESCRIPTION ? "Shorten your addition to "
                    + GrievanceReport.MAX_DESCRIPTION + " characters, or send it in two parts."
                : null;
        ReporterGuard.Admission admission = problem == null ? guard.admitReport(request.getRemoteAddr())
                : ReporterGuard.Admission.ADMITTED;
        if (admission != ReporterGuard.Admission.ADMITTED) {
            problem = notSavedYet(admission);
        }
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showFollowUp(model, token, grievance.get(), problem, addition);
        }
        grievances.addFromReporter(grievance.get(), addition);
        return "redirect:/grievance/follow-up/" + token + "?added";
    }

    private static String notSavedYet(ReporterGuard.Admission admission) {
        return admission == ReporterGuard.Admission.TRY_IN_A_MINUTE
                ? "We are receiving many messages at the moment, so yours was not saved yet. Your text is still "
                    + "below: please send it again in a minute."
                : "Several messages were sent from your network in the last hour, so yours was not saved yet. Your "
                    + "text is still below: please send it again in an hour.";
    }

    private Optional<Grievance> resolve(String token, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (guard.isGuessing(address)) {
            return Optional.empty();
        }
        Optional<Grievance> grievance = grievances.byFollowUpToken(token);
        if (grievance.isEmpty()) {
            guard.recordWrongLink(address);
        }
        return grievance;
    }

    private String showForm(Model model, GrievanceReport report, Map<String, String> problems) {
        model.addAttribute("categories", GrievanceCategory.values());
        model.addAttribute("report", report);
        model.addAttribute("problems", problems);
        return "grievance/form";
    }

    private String showFollowUp(Model model, String token, Grievance grievance, String problem, String draft) {
        model.addAttribute("token", token);
        model.addAttribute("grievance", grievance);
        model.addAttribute("conversation", entries.findByGrievanceIdOrderByCreatedAtAscIdAsc(grievance.getId()).stream()
                .filter(GrievanceEntry::isVisibleToReporter).toList());
        model.addAttribute("problem", problem);
        model.addAttribute("draft", draft);
        return "grievance/follow-up";
    }

    /** The link is the reporter's only key: no other site may learn it from a Referer header. */
    private static void keepLinkPrivate(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    private static GrievanceCategory categoryOf(String value) {
        try {
            return value == null ? null : GrievanceCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "grievance/not-found";
    }
}
