package org.mineraldiligence.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.mineraldiligence.audit.AuditTrail;
import org.mineraldiligence.engine.CurrentUser;
import org.mineraldiligence.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a commodity manager or process owner does to a running survey from outside its tasks: remind the
 * supplier now, give it a later deadline, hand the survey to another commodity manager. Each goes through
 * the model's own steps where there is one ("Send reminder", "Confirm new deadline to supplier"), so the
 * e-mail, the counters, the portal and the timers behave exactly as when the engine takes those steps itself,
 * and each is written to the audit trail in the same transaction. Who may do it to which survey is checked by
 * the caller; a survey that cannot take the action is refused with a reason, never half done.
 */
@Component
public class SurveyInterventions {

    /** The actions, as the audit trail names them. */
    public static final String REMINDED = "SURVEY_REMINDED_BY_HAND";
    public static final String DEADLINE_EXTENDED = "SURVEY_DEADLINE_EXTENDED";
    public static final String REASSIGNED = "SURVEY_REASSIGNED";
    public static final String SUBJECT = "supplier-survey";

    static final String WAIT_FOR_CMRT = "Activity_WaitForCmrt";
    static final String SEND_REMINDER = "Activity_SendReminder";
    static final String CONFIRM_NEW_DEADLINE = "Activity_ConfirmNewDeadline";

    /** What became of one survey: done, or why not, in words for the person who asked. */
    public record Result(long surveyId, String label, boolean done, String message) {
    }

    private final SupplierSurveyRepository surveys;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final AuditTrail audit;

    SurveyInterventions(SupplierSurveyRepository surveys, RuntimeService runtime, TaskService tasks,
                        IdentityService identity, AuditTrail audit) {
        this.surveys = surveys;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.audit = audit;
    }

    /** The normal reminder ("Send reminder"), now: the supplier gets it with a fresh portal link at delivery. */
    @Transactional
    public Result remindNow(long surveyId, String actor) {
        SupplierSurvey survey = load(surveyId);
        String refusal = refusalToWait(survey, "no reminder was sent");
        if (refusal != null) {
            return refused(survey, refusal);
        }
        CurrentUser.asApplication(identity, () -> {
            runtime.createProcessInstanceModification(survey.getProcessInstanceId()).startBeforeActivity(SEND_REMINDER).execute();
            return null;
        });
        Object sent = runtime.getVariable(survey.getProcessInstanceId(), SurveyVariables.REMINDERS_SENT);
        audit.record(actor, REMINDED, SUBJECT, surveyId, null, Map.of("remindersSent", sent));
        return done(survey, "reminder " + sent + " queued for " + survey.getSupplier().primaryContact()
                .map(contact -> contact.getEmail()).orElse("the supplier"));
    }

    /**
     * A later deadline through "Confirm new deadline to supplier", as an agreed one from "Contact unresponsive
     * supplier": the portal shows it, the supplier gets it by e-mail and the survey waits anew with its deadline
     * timer at the end of that day (and its reminder timer started again, as after that task).
     */
    @Transactional
    public Result extendDeadline(long surveyId, LocalDate deadline, String actor) {
        SupplierSurvey survey = load(surveyId);
        String refusal = refusalToWait(survey, "the deadline stays");
        if (refusal == null && !deadline.isAfter(survey.getDeadline())) {
            refusal = "its deadline is already " + survey.getDeadline() + ", not earlier than " + deadline;
        }
        if (refusal != null) {
            return refused(survey, refusal);
        }
        LocalDate before = survey.getDeadline();
        String instance = survey.getProcessInstanceId();
        String waiting = waitingActivityInstance(instance);
        CurrentUser.asApplication(identity, () -> {
            runtime.setVariable(instance, SurveyVariables.RESPONSE_DEADLINE, deadline + "T23:59:59");
            // Started first, cancelled second: the instance is never left without an activity, which would end it.
            runtime.createProcessInstanceModification(instance)
                    .startBeforeActivity(CONFIRM_NEW_DEADLINE)
                    .cancelActivityInstance(waiting)
                    .execute();
            return null;
        });
        audit.record(actor, DEADLINE_EXTENDED, SUBJECT, surveyId, Map.of("deadline", before), Map.of("deadline", deadline));
        return done(survey, "deadline moved from " + before + " to " + deadline + "; the supplier is told by e-mail");
    }

    /**
     * Another commodity manager works the survey from now on: the survey's variable (which later tasks and the
     * e-mails read), its open commodity-manager tasks and those of its escalation, and the supplier's master
     * data (which the supplier page, the list and the next cycle go by).
     */
    @Transactional
    public Result reassign(long surveyId, String manager, String actor) {
        SupplierSurvey survey = load(surveyId);
        String refusal = refusalToChange(survey, "it stays with " + survey.getSupplier().getCommodityManager());
        if (refusal == null && manager.equals(survey.getSupplier().getCommodityManager())) {
            refusal = "it is already with " + manager;
        }
        if (refusal != null) {
            return refused(survey, refusal);
        }
        String before = survey.getSupplier().getCommodityManager();
        List<String> moved = CurrentUser.asApplication(identity, () -> moveTo(survey.getProcessInstanceId(), manager));
        survey.getSupplier().setCommodityManager(manager);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("commodityManager", manager);
        after.put("tasks", moved);
        audit.record(actor, REASSIGNED, SUBJECT, surveyId, Map.of("commodityManager", String.valueOf(before)), after);
        return done(survey, "handed to " + manager + (moved.isEmpty() ? " (no open task)" : " with " + moved.size()
                + " open task(s)"));
    }

    private List<String> moveTo(String instance, String manager) {
        List<String> instances = new ArrayList<>(List.of(instance));
        runtime.createProcessInstanceQuery().superProcessInstanceId(instance).list().stream()
                .map(ProcessInstance::getId).forEach(instances::add);
        List<String> moved = new ArrayList<>();
        for (String id : instances) {
            runtime.setVariable(id, SurveyVariables.COMMODITY_MANAGER, manager);
            for (Task task : tasks.createTaskQuery().processInstanceId(id)
                    .taskCandidateGroup(Role.COMMODITY_MANAGER.groupId()).includeAssignedTasks().list()) {
                tasks.setAssignee(task.getId(), manager);
                moved.add(task.getName());
            }
        }
        return moved;
    }

    private SupplierSurvey load(long surveyId) {
        return surveys.findWithSupplierById(surveyId)
                .orElseThrow(() -> new IllegalArgumentException("survey " + surveyId + " does not exist"));
    }

    /** Why the survey cannot be changed at all, or null. */
    private String refusalToChange(SupplierSurvey survey, String consequence) {
        if (survey.getOutcome() != null) {
            return "the survey is complete (" + survey.getOutcome().label() + "): " + consequence;
        }
        if (!survey.getCycle().isOpen()) {
            return "its cycle is closed: " + consequence;
        }
        ProcessInstance instance = survey.getProcessInstanceId() == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(survey.getProcessInstanceId()).singleResult();
        if (instance == null) {
            return "the survey is not running: " + consequence;
        }
        if (instance.isSuspended()) {
            return "the survey is suspended in Cockpit: " + consequence;
        }
        return null;
    }

    /** Why the survey is not waiting for the supplier's CMRT, or null. */
    private String refusalToWait(SupplierSurvey survey, String consequence) {
        String refusal = refusalToChange(survey, consequence);
        if (refusal != null || waitingActivityInstance(survey.getProcessInstanceId()) != null) {
            return refusal;
        }
        List<String> open = tasks.createTaskQuery().processInstanceBusinessKey(survey.getBusinessKey()).list()
                .stream().map(task -> "\"" + task.getName() + "\"").toList();
        return "it is not waiting for a CMRT (" + (open.isEmpty() ? "the engine is working on it"
                : "open: " + String.join(", ", open)) + "): " + consequence;
    }

    /** The instance of "Wait for CMRT", or null when the survey is elsewhere. */
    private String waitingActivityInstance(String processInstanceId) {
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        if (tree == null) {
            return null;
        }
        ActivityInstance[] waiting = tree.getActivityInstances(WAIT_FOR_CMRT);
        return waiting.length == 0 ? null : waiting[0].getId();
    }

    private static Result done(SupplierSurvey survey, String message) {
        return new Result(survey.getId(), survey.getBusinessKey(), true, message);
    }

    private static Result refused(SupplierSurvey survey, String message) {
        return new Result(survey.getId(), survey.getBusinessKey(), false, message);
    }
}
