package org.mineraldiligence.escalation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.mineraldiligence.mail.MailOutbox;
import org.mineraldiligence.mail.MailRequest;
import org.mineraldiligence.portal.PortalLinks;
import org.mineraldiligence.supplier.SupplierContact;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The steps of executive-escalation.bpmn around the executive champions' decision. */
@Component("executiveDecisions")
public class ExecutiveDecisions {

    private final SupplierSurveyRepository surveys;
    private final ExecutiveDecisionRepository decisions;
    private final SupplierHistory history;
    private final MailOutbox outbox;
    private final PortalLinks portalLinks;
    private final IdentityService identityService;

    ExecutiveDecisions(SupplierSurveyRepository surveys, ExecutiveDecisionRepository decisions,
                       SupplierHistory history, MailOutbox outbox, PortalLinks portalLinks,
                       IdentityService identityService) {
        this.surveys = surveys;
        this.decisions = decisions;
        this.history = history;
        this.outbox = outbox;
        this.portalLinks = portalLinks;
        this.identityService = identityService;
    }

    /** Puts the supplier's story into the task, so the executive decides without opening another tool. */
    @Transactional(readOnly = true)
    public void prepareHistory(DelegateExecution execution) {
        SupplierSurvey survey = SurveyVariables.survey(execution, surveys);
        execution.setVariable("supplierHistory", history.summarise(survey));
    }

    @Transactional
    public void record(DelegateExecution execution) {
        SupplierSurvey survey = SurveyVariables.survey(execution, surveys);
        ExecutiveDecision.Kind kind = ExecutiveDecision.Kind.valueOf((String) execution.getVariable("executiveDecision"));
        String rationale = (String) execution.getVariable("rationale");
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("An executive decision needs a rationale");
        }
        LocalDate reviewDate = kind == ExecutiveDecision.Kind.CONTINUE ? reviewDateOf(execution) : null;
        decisions.save(new ExecutiveDecision(survey, kind, rationale, reviewDate, currentUser(execution),
                ClockUtil.getCurrentTime().toInstant()));
    }

    /** Tells the commodity manager, and the supplier where the executive chose so. */
    @Transactional
    public void notifyDecision(DelegateExecution execution) {
        SupplierSurvey survey = SurveyVariables.survey(execution, surveys);
        Map<String, Object> model = new HashMap<>();
        model.put("supplierName", survey.getSupplier().getName());
        model.put("reportingYear", survey.getCycle().getReportingYear());
        model.put("decision", execution.getVariable("executiveDecision"));
        model.put("rationale", execution.getVariable("rationale"));
        model.put("reviewDate", execution.getVariable("reviewDate"));
        String manager = managerEmail(execution);
        if (manager != null) {
            queue(execution, survey, "manager", manager, model);
        }
        if (Boolean.TRUE.equals(execution.getVariable("notifySupplier"))) {
            survey.getSupplier().primaryContact().map(SupplierContact::getEmail).ifPresent(email -> {
                Map<String, Object> supplierModel = new HashMap<>(model);
                supplierModel.put("portalUrl", portalLinks.mint(survey));
                queue(execution, survey, "supplier", email, supplierModel);
            });
        }
    }

    private void queue(DelegateExecution execution, SupplierSurvey survey, String audience, String recipient,
                       Map<String, Object> model) {
        model.put("audience", audience);
        String key = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + audience;
        outbox.queue(new MailRequest("decision-notice", List.of(recipient), model, survey.getSupplier().getId(),
                survey.getCycle().getId(), execution.getProcessInstanceId(), execution.getId(), key));
    }

    private String managerEmail(DelegateExecution execution) {
        String managerId = (String) execution.getVariable("commodityManager");
        User manager = managerId == null ? null : identityService.createUserQuery().userId(managerId).singleResult();
        return manager == null ? null : manager.getEmail();
    }

    private static LocalDate reviewDateOf(DelegateExecution execution) {
        Object value = execution.getVariable("reviewDate");
        if (value == null || value.toString().length() < 10) {
            throw new IllegalArgumentException("Continuing the engagement needs a review date");
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    /** The executive who completed the task: Tasklist's request runs the step as that user. */
    private static String currentUser(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
