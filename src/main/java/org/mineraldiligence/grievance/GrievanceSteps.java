package org.mineraldiligence.grievance;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.mineraldiligence.engine.CurrentUser;
import org.mineraldiligence.audit.AuditTrail;
import org.mineraldiligence.smelter.evidence.EvidenceFlags;
import org.mineraldiligence.smelter.list.ReferenceLists;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service steps of grievance.bpmn. What people wrote in the task forms moves into our tables and out of
 * the process variables at once: the executive champions' task sees the instance's variables, and they
 * may read only the escalation summary.
 */
@Component
public class GrievanceSteps {

    /** The RMI's smelter identification numbers, e.g. CID001234. */
    static final Pattern SMELTER_ID = Pattern.compile("CID\\d{6}");

    private final GrievanceRepository grievances;
    private final GrievanceEntryRepository entries;
    private final AuditTrail audit;
    private final EvidenceFlags evidence;
    private final ReferenceLists lists;
    private final Clock clock;

    GrievanceSteps(GrievanceRepository grievances, GrievanceEntryRepository entries, AuditTrail audit,
                   EvidenceFlags evidence, ReferenceLists lists, Clock clock) {
        this.clock = clock;
        this.evidence = evidence;
        this.lists = lists;
        this.grievances = grievances;
        this.entries = entries;
        this.audit = audit;
    }

    @Transactional
    public void startInvestigation(DelegateExecution execution) {
        Grievance grievance = grievanceOf(execution);
        Grievance.State before = grievance.state();
        keepAsNote(execution, grievance, GrievanceVariables.TRIAGE_NOTE);
        grievance.startInvestigation();
        changed(execution, grievance, before);
    }

    /** Records the investigation's (or the triage's) conclusion; refuses an incomplete one so the form can say so. */
    @Transactional
    public void recordOutcome(DelegateExecution execution, String outcomeName) {
        GrievanceOutcome outcome = GrievanceOutcome.valueOf(outcomeName);
        String smelterId = textOf(execution, GrievanceVariables.FLAGGED_SMELTER_ID);
        if (outcome == GrievanceOutcome.SMELTER_FLAGGED && (smelterId == null || !SMELTER_ID.matcher(smelterId).matches())) {
            throw new IllegalArgumentException("Flagging a smelter needs its smelter id, e.g. CID001234");
        }
        if (outcome == GrievanceOutcome.SMELTER_FLAGGED && lists.history(smelterId).isEmpty()) {
            throw new IllegalArgumentException("No reference list knows the smelter " + smelterId
                    + ": check the id on /smelters");
        }
        if (outcome == GrievanceOutcome.ESCALATED && textOf(execution, GrievanceVariables.ESCALATION_SUMMARY) == null) {
            throw new IllegalArgumentException("An escalation needs a summary for the executive champions");
        }
        Grievance grievance = grievanceOf(execution);
        Grievance.State before = grievance.state();
        keepAsNote(execution, grievance, GrievanceVariables.TRIAGE_NOTE);
        keepAsNote(execution, grievance, GrievanceVariables.FINDINGS);
        grievance.conclude(outcome, smelterId);
        changed(execution, grievance, before);
        if (outcome == GrievanceOutcome.SMELTER_FLAGGED) {
            // The flag names the grievance by its code only; the smelter's page is read beyond compliance.
            evidence.flagFromGrievance(smelterId, grievance.getId(), grievance.getReference(), currentUser(execution));
        }
    }

    @Transactional
    public void recordExecutiveResponse(DelegateExecution execution) {
        Grievance grievance = grievanceOf(execution);
        String response = textOf(execution, GrievanceVariables.EXECUTIVE_RESPONSE);
        String instructions = take(execution, GrievanceVariables.EXECUTIVE_INSTRUCTIONS);
        if (instructions != null) {
            addNote(grievance, currentUser(execution), "Executive response (" + response + "): " + instructions);
        }
        audit.record(currentUser(execution), "GRIEVANCE_EXECUTIVE_RESPONSE", Grievances.AUDIT_SUBJECT,
                grievance.getId(), null, response);
    }

    @Transactional
    public void publishReply(DelegateExecution execution) {
        String reply = take(execution, GrievanceVariables.REPLY);
        if (reply == null) {
            throw new IllegalArgumentException("The reply to the reporter is empty");
        }
        Grievance grievance = grievanceOf(execution);
        Grievance.State before = grievance.state();
        entries.save(new GrievanceEntry(grievance.getId(), GrievanceEntry.Kind.REPLY, reply, currentUser(execution),
                now()));
        grievance.close(now());
        changed(execution, grievance, before);
    }

    private Grievance grievanceOf(DelegateExecution execution) {
        return GrievanceVariables.grievance(execution, grievances);
    }

    private void keepAsNote(DelegateExecution execution, Grievance grievance, String variable) {
        String text = take(execution, variable);
        if (text != null) {
            addNote(grievance, currentUser(execution), text);
        }
    }

    private void addNote(Grievance grievance, String author, String text) {
        entries.save(new GrievanceEntry(grievance.getId(), GrievanceEntry.Kind.NOTE, text, author, now()));
    }

    private void changed(DelegateExecution execution, Grievance grievance, Grievance.State before) {
        audit.record(currentUser(execution), "GRIEVANCE_STATE_CHANGED", Grievances.AUDIT_SUBJECT, grievance.getId(),
                before, grievance.state());
    }

    /** Reads a text variable and removes it from the process: its content now lives in our tables. */
    private static String take(DelegateExecution execution, String name) {
        String text = textOf(execution, name);
        execution.removeVariable(name);
        return text;
    }

    private static String textOf(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** The colleague who completed the task: Tasklist's request runs the step as that user. */
    private static String currentUser(DelegateExecution execution) {
        return CurrentUser.idOf(execution.getProcessEngineServices().getIdentityService());
    }

    /** Seconds only, as {@link Grievances} keeps its times. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
