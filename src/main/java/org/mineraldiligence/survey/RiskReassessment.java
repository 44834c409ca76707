package org.mineraldiligence.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.mineraldiligence.web.PublicBaseUrl;
import org.mineraldiligence.cmrt.CmrtJson;
import org.mineraldiligence.cmrt.SmelterRow;
import org.mineraldiligence.engine.CurrentUser;
import org.mineraldiligence.mail.MailOutbox;
import org.mineraldiligence.mail.MailRequest;
import org.mineraldiligence.smelter.MatchDecision;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.smelter.SmelterAssessmentRepository;
import org.mineraldiligence.smelter.SmelterAssessmentRow;
import org.mineraldiligence.smelter.SmelterReference;
import org.mineraldiligence.smelter.evidence.SmelterEvidenceChanged;
import org.mineraldiligence.smelter.risk.SmelterRisk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk that follows the evidence: when a compliance officer flags a smelter (or withdraws a flag), every
 * open survey whose latest assessed CMRT declared it is rated again, in the same transaction.
 * <ul>
 * <li>A flag makes the smelter's rows HIGH with the flag's reason. A survey past its assessment gets
 *     "Agree risk mitigation" again: one waiting for corrective-action evidence or for its executive review
 *     is interrupted (message {@value SurveyLauncher#RISK_RAISED_MESSAGE}); one that had ended accepted (low
 *     risk, accepted risk, accepted with exceptions) is opened again in a new instance. A survey whose task is
 *     open already keeps it, with the new summary; one that is with the executive champions or before its
 *     assessment takes the new risk at its next step.</li>
 * <li>A withdrawal rates the rows again (back down unless something else keeps them high) and updates the
 *     variables; it creates and closes no task: an open mitigation task stays for its commodity manager to
 *     settle (accept the risk with a note).</li>
 * </ul>
 * Either way the commodity manager gets an e-mail through the outbox.
 */
@Component
class RiskReassessment {

    static final String TEMPLATE = "smelter-risk-changed";
    private static final Set<SurveyOutcome> ACCEPTED = Set.of(SurveyOutcome.VALID_LOW_RISK,
            SurveyOutcome.VALID_WITH_MITIGATIONS, SurveyOutcome.EXEMPTED);
    private static final String MITIGATION_TASK = "Activity_AgreeRiskMitigation";

    private final SmelterAssessmentRepository assessments;
    private final CmrtSubmissionRepository submissions;
    private final SmelterReference reference;
    private final SurveyLauncher launcher;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final MailOutbox outbox;
    private final PublicBaseUrl baseUrl;
    private final String teamContact;

    RiskReassessment(SmelterAssessmentRepository assessments, CmrtSubmissionRepository submissions,
                     SmelterReference reference, SurveyLauncher launcher, RuntimeService runtime, TaskService tasks,
                     IdentityService identity, MailOutbox outbox,
                     PublicBaseUrl baseUrl,
                     @Value("${mineral-diligence.supply-chain-contact}") String teamContact) {
        this.assessments = assessments;
        this.submissions = submissions;
        this.reference = reference;
        this.launcher = launcher;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
        this.teamContact = teamContact;
    }

    /** What became of one survey, for the e-mail and for the tests. */
    enum Consequence {
        MITIGATION_TASK_CREATED("A new task \"Agree risk mitigation\" is waiting for you in Tasklist."),
        MITIGATION_TASK_OPEN("Your open task \"Agree risk mitigation\" now shows the new assessment."),
        AT_NEXT_STEP("The survey takes the new assessment into its next step; no task was created now."),
        SURVEY_ENDED("The survey had ended (%s); the assessment is updated, no task was created."),
        WITHDRAWN("No task was created or closed: if a mitigation task is open, settle it (you may accept the risk with a note).");

        private final String text;

        Consequence(String text) {
            this.text = text;
        }
    }

    @EventListener
    @Transactional
    public void evidenceChanged(SmelterEvidenceChanged change) {
        CurrentUser.asApplication(identity, () -> {
            surveysDeclaring(change.smelterId()).forEach((survey, submission) -> reassess(survey, submission, change));
            return null;
        });
    }

    /** Open surveys whose latest assessed submission declared the smelter, with that submission. */
    Map<SupplierSurvey, CmrtSubmission> surveysDeclaring(String smelterId) {
        Set<Long> declaring = assessments.findBySmelterIdAndDecision(smelterId, MatchDecision.MATCHED.name()).stream()
                .map(SmelterAssessmentRow::getSubmissionId).collect(Collectors.toSet());
        Map<SupplierSurvey, CmrtSubmission> found = new LinkedHashMap<>();
        submissions.findAllById(declaring).stream()
                .map(CmrtSubmission::getSurvey)
                .filter(survey -> survey.getCycle().isOpen())
                .collect(Collectors.toMap(SupplierSurvey::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new))
                .values()
                .forEach(survey -> latestAssessed(survey)
                        .filter(submission -> declaring.contains(submission.getId()))
                        .ifPresent(submission -> found.put(survey, submission)));
        return found;
    }

    private Optional<CmrtSubmission> latestAssessed(SupplierSurvey survey) {
        // the 3TG list's flags concern the CMRT's smelters; an EMRT's refiners are rated against the EMRT list
        return submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(survey.getId()).stream()
                .filter(submission -> !SurveyTemplate.EMRT.equals(submission.getTemplateType()))
                .filter(submission -> assessments.existsBySubmissionId(submission.getId()))
                .findFirst();
    }

    private void reassess(SupplierSurvey survey, CmrtSubmission submission, SmelterEvidenceChanged change) {
        List<SmelterAssessmentRow> rows = assessments.findBySubmissionIdOrderByRowAsc(submission.getId());
        Map<Integer, SmelterRow> declared = CmrtJson.read(submission.getCheckJson()).smelters().stream()
                .collect(Collectors.toMap(SmelterRow::row, Function.identity(), (a, b) -> a));
        SmelterReference.ListInUse list = reference.forCycle(survey.getCycle().getId());
        List<SmelterAssessmentRow> changed = new ArrayList<>();
        for (SmelterAssessmentRow row : rows) {
            if (!change.smelterId().equals(row.getSmelterId())
                    || !MatchDecision.MATCHED.name().equals(row.getDecision())) {
                continue;
            }
            Optional<ReferenceSmelter> smelter = list.list().byId(row.getSmelterId());
            if (smelter.isEmpty()) {
                continue;
            }
            SmelterRow cmrtRow = declared.get(row.getRow());
            boolean recycled = cmrtRow != null && "Yes".equalsIgnoreCase(cmrtRow.recycled());
            SmelterRisk risk = reference.rate(smelter.get(), recycled);
            row.assess(smelter.get().status().canonical().name(), risk.level().name(), risk.reason());
            changed.add(row);
        }
        if (changed.isEmpty()) {
            return;
        }
        Map<String, Object> risk = SmelterAssessment.riskVariables(rows);
        Consequence consequence = change.withdrawn() ? withdrawn(survey, risk) : raised(survey, risk);
        notifyManager(survey, change, changed, risk, consequence);
    }

    private Consequence raised(SupplierSurvey survey, Map<String, Object> risk) {
        String instance = survey.getProcessInstanceId();
        boolean running = instance != null
                && runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0;
        if (!running) {
            if (survey.getOutcome() != null && !ACCEPTED.contains(survey.getOutcome())) {
                return Consequence.SURVEY_ENDED;
            }
            launcher.reopenForRisk(survey, risk);
            return Consequence.MITIGATION_TASK_CREATED;
        }
        runtime.setVariables(instance, risk);
        boolean waitsPastAssessment = runtime.createExecutionQuery().processInstanceId(instance)
                .messageEventSubscriptionName(SurveyLauncher.RISK_RAISED_MESSAGE).count() > 0;
        if (waitsPastAssessment) {
            runtime.createMessageCorrelation(SurveyLauncher.RISK_RAISED_MESSAGE)
                    .processInstanceId(instance).correlate();
            return Consequence.MITIGATION_TASK_CREATED;
        }
        boolean taskOpen = tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(MITIGATION_TASK).count() > 0;
        return taskOpen ? Consequence.MITIGATION_TASK_OPEN : Consequence.AT_NEXT_STEP;
    }

    private Consequence withdrawn(SupplierSurvey survey, Map<String, Object> risk) {
        String instance = survey.getProcessInstanceId();
        if (instance != null && runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
            runtime.setVariables(instance, risk);
        }
        return Consequence.WITHDRAWN;
    }

    private void notifyManager(SupplierSurvey survey, SmelterEvidenceChanged change,
                               List<SmelterAssessmentRow> changed, Map<String, Object> risk, Consequence consequence) {
        String managerId = survey.getSupplier().getCommodityManager();
        User manager = managerId == null ? null : identity.createUserQuery().userId(managerId).singleResult();
        boolean reachable = manager != null && manager.getEmail() != null && !manager.getEmail().isBlank();
        SmelterAssessmentRow row = changed.get(0);
        Map<String, Object> model = new HashMap<>();
        model.put("supplierName", survey.getSupplier().getName());
        model.put("reportingYear", survey.getCycle().getReportingYear());
        model.put("deadline", survey.getDeadline());
        model.put("portalUrl", baseUrl.get() + survey.pagePath());
        model.put("commodityManagerName", reachable
                ? (manager.getFirstName() + " " + manager.getLastName()).trim() : "supply chain team");
        model.put("commodityManagerEmail", reachable ? manager.getEmail() : teamContact);
        model.put("smelter", row.getStandardName() + " (" + row.getSmelterId() + ", " + row.getMetal() + ")");
        model.put("withdrawn", change.withdrawn());
        model.put("by", change.by());
        model.put("why", change.why());
        model.put("riskLevel", row.getRiskLevel());
        model.put("riskReason", row.getRiskReason());
        model.put("risksRemain", Boolean.TRUE.equals(risk.get(SurveyVariables.RISKS_FOUND)));
        model.put("consequence", consequence == Consequence.SURVEY_ENDED
                ? String.format(consequence.text, survey.getOutcome() == null ? "" : survey.getOutcome().label())
                : consequence.text);
        String key = "smelter-evidence:" + change.flagId() + ":" + (change.withdrawn() ? "withdrawn" : "flagged")
                + ":survey:" + survey.getId();
        outbox.queue(new MailRequest(TEMPLATE, List.of(Objects.toString(model.get("commodityManagerEmail"))), model,
                survey.getSupplier().getId(), survey.getSupplier().label(), survey.getCycle().getId(),
                survey.getProcessInstanceId(), null, key));
    }
}
