package org.mineraldiligence.portal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mineraldiligence.survey.CmrtSubmission;
import org.mineraldiligence.survey.CmrtSubmissionRepository;
import org.mineraldiligence.cmrt.template.TemplateVersion;
import org.mineraldiligence.survey.FindingGroups;
import org.mineraldiligence.survey.SubmissionFindings;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyTemplate;
import org.mineraldiligence.survey.SurveyTemplates;
import org.mineraldiligence.web.RateLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The supplier's pages, reached only through a personal link; suppliers have no account. */
@Controller
@RequestMapping("/portal/{token}")
class PortalController {

    static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;
    private static final DateTimeFormatter RETRY_AFTER =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** After ten unknown links from one address in 15 minutes, that address is refused for the window. */
    private final RateLimit wrongLinks;
    private final PortalLinks links;
    private final SubmissionReceiver receiver;
    private final CmrtSubmissionRepository submissions;
    private final SupplierSurveyRepository surveys;
    private final String companyName;
    private final BlankCmrt blankCmrt;
    private final BlankEmrt blankEmrt;
    private final SurveyTemplates templates;
    private final PortalContacts contacts;
    private final Clock clock;

    PortalController(PortalLinks links, SubmissionReceiver receiver,
                     CmrtSubmissionRepository submissions, SupplierSurveyRepository surveys,
                     @Value("${mineral-diligence.company-name}") String companyName, BlankCmrt blankCmrt,
                     BlankEmrt blankEmrt, SurveyTemplates templates, PortalContacts contacts, Clock clock) {
        this.blankEmrt = blankEmrt;
        this.templates = templates;
        this.clock = clock;
        this.wrongLinks = new RateLimit(10, Duration.ofMinutes(15), clock);
        this.blankCmrt = blankCmrt;
        this.contacts = contacts;
        this.links = links;
        this.receiver = receiver;
        this.submissions = submissions;
        this.surveys = surveys;
        this.companyName = companyName;
    }

    @GetMapping
    String home(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<SupplierSurvey> survey = resolve(token, request);
        if (survey.isEmpty()) {
            return notFound(response);
        }
        describe(survey.get(), token, model);
        return "portal/home";
    }

    @PostMapping("/upload")
    String upload(@PathVariable String token, @RequestParam(name = "file", required = false) MultipartFile file,
                  HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Optional<SupplierSurvey> survey = resolve(token, request);
        if (survey.isEmpty()) {
            return notFound(response);
        }
        String asked = askedTypes(survey.get(), " or ");
        if (file == null || file.isEmpty()) {
            return problem(survey.get(), token, model, response,
                    "The file was empty or no file was chosen. Choose your filled-in " + asked + " workbook (.xlsx) and upload it again.");
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            return problem(survey.get(), token, model, response,
                    "The file is larger than 10 MB. A filled-in " + asked + " is normally under 3 MB: save it again from Excel as .xlsx and upload that file.");
        }
        SubmissionReceiver.Receipt receipt = receiver.receive(survey.get(), file.getOriginalFilename(), file.getBytes());
        if (receipt.refusal() != null) {
            describe(survey.get(), token, model);
            model.addAttribute("refusal", receipt.refusal());
            model.addAttribute("retryAfter", receipt.refusal().retryAfter() == null ? null
                    : RETRY_AFTER.format(receipt.refusal().retryAfter()));
            model.addAttribute("contact", contacts.of(survey.get().getSupplier()));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "portal/quota";
        }
        String note = receipt.notAsked() ? "?notAsked" : receipt.duplicate() ? "?duplicate" : receipt.handedToSurvey() ? ""
                : survey.get().getOutcome() == null ? "?queued" : "?late";
        return "redirect:/portal/" + token + "/submissions/" + receipt.submission().getId() + note;
    }

    @GetMapping("/submissions/{submissionId}")
    String result(@PathVariable String token, @PathVariable long submissionId, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Optional<SupplierSurvey> survey = resolve(token, request);
        Optional<CmrtSubmission> submission = submissions.findById(submissionId)
                .filter(found -> survey.isPresent() && found.getSurvey().getId().equals(survey.get().getId()));
        if (submission.isEmpty()) {
            return notFound(response);
        }
        describe(survey.get(), token, model);
        model.addAttribute("submission", submission.get());
        model.addAttribute("findings", FindingGroups.of(SubmissionFindings.of(submission.get().getCheckJson())));
        List<SurveyTemplate> rows = templates.of(survey.get());
        model.addAttribute("notAsked", SurveyTemplates.answeredBy(submission.get(), rows).isEmpty());
        model.addAttribute("templateOfFile", SurveyTemplates.answeredBy(submission.get(), rows)
                .map(SurveyTemplate::getTemplateType).orElse(submission.get().getTemplateType()));
        // The assessment starts only once every template asked is in: until then the page says what is missing.
        model.addAttribute("stillNeeded", rows.stream()
                .filter(row -> !row.getTemplateType().equals(submission.get().getTemplateType()) && !row.getState().settled())
                .map(SurveyTemplates::label).toList());
        return "portal/result";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> blankTemplate(@PathVariable String token, HttpServletRequest request) {
        if (resolve(token, request).isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(blankCmrt.fileName()).build().toString())
                .body(blankCmrt.bytes());
    }

    @GetMapping("/template/emrt")
    ResponseEntity<byte[]> blankEmrt(@PathVariable String token, HttpServletRequest request) {
        Optional<SupplierSurvey> survey = resolve(token, request);
        if (survey.isEmpty() || templates.of(survey.get()).stream()
                .noneMatch(row -> SurveyTemplate.EMRT.equals(row.getTemplateType()))) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(blankEmrt.fileName()).build().toString())
                .body(blankEmrt.bytes());
    }

    @GetMapping("/training")
    String training(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<SupplierSurvey> survey = resolve(token, request);
        if (survey.isEmpty()) {
            return notFound(response);
        }
        describe(survey.get(), token, model);
        return "portal/training";
    }

    @PostMapping("/training")
    @Transactional
    public String completeTraining(@PathVariable String token, HttpServletRequest request,
                                   HttpServletResponse response) {
        Optional<SupplierSurvey> survey = resolve(token, request);
        if (survey.isEmpty()) {
            return notFound(response);
        }
        SupplierSurvey managed = surveys.findById(survey.get().getId()).orElseThrow();
        managed.recordTraining(clock.instant());
        return "redirect:/portal/" + token + "/training?done";
    }

    private Optional<SupplierSurvey> resolve(String token, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (wrongLinks.isExceeded(address)) {
            return Optional.empty();
        }
        Optional<SupplierSurvey> survey = links.resolve(token);
        if (survey.isEmpty()) {
            wrongLinks.record(address);
        }
        return survey;
    }

    private void describe(SupplierSurvey survey, String token, Model model) {
        List<CmrtSubmission> history = submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(survey.getId());
        model.addAttribute("token", token);
        model.addAttribute("survey", survey);
        model.addAttribute("supplier", survey.getSupplier());
        model.addAttribute("cycle", survey.getCycle());
        model.addAttribute("companyName", companyName);
        model.addAttribute("newestRevision", TemplateVersion.NEWEST_KNOWN.text());
        model.addAttribute("history", history);
        model.addAttribute("latest", history.isEmpty() ? null : history.get(0));
        List<SurveyTemplate> rows = templates.of(survey);
        model.addAttribute("requested", rows.stream()
                .map(row -> RequestedTemplateView.of(row, history, rows, blankCmrt, blankEmrt)).toList());
        model.addAttribute("askedTypes", askedTypes(survey, " or "));
        model.addAttribute("askedTypesAnd", askedTypes(survey, " and "));
        model.addAttribute("historyTemplate", history.stream().collect(Collectors.toMap(
                CmrtSubmission::getId, s -> SurveyTemplates.answeredBy(s, rows).map(SurveyTemplate::getTemplateType)
                        .orElse("not asked for"))));
    }

    /** "CMRT", "CMRT or EMRT": what the supplier is asked to send. */
    private String askedTypes(SupplierSurvey survey, String joiner) {
        return templates.of(survey).stream().map(SurveyTemplate::getTemplateType)
                .collect(Collectors.joining(joiner));
    }

    private String problem(SupplierSurvey survey, String token, Model model, HttpServletResponse response,
                           String message) {
        describe(survey, token, model);
        model.addAttribute("uploadProblem", message);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "portal/home";
    }

    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "portal/not-found";
    }
}
