package org.mineraldiligence.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.mineraldiligence.mail.MailOutbox;
import org.mineraldiligence.mail.MailRequest;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierContact;
import org.mineraldiligence.web.PublicBaseUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey's e-mails to the supplier. Each is written to the outbox in the process step's own
 * transaction, keyed by instance, activity and how often that activity has sent, so a retried step
 * finds its message instead of writing a second one.
 */
@Component
public class SurveyMail {

    private static final Map<String, String> CORRECTIVE_ACTIONS = Map.of(
            "PRODUCT_CMRT", "Send a product-level CMRT covering only the products you supply to us",
            "REMOVE_SMELTER", "Remove the high-risk or unidentified smelters from your supply chain, or identify them");
    private static final Map<String, String> DECISIONS = Map.of(
            "CONTINUE", "We continue our business with you under an agreed improvement plan, which we will review.",
            "SUSPEND", "We have temporarily suspended new business with you until the open points are resolved.",
            "DISENGAGE", "We will end our business relationship with you.");
    private static final Map<String, String> DECISION_NAMES = Map.of(
            "CONTINUE", "Continue the engagement with a plan",
            "SUSPEND", "Suspend the supplier",
            "DISENGAGE", "Disengage from the supplier");

    private final SupplierSurveyRepository surveys;
    private final CmrtSubmissionRepository submissions;
    private final SurveyTemplates templates;
    private final CorrectiveActionRepository correctiveActions;
    private final MailOutbox outbox;
    private final IdentityService identityService;
    private final EscalationDecisions escalationDecisions;
    private final PublicBaseUrl baseUrl;
    private final String teamContact;
    private final Clock clock;

    SurveyMail(SupplierSurveyRepository surveys, CmrtSubmissionRepository submissions,
               CorrectiveActionRepository correctiveActions, MailOutbox outbox,
               IdentityService identityService, EscalationDecisions escalationDecisions, PublicBaseUrl baseUrl,
               @Value("${mineral-diligence.supply-chain-contact}") String teamContact, SurveyTemplates templates,
               Clock clock) {
        this.clock = clock;
        this.templates = templates;
        this.surveys = surveys;
        this.submissions = submissions;
        this.correctiveActions = correctiveActions;
        this.outbox = outbox;
        this.identityService = identityService;
        this.escalationDecisions = escalationDecisions;
        this.baseUrl = baseUrl;
        this.teamContact = teamContact;
    }

    /**
     * The first request of a survey. It runs in the launch's transaction, so a supplier without a usable
     * address must not fail it: the survey turns to the commodity manager ("Add a contact") instead.
     */
    @Transactional(noRollbackFor = BpmnError.class)
    public void sendSurveyRequest(DelegateExecution execution) {
        SupplierSurvey survey = SurveyVariables.survey(execution, surveys);
        String problem = contactProblem(survey.getSupplier());
        if (problem != null) {
            execution.setVariable("contactProblem", problem);
            throw new BpmnError("NO_CONTACT_ADDRESS", problem);
        }
        send(execution, survey, "survey-request");
    }

    @Transactional
    public void send(DelegateExecution execution, String template) {
        send(execution, SurveyVariables.survey(execution, surveys), template);
    }

    private void send(DelegateExecution execution, SupplierSurvey survey, String template) {
        Map<String, Object> model = baseModel(execution, survey);
        switch (template) {
            case "reminder" -> {
                int reminder = SurveyVariables.increment(execution, "remindersSent");
                model.put("reminderNumber", reminder);
            }
            case "resubmission-request" -> {
                CmrtSubmission checked = checkedSubmission(execution, survey);
                model.put("findings", findingsOf(checked));
                SurveyTemplates.answeredBy(checked, templates.of(survey)).ifPresent(row -> {
                    model.put("templateType", row.getTemplateType());
                    model.put("templateName", fullName(row));
                });
            }
            case "program-guidance" -> model.put("weaknesses", ProgramWeaknesses.of(execution));
            default -> { }
        }
        queue(execution, survey, template, model);
    }

    /**
     * Holds the supplier to the deadline its commodity manager agreed ("Contact unresponsive supplier"): the
     * portal shows it, the supplier gets it in writing, and the deadline timer waits for the end of that day.
     */
    @Transactional
    public void confirmNewDeadline(DelegateExecution execution) {
        SupplierSurvey survey = SurveyVariables.survey(execution, surveys);
        LocalDate deadline = deadlineOf(execution, survey);
        survey.agreeDeadline(deadline);
        execution.setVariable("responseDeadline", deadline + "T23:59:59");
        queue(execution, survey, "new-deadline", baseModel(execution, survey));
    }

    /** Records the commodity manager's mitigation as a corrective action with a due date and asks for it. */
    @Transactional
    public void sendCorrectiveAction(DelegateExecution execution) {
        SupplierSurvey survey = SurveyVariables.survey(execution, surveys);
        int days = ((Number) execution.getVariable("correctiveActionDays")).intValue();
        LocalDate due = today().plusDays(days);
        String kind = (String) execution.getVariable("mitigation");
        String note = (String) execution.getVariable("mitigationNote");
        correctiveActions.save(new CorrectiveAction(survey, kind, note, due,
                (String) execution.getVariable("commodityManager")));
        execution.setVariable("correctiveActionDue", due + "T23:59:59");
        Map<String, Object> model = baseModel(execution, survey);
        model.put("actions", List.of(CORRECTIVE_ACTIONS.getOrDefault(kind, kind) + ": " + note));
        model.put("deadline", due);
        queue(execution, survey, "corrective-action-request", model, recipientOf(survey), "");
    }

    /**
     * Tells the supplier (when the executive chose so) and the commodity manager what was decided, each in
     * a message of its own: the supplier gets the letter, the manager a notice with who decided, why and what
     * happens next, linking to our supplier page instead of the supplier's personal portal.
     */
    @Transactional
    public void notifyDecision(DelegateExecution execution) {
        SupplierSurvey survey = SurveyVariables.survey(execution, surveys);
        String decision = (String) execution.getVariable("executiveDecision");
        Object reviewDate = execution.getVariable("reviewDate");
        LocalDate review = reviewDate == null ? null : LocalDate.parse(reviewDate.toString().substring(0, 10));
        Map<String, Object> model = baseModel(execution, survey);
        model.put("decision", DECISIONS.get(decision));
        model.put("nextSteps", "CONTINUE".equals(decision)
                ? "Please send an updated CMRT through your supplier portal before the review date." : null);
        model.put("deadline", review == null ? today() : review);
        boolean supplierTold = Boolean.TRUE.equals(execution.getVariable("notifySupplier"));
        if (supplierTold) {
            queue(execution, survey, "decision-notice", model, recipientOf(survey), ":supplier");
        }
        String managerId = (String) execution.getVariable("commodityManager");
        Optional<User> manager = managerId == null ? Optional.empty()
                : Optional.ofNullable(identityService.createUserQuery().userId(managerId).singleResult())
                        .filter(user -> user.getEmail() != null && !user.getEmail().isBlank());
        if (manager.isPresent()) {
            Optional<EscalationDecisions.Decision> taken = escalationDecisions.on(survey.getId()).stream()
                    .reduce((first, second) -> second);
            Map<String, Object> notice = new HashMap<>(model);
            notice.put("portalUrl", baseUrl.get() + supplierPagePath(survey));
            notice.put("decisionName", DECISION_NAMES.getOrDefault(decision, decision));
            notice.put("decidedBy", taken.map(EscalationDecisions.Decision::decidedBy).map(this::nameOf).orElse("an executive champion"));
            notice.put("decidedOn", taken.map(d -> d.decidedAt().atZone(ZoneId.systemDefault()).toLocalDate()).orElse(today()));
            notice.put("rationale", taken.map(EscalationDecisions.Decision::rationale)
                    .orElse(String.valueOf(execution.getVariable("rationale"))));
            notice.put("nextSteps", nextStepsForManager(decision, review));
            notice.put("supplierTold", supplierTold);
            queue(execution, survey, "decision-notice-manager", notice, manager.get().getEmail(), ":manager");
        }
    }

    /** Our page of the supplier, which the manager's notice links to. */
    static String supplierPagePath(SupplierSurvey survey) {
        return "/suppliers/" + java.net.URLEncoder.encode(survey.getSupplier().getCode(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static String nextStepsForManager(String decision, LocalDate review) {
        return switch (decision) {
            case "CONTINUE" -> "The engagement continues under the plan. The survey waits for a new CMRT from the"
                    + " supplier; if none has arrived by the review date, " + review.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH))
                    + ", the case comes back to the executive champions.";
            case "SUSPEND" -> "The survey ends as \"suspended\", which the cycle's report shows. Place no new business"
                    + " with the supplier until the open points are resolved.";
            case "DISENGAGE" -> "The survey ends as \"disengaged\", which the cycle's report shows. Plan the end of the"
                    + " business relationship with purchasing.";
            default -> "See the supplier's page.";
        };
    }

    private String nameOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        String name = user == null ? "" : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name + " (" + userId + ")";
    }

    private void queue(DelegateExecution execution, SupplierSurvey survey, String template,
                       Map<String, Object> model) {
        queue(execution, survey, template, model, recipientOf(survey), "");
    }

    private void queue(DelegateExecution execution, SupplierSurvey survey, String template,
                       Map<String, Object> model, String recipient, String audience) {
        int sent = SurveyVariables.increment(execution, "sent:" + execution.getCurrentActivityId() + audience);
        String key = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + audience + ":" + sent;
        // Without a link of its own in the model (the manager's copy has one), the message carries the
        // supplier's personal link, which the outbox masks and delivery puts in.
        Long portalSurveyId = model.containsKey("portalUrl") ? null : survey.getId();
        outbox.queue(new MailRequest(template, List.of(recipient), model, survey.getSupplier().getId(),
                survey.getSupplier().label(),
                survey.getCycle().getId(), execution.getProcessInstanceId(), execution.getId(), key, portalSurveyId));
    }

    /** Why the supplier cannot be written to, in our own words (never the stored address), or null. */
    private static String contactProblem(Supplier supplier) {
        Optional<String> address = supplier.primaryContact().map(SupplierContact::getEmail);
        if (address.isEmpty()) {
            return "the supplier has no contact.";
        }
        try {
            new InternetAddress(address.get(), true).validate();
            return null;
        } catch (AddressException e) {
            return "the primary contact's e-mail address is not valid.";
        }
    }

    private static String recipientOf(SupplierSurvey survey) {
        Supplier supplier = survey.getSupplier();
        return supplier.primaryContact().map(SupplierContact::getEmail)
                .orElseThrow(() -> new IllegalStateException("Supplier " + supplier.getCode()
                        + " has no contact e-mail: add one in the supplier master data, then retry this job"));
    }

    private Map<String, Object> baseModel(DelegateExecution execution, SupplierSurvey survey) {
        Map<String, Object> model = new HashMap<>();
        model.put("supplierName", survey.getSupplier().getName());
        model.put("reportingYear", survey.getCycle().getReportingYear());
        model.put("deadline", deadlineOf(execution, survey));
        String managerId = (String) execution.getVariable("commodityManager");
        User manager = managerId == null ? null : identityService.createUserQuery().userId(managerId).singleResult();
        boolean reachable = manager != null && manager.getEmail() != null && !manager.getEmail().isBlank();
        // A supplier without a commodity manager still needs someone to write to: the team's address.
        model.put("commodityManagerName", reachable
                ? (manager.getFirstName() + " " + manager.getLastName()).trim() : "our supply chain team");
        model.put("commodityManagerEmail", reachable ? manager.getEmail() : teamContact);
        // what is asked, and (for reminders) what is still missing or to be corrected: our own words only
        List<SurveyTemplate> rows = templates.of(survey);
        model.put("askedTypes", rows.stream().map(SurveyTemplate::getTemplateType).collect(java.util.stream.Collectors.joining(" and ")));
        model.put("askedNames", rows.stream().map(SurveyMail::fullName).toList());
        model.put("listAsked", rows.size() > 1 || !SurveyTemplate.CMRT.equals(rows.get(0).getTemplateType()));
        List<SurveyTemplate> open = rows.stream().filter(row -> !row.getState().settled()).toList();
        model.put("outstandingTypes", (open.isEmpty() ? rows : open).stream().map(SurveyTemplate::getTemplateType)
                .collect(java.util.stream.Collectors.joining(" and ")));
        model.put("outstanding", open.stream().map(row -> SurveyTemplates.label(row) + ": " + SurveyTemplates.stateText(row)).toList());
        model.put("templateType", rows.get(0).getTemplateType());
        model.put("templateName", fullName(rows.get(0)));
        return model;
    }

    /** The workbook the survey just checked; the latest received for a survey that has none in hand. */
    private CmrtSubmission checkedSubmission(DelegateExecution execution, SupplierSurvey survey) {
        if (execution.getVariable(SurveyVariables.SUBMISSION_ID) != null) {
            return SurveyVariables.submission(execution, submissions);
        }
        return submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(survey.getId()).stream().findFirst().orElse(null);
    }

    /** "the RMI Extended Minerals Reporting Template (EMRT) covering cobalt and mica", as the mails name a template. */
    static String fullName(SurveyTemplate row) {
        return SurveyTemplate.EMRT.equals(row.getTemplateType())
                ? "RMI Extended Minerals Reporting Template (EMRT) covering "
                        + SurveyTemplates.minerals(row).replaceFirst(", ([^,]*)$", " and $1")
                : "RMI Conflict Minerals Reporting Template (CMRT)";
    }

    /** The errors of a workbook as the e-mail lists them: what is wrong, where (rows grouped), how to fix it. */
    private List<Map<String, String>> findingsOf(CmrtSubmission submission) {
        return java.util.Optional.ofNullable(submission)
                .map(checked -> FindingGroups.of(SubmissionFindings.of(checked.getCheckJson())))
                .orElse(List.of())
                .stream()
                .filter(FindingGroups.Group::isError)
                .map(group -> Map.of("problem", group.problem(), "location", group.location(), "fix", group.fix()))
                .toList();
    }

    /** The survey's current deadline: the cycle's, or the one a commodity manager agreed since. */
    private static LocalDate deadlineOf(DelegateExecution execution, SupplierSurvey survey) {
        Object deadline = execution.getVariable("responseDeadline");
        return deadline == null ? survey.getCycle().getResponseDeadline()
                : LocalDate.parse(deadline.toString().substring(0, 10));
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
