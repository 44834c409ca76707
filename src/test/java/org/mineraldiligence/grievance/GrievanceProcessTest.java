package org.mineraldiligence.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.audit.AuditTrail;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.smelter.evidence.EvidenceFlag;
import org.mineraldiligence.smelter.evidence.EvidenceFlags;
import org.mineraldiligence.smelter.list.ReferenceLists;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.survey.FlaggableSmelter;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SurveyOutcome;
import org.mineraldiligence.survey.SurveyScenario;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of grievance.bpmn, worked by the people it is meant for, and nobody else. */
@H2ApplicationTest
class GrievanceProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Grievances grievances;
    @Autowired
    GrievanceRepository repository;
    @Autowired
    GrievanceEntryRepository entries;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    AuditTrail audit;
    @Autowired
    EvidenceFlags evidence;
    @Autowired
    ReferenceLists lists;
    @Autowired
    SurveyScenario scenario;
    @LocalServerPort
    int port;

    Grievances.Receipt receipt;
    Grievance grievance;
    ProcessInstance instance;

    @BeforeEach
    void report() {
        BpmnAwareTests.init(engine);
        receipt = grievances.submit(new GrievanceReport(GrievanceCategory.SMELTER_SOURCING, "Fictional Refinery Ltd",
                "Trucks from an armed-group-controlled mine unload at the refinery every week.", null));
        grievance = repository.findByFollowUpHash(org.mineraldiligence.web.SecretTokens.hash(receipt.followUpToken()))
                .orElseThrow();
        instance = runtime.createProcessInstanceQuery().processInstanceId(grievance.getProcessInstanceId()).singleResult();
    }

    @AfterEach
    void logOut() {
        identity.clearAuthentication();
    }

    @Test
    void triageCanCloseAnObviouslyUnfoundedReportWithAReply() {
        assertThat(instance()).isWaitingAt("Activity_TriageGrievance");
        assertThat(task().getName()).isEqualTo("Triage grievance " + receipt.reference());
        assertThat(task()).hasCandidateGroup("compliance-officers");

        completeAs("cora", "compliance-officers", Map.of("triageDecision", "UNFOUNDED", "triageNote", "Advertising spam"));
        assertThat(instance()).hasPassed("Activity_CloseAsUnfounded").isWaitingAt("Activity_ReplyToReporter");
        completeAs("cora", "compliance-officers", Map.of("reply", "Thank you. We found no link to our supply chain."));

        assertThat(instance()).hasPassed("Activity_PublishReply").isEnded();
        Grievance done = reload();
        assertThat(done.getStatus()).isEqualTo(GrievanceStatus.ANSWERED);
        assertThat(done.getOutcome()).isEqualTo(GrievanceOutcome.UNFOUNDED);
        assertThat(entries.findByGrievanceIdOrderByCreatedAtAscIdAsc(done.getId()))
                .extracting(GrievanceEntry::getKind, GrievanceEntry::getBody, GrievanceEntry::getAuthor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(GrievanceEntry.Kind.NOTE, "Advertising spam", "cora"),
                        org.assertj.core.groups.Tuple.tuple(GrievanceEntry.Kind.REPLY,
                                "Thank you. We found no link to our supply chain.", "cora"));
    }

    @Test
    void investigationResolvesTheGrievanceAndTheReplyClosesIt() {
        investigate();
        assertThat(reload().getStatus()).isEqualTo(GrievanceStatus.INVESTIGATING);
        completeAs("cora", "compliance-officers", Map.of("outcome", "RESOLVED",
                "findings", "Supplier confirmed and removed the refinery from its list."));
        assertThat(instance()).hasNotPassed("Activity_DecideOnGrievance").isWaitingAt("Activity_ReplyToReporter");
        completeAs("cora", "compliance-officers", Map.of("reply", "Thank you. The supplier no longer buys there."));

        assertThat(instance()).isEnded();
        assertThat(reload().getOutcome()).isEqualTo(GrievanceOutcome.RESOLVED);
        assertThat(audit.historyOf(Grievances.AUDIT_SUBJECT, grievance.getId()))
                .extracting(entry -> entry.getAction() + " by " + entry.getActor())
                .containsExactly("GRIEVANCE_STATE_CHANGED by cora", "GRIEVANCE_STATE_CHANGED by cora",
                        "GRIEVANCE_STATE_CHANGED by cora");
        assertThat(audit.historyOf(Grievances.AUDIT_SUBJECT, grievance.getId()).get(2).getAfter())
                .contains("ANSWERED").doesNotContain("Thank you");
    }

    @Test
    void escalationShowsExecutivesOnlyTheSummaryAndRecordsTheirResponse() {
        investigate();
        completeAs("cora", "compliance-officers", Map.of("outcome", "ESCALATED",
                "escalationSummary", "Credible report that a key tin supplier buys from a refinery funding militias.",
                "findings", "Reporter is a driver at the site; photos attached on the grievance page."));
        assertThat(reload().getStatus()).isEqualTo(GrievanceStatus.ESCALATED);
        Task decide = task();
        assertThat(decide).hasCandidateGroup("executive-champions");
        assertThat(decide.getName()).isEqualTo("Decide on escalated grievance " + receipt.reference());
        Map<String, Object> visible = tasks.getVariables(decide.getId());
        assertThat(visible).containsKey("escalationSummary")
                .doesNotContainKeys("findings", "triageNote", "description")
                .allSatisfy((name, value) -> assertThat(String.valueOf(value)).doesNotContain("driver", "Trucks"));

        completeAs("erin", "executive-champions", Map.of("executiveResponse", "ACTION_REQUIRED",
                "executiveInstructions", "Suspend orders from the supplier until the refinery is audited."));
        assertThat(instance()).hasPassed("Activity_RecordExecutiveResponse").isWaitingAt("Activity_ReplyToReporter");
        completeAs("cora", "compliance-officers", Map.of("reply", "Thank you. Our management has acted on your report."));
        assertThat(instance()).isEnded();
        assertThat(entries.findByGrievanceIdOrderByCreatedAtAscIdAsc(grievance.getId()))
                .anySatisfy(entry -> {
                    assertThat(entry.getAuthor()).isEqualTo("erin");
                    assertThat(entry.getBody()).contains("ACTION_REQUIRED").contains("Suspend orders");
                });
    }

    @Test
    void flaggingASmelterNeedsItsIdAndKeepsIt() {
        investigate();
        assertThatThrownBy(() -> completeAs("cora", "compliance-officers", Map.of("outcome", "SMELTER_FLAGGED",
                "flaggedSmelterId", "the refinery", "findings", "Evidence of conflict sourcing confirmed.")))
                .hasMessageContaining("'flaggedSmelterId'").hasMessageContaining("CID");
        assertThat(instance()).isWaitingAt("Activity_InvestigateGrievance");

        assertThatThrownBy(() -> completeAs("cora", "compliance-officers", Map.of("outcome", "SMELTER_FLAGGED",
                "flaggedSmelterId", "CID999999", "findings", "Evidence of conflict sourcing confirmed.")))
                .as("a smelter no list knows").hasStackTraceContaining("No reference list knows the smelter CID999999");

        FlaggableSmelter refinery = FlaggableSmelter.onAListOfItsOwn(lists);
        SupplierSurvey declared = scenario.launch(SurveyPolicy.DEFAULT);
        scenario.runDueJobs(declared);
        refinery.pinFor(declared, scenario, lists);
        scenario.upload(declared, refinery.lowRiskCmrt());
        assertThat(scenario.reload(declared).getOutcome()).isEqualTo(SurveyOutcome.VALID_LOW_RISK);

        completeAs("cora", "compliance-officers", Map.of("outcome", "SMELTER_FLAGGED",
                "flaggedSmelterId", refinery.cid(), "findings", "Evidence of conflict sourcing confirmed."));
        assertThat(reload().getFlaggedSmelterId()).isEqualTo(refinery.cid());
        EvidenceFlag flag = evidence.active(refinery.cid()).get(0);
        assertThat(flag.getGrievanceReference()).isEqualTo(receipt.reference());
        assertThat(flag.getFlaggedBy()).isEqualTo("cora");
        assertThat(flag.getReason()).contains(receipt.reference()).doesNotContain("Trucks").doesNotContain("confirmed");
        assertThat(scenario.task(scenario.reload(declared)).getName()).as("the declaring survey is re-assessed")
                .startsWith("Agree risk mitigation with");
        String page = logIn("olivia").get("/smelters/" + refinery.cid()).body();
        assertThat(page).contains("Grievance", receipt.reference()).doesNotContain("/grievances/")
                .doesNotContain("Trucks from an armed-group").doesNotContain("Evidence of conflict sourcing confirmed");
        assertThat(logIn("cora").get("/smelters/" + refinery.cid()).body()).contains("/grievances/" + grievance.getId());
        completeAs("cora", "compliance-officers", Map.of("reply", "Thank you. We have flagged the refinery."));
        assertThat(instance()).isEnded();
        assertThat(reload().getOutcome()).isEqualTo(GrievanceOutcome.SMELTER_FLAGGED);
    }

    @Test
    void onlyComplianceOfficersSeeTheGrievanceTasksAndInstances() {
        assertThat(visibleTasks("cora", "compliance-officers")).extracting(Task::getProcessInstanceId)
                .contains(grievance.getProcessInstanceId());
        for (String[] other : List.of(new String[] {"carlos", "commodity-managers"},
                new String[] {"olivia", "process-owners"}, new String[] {"erin", "executive-champions"})) {
            assertThat(visibleTasks(other[0], other[1])).as(other[0]).extracting(Task::getProcessInstanceId)
                    .doesNotContain(grievance.getProcessInstanceId());
            identity.setAuthentication(other[0], List.of(other[1]));
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(grievance.getProcessInstanceId()).count())
                    .as(other[0] + " reads the instance").isZero();
            identity.clearAuthentication();
        }
    }

    private WebSession logIn(String user) {
        WebSession session = new WebSession(port);
        session.logIn(user, "demo");
        return session;
    }

    private void investigate() {
        completeAs("cora", "compliance-officers", Map.of("triageDecision", "INVESTIGATE"));
        assertThat(instance()).isWaitingAt("Activity_InvestigateGrievance");
        assertThat(task()).hasCandidateGroup("compliance-officers");
    }

    private List<Task> visibleTasks(String user, String group) {
        identity.setAuthentication(user, List.of(group));
        try {
            return tasks.createTaskQuery().processDefinitionKey(Grievances.PROCESS_KEY).list();
        } finally {
            identity.clearAuthentication();
        }
    }

    private void completeAs(String user, String group, Map<String, Object> variables) {
        identity.setAuthentication(user, List.of(group));
        try {
            tasks.complete(task().getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private Task task() {
        return tasks.createTaskQuery().processInstanceId(grievance.getProcessInstanceId()).singleResult();
    }

    /** The instance as started; camunda-bpm-assert reads its history once it has ended. */
    private ProcessInstance instance() {
        return instance;
    }

    private Grievance reload() {
        return repository.findById(grievance.getId()).orElseThrow();
    }
}
