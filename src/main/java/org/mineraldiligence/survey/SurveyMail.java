package org.mineraldiligence.survey;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.mineraldiligence.mail.MailOutbox;
import org.mineraldiligence.mail.MailRequest;
import org.mineraldiligence.portal.PortalLinks;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierContact;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey's e-mails to the supplier. Each is written to the outbox in the process step's own
 * transaction, keyed by instance, activity and how often that activity has sent, so a retried step
 * finds its message instead of writing a second one.
 */
@Component("surveyMail")
public class SurveyMail {

    private final SupplierSurveyRepository surveys;
    private final CmrtSubmissionRepository submissions;
    private final CorrectiveActionRepository correctiveActions;
    private final MailOutbox outbox;
    private final PortalLinks portalLinks;
    private final IdentityService identityService;

    SurveyMail(SupplierSurveyRepository surveys, CmrtSubmissionRepository submissions,
               CorrectiveActionRepository correctiveActions, MailOutbox outbox, PortalLinks portalLinks,
               IdentityService identityService) {
        this.surveys = surveys;
        this.submissions = submissions;
        this.correctiveActions = correctiveActions;
        this.outbox = outbox;
        this.portalLinks = portalLinks;
        this.identityService = identityService;
    }

    @Transactional
    public void send(DelegateExecution execution, String template) {
        SupplierSurvey survey = SurveyVariables.survey(execution, surveys);
        Map<String, Object> model = baseModel(execution, survey);
        switch (template) {
            case "reminder" -> {
                int reminder = SurveyVariables.increment(execution, "remindersSent");
                model.put("reminderNumber", reminder);
            }
            case "resubmission-request" -> model.put("findings", latestFindings(survey));
            default -> { }
        }
        queue(execution, survey, template, model);
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
        model.put("action", kind);
        model.put("note", note);
        model.put("deadline", due.toString());
        queue(execution, survey, "corrective-action-request", model);
    }

    private void queue(DelegateExecution execution, SupplierSurvey survey, String template,
                       Map<String, Object> model) {
        Supplier supplier = survey.getSupplier();
        String recipient = supplier.primaryContact().map(SupplierContact::getEmail)
                .orElseThrow(() -> new IllegalStateException("Supplier " + supplier.getCode()
                        + " has no contact e-mail: add one in the supplier master data, then retry this job"));
        int sent = SurveyVariables.increment(execution, "sent:" + execution.getCurrentActivityId());
        String key = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + sent;
        outbox.queue(new MailRequest(template, List.of(recipient), model, supplier.getId(),
                survey.getCycle().getId(), execution.getProcessInstanceId(), execution.getId(), key));
    }

    private Map<String, Object> baseModel(DelegateExecution execution, SupplierSurvey survey) {
        Map<String, Object> model = new HashMap<>();
        model.put("supplierName", survey.getSupplier().getName());
        model.put("reportingYear", survey.getCycle().getReportingYear());
        model.put("deadline", deadlineOf(execution));
        model.put("portalUrl", portalLinks.mint(survey));
        String managerId = (String) execution.getVariable("commodityManager");
        User manager = managerId == null ? null : identityService.createUserQuery().userId(managerId).singleResult();
        model.put("commodityManagerName", manager == null ? "our supply chain team"
                : (manager.getFirstName() + " " + manager.getLastName()).trim());
        model.put("commodityManagerEmail", manager == null ? null : manager.getEmail());
        return model;
    }

    private List<SubmissionFindings.Finding> latestFindings(SupplierSurvey survey) {
        return submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(survey.getId()).stream()
                .findFirst()
                .map(submission -> SubmissionFindings.of(submission.getCheckJson()))
                .orElse(List.of());
    }

    private static String deadlineOf(DelegateExecution execution) {
        String deadline = String.valueOf(execution.getVariable("responseDeadline"));
        return deadline.length() >= 10 ? deadline.substring(0, 10) : deadline;
    }

    private static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
