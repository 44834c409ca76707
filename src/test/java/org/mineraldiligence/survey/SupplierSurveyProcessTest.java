package org.mineraldiligence.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.escalation.ExecutiveDecisionRepository;
import org.mineraldiligence.mail.OutboundMessage;
import org.mineraldiligence.supplier.ContactDetails;
import org.mineraldiligence.smelter.SmelterAssessmentRepository;
import org.mineraldiligence.smelter.evidence.EvidenceFlag;
import org.mineraldiligence.smelter.evidence.EvidenceFlags;
import org.mineraldiligence.smelter.list.ReferenceLists;
import org.mineraldiligence.support.H2ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of supplier-survey.bpmn and executive-escalation.bpmn, driven as time and people would:
 * jobs run when due, the clock moves for reminders and deadlines, workbooks arrive through the portal's
 * receiver, commodity managers and executives complete their tasks.
 */
@H2ApplicationTest
class SupplierSurveyProcessTest {

    /** Remind every 7 days at most twice; two invalid workbooks before a person decides. */
    static final SurveyPolicy POLICY = new SurveyPolicy(7, 2, 2, 14, "6.31");

    @Autowired
    ProcessEngine engine;
    @Autowired
    SurveyScenario scenario;
    @Autowired
    ExecutiveDecisionRepository decisions;
    @Autowired
    EvidenceFlags evidence;
    @Autowired
    ReferenceLists lists;
    @Autowired
    SmelterAssessmentRepository assessments;

    SupplierSurvey survey;

    @BeforeEach
    void launch() {
        BpmnAwareTests.init(engine);
        survey = scenario.launch(POLICY);
        scenario.runDueJobs(survey);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /**
     * Together, the paths above pass every flow node of both models (checked from the engine's history). Camunda 7
     * writes no history for link events, the top level's short cuts between subprocesses: a link throw counts as
     * passed when the node before it was, and its catch when its throw was.
     */
    @AfterAll
    static void everyFlowNodeWasPassed(@Autowired ProcessEngine engine) {
        for (String key : new String[] {"supplier-survey", "executive-escalation"}) {
            ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult();
            BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
            Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                    .collect(Collectors.toSet());
            Set<String> passed = engine.getHistoryService().createHistoricActivityInstanceQuery()
                    .processDefinitionId(definition.getId()).list().stream()
                    .map(HistoricActivityInstance::getActivityId).collect(Collectors.toCollection(HashSet::new));
            passed.addAll(linkEventsPassed(model, passed));
            assertThat(passed).as("flow nodes of " + key + " passed by the tests").containsAll(nodes);
        }
    }

    private static Set<String> linkEventsPassed(BpmnModelInstance model, Set<String> passed) {
        Set<String> links = new HashSet<>();
        for (IntermediateThrowEvent link : model.getModelElementsByType(IntermediateThrowEvent.class)) {
            var definitions = link.getChildElementsByType(LinkEventDefinition.class);
            boolean reached = link.getIncoming().stream().anyMatch(flow -> passed.contains(flow.getSource().getId()));
            if (definitions.isEmpty() || !reached) {
                continue;
            }
            links.add(link.getId());
            String name = definitions.iterator().next().getName();
            model.getModelElementsByType(IntermediateCatchEvent.class).stream()
                    .filter(c -> c.getChildElementsByType(LinkEventDefinition.class).stream()
                            .anyMatch(d -> name.equals(d.getName())))
                    .forEach(c -> links.add(c.getId()));
        }
        return links;
    }

    @Test
    void validLowRiskCmrtCompletesTheSurveyAfterOneRequest() {
        assertThat(scenario.instance(survey)).isWaitingAt("Activity_WaitForCmrt");
        OutboundMessage request = scenario.mailsTo(survey, "survey-request").get(0);
        assertThat(request.getRecipients()).containsExactly(survey.getSupplier().primaryContact().orElseThrow().getEmail());
        assertThat(request.getTextBody()).contains("/portal/");
        assertThat(request.getHtmlBody()).doesNotContain("<b>Metals</b>").contains("&lt;b&gt;Metals&lt;/b&gt;");

        scenario.upload(survey, TestWorkbooks.validLowRisk());

        assertThat(scenario.instance(survey)).hasPassed("Activity_CheckCmrt", "Activity_AssessSmelters",
                "Activity_AssessProgramStrength", "Activity_RecordAccepted").isEnded();
        SupplierSurvey done = scenario.reload(survey);
        assertThat(done.getOutcome()).isEqualTo(SurveyOutcome.VALID_LOW_RISK);
        assertThat(done.getProgramStrength()).isEqualTo("STRONG");
        assertThat(scenario.mailsTo(survey, "survey-request")).hasSize(1);
    }

    @Test
    void aSupplierWithoutContactGetsNoRequestButItsCommodityManagerATaskUntilOneIsAdded() {
        SupplierSurvey unreachable = scenario.launch(POLICY, code -> List.of());

        assertThat(scenario.instance(unreachable)).isWaitingAt("Activity_AddSupplierContact");
        assertThat(scenario.mailsTo(unreachable, "survey-request")).isEmpty();
        Task task = scenario.task(unreachable);
        assertThat(task.getAssignee()).isEqualTo("carlos");
        assertThat(task.getName()).isEqualTo("Add a contact for Acme b Metals /b & Co");
        assertThat(engine.getTaskService().getVariable(task.getId(), "contactProblem"))
                .isEqualTo("the supplier has no contact.");

        // Completing the task without fixing the master data brings the task back, nothing is sent.
        scenario.complete(unreachable, task, Map.of());
        assertThat(scenario.instance(unreachable)).isWaitingAt("Activity_AddSupplierContact");

        scenario.replaceContacts(unreachable, new ContactDetails("Bo Seller", "bo@found.example", true));
        scenario.complete(unreachable, scenario.task(unreachable), Map.of());

        assertThat(scenario.instance(unreachable)).isWaitingAt("Activity_WaitForCmrt");
        assertThat(scenario.mailsTo(unreachable, "survey-request")).singleElement()
                .satisfies(request -> assertThat(request.getRecipients()).containsExactly("bo@found.example"));
    }

    @Test
    void aMalformedContactAddressIsReportedWithoutRepeatingIt() {
        SupplierSurvey unreachable = scenario.launch(POLICY,
                code -> List.of(new ContactDetails("Eve", "eve@<script>.example", true)));

        Task task = scenario.task(unreachable);
        assertThat(engine.getTaskService().getVariable(task.getId(), "contactProblem"))
                .isEqualTo("the primary contact's e-mail address is not valid.");
        assertThat(scenario.mailsTo(unreachable, "survey-request")).isEmpty();
    }

    @Test
    void aCmrtUploadedWhileTheSurveyIsBusyIsPickedUpBeforeItWaitsAgain() {
        SupplierSurvey fresh = scenario.reload(survey);
        var first = scenario.receiver.receive(fresh, "first.xlsx", TestWorkbooks.invalidWithoutCompanyName());
        // The supplier fixes the file at once, before the job executor has even checked the first one.
        var second = scenario.receiver.receive(fresh, "second.xlsx", TestWorkbooks.validLowRisk());
        assertThat(first.handedToSurvey()).isTrue();
        assertThat(second.handedToSurvey()).isFalse();

        scenario.runDueJobs(survey);

        assertThat(scenario.instance(survey)).hasPassed("Activity_RequestResubmission", "Activity_LookForReceivedCmrt")
                .isEnded();
        assertThat(scenario.reload(survey).getOutcome()).isEqualTo(SurveyOutcome.VALID_LOW_RISK);
    }

    @Test
    void remindersGoOutAtThePolicysCadenceAndNoMoreThanItsMaximum() {
        scenario.passDays(survey, 7);
        assertThat(scenario.mailsTo(survey, "reminder")).hasSize(1);
        assertThat(scenario.instance(survey)).isWaitingAt("Activity_WaitForCmrt");
        scenario.passDays(survey, 7);
        scenario.passDays(survey, 7);
        assertThat(scenario.mailsTo(survey, "reminder")).hasSize(POLICY.maxReminders());
        assertThat(scenario.instance(survey)).isWaitingAt("Activity_WaitForCmrt");
    }

    @Test
    void unresponsiveSupplierGoesToItsCommodityManagerWhoCanGrantMoreTime() {
        scenario.passDays(survey, 31);
        var task = scenario.task(survey);
        assertThat(task.getName()).contains("Contact unresponsive supplier").contains("Acme");
        assertThat(task.getAssignee()).isEqualTo("carlos");
        // Due 5 working days after it appeared (Mon-Fri, same time of day), looked at again after 2.
        assertThat(workingDaysFrom(task.getCreateTime(), task.getDueDate())).isEqualTo(5);
        assertThat(workingDaysFrom(task.getCreateTime(), task.getFollowUpDate())).isEqualTo(2);

        String newDeadline = SurveyScenario.today().plusDays(10).toString();
        scenario.complete(survey, task, Map.of("contactOutcome", "WILL_RESPOND", "responseDeadline", newDeadline,
                "contactNote", "Spoke to the buyer, CMRT in ten days"));
        assertThat(scenario.instance(survey)).isWaitingAt("Activity_WaitForCmrt");

        scenario.passDays(survey, 11);
        var again = scenario.task(survey);
        // the form of the second occasion starts without the first one's note
        assertThat(engine.getTaskService().getVariables(again.getId())).doesNotContainKey("contactNote");
        scenario.complete(survey, again, Map.of("contactOutcome", "OUT_OF_SCOPE",
                "outOfScopeReason", "Sells us only packaging without 3TG"));
        assertThat(scenario.instance(survey)).isEnded();
        SupplierSurvey done = scenario.reload(survey);
        assertThat(done.getOutcome()).isEqualTo(SurveyOutcome.OUT_OF_SCOPE);
        assertThat(done.getOutcomeNote()).isEqualTo("Sells us only packaging without 3TG");
    }

    @Test
    void noResponseEscalatesAndExecutivesDisengageWithARationale() {
        scenario.passDays(survey, 31);
        scenario.complete(survey, scenario.task(survey), Map.of("contactOutcome", "ESCALATE",
                "escalationReason", "Four e-mails and two calls unanswered"));

        var decision = scenario.executiveTask(survey);
        assertThat(decision.getName()).contains("Decide on escalated supplier");
        assertThat(workingDaysFrom(decision.getCreateTime(), decision.getDueDate())).isEqualTo(10);
        assertThat((String) scenario.runtime.getVariable(decision.getExecutionId(), "supplierHistory"))
                .contains("Survey request").contains("CMRTs received:** none")
                .contains("No response: escalate to the executive champions").contains("Four e-mails and two calls unanswered");
        scenario.complete(survey, decision, Map.of("executiveDecision", "DISENGAGE",
                "rationale", "No answer to four requests and a call in six weeks", "notifySupplier", true));

        assertThat(scenario.instance(survey)).isEnded();
        assertThat(scenario.reload(survey).getOutcome()).isEqualTo(SurveyOutcome.DISENGAGED);
        assertThat(decisions.findBySurveyIdOrderByDecidedAtAsc(survey.getId()))
                .singleElement().satisfies(d -> assertThat(d.getRationale()).startsWith("No answer"));
        assertThat(scenario.mailsTo(survey, "decision-notice")).extracting(m -> m.getRecipients().get(0))
                .containsExactly(survey.getSupplier().primaryContact().orElseThrow().getEmail());
        assertThat(scenario.mailsTo(survey, "decision-notice-manager")).singleElement().satisfies(notice -> {
            assertThat(notice.getRecipients()).containsExactly("carlos@example.com");
            assertThat(notice.getTextBody()).contains("Disengage from the supplier").contains("No answer to four requests")
                    .contains("disengaged").doesNotContain("Dear ").doesNotContain("/portal/");
        });
    }

    @Test
    void invalidCmrtIsSentBackWithItsFindingsUntilTheManagerAcceptsItWithExceptions() {
        scenario.upload(survey, TestWorkbooks.invalidWithoutCompanyName());
        assertThat(scenario.instance(survey)).isWaitingAt("Activity_WaitForCmrt");
        OutboundMessage resubmission = scenario.mailsTo(survey, "resubmission-request").get(0);
        assertThat(resubmission.getTextBody()).contains("Declaration!D8");

        scenario.upload(survey, TestWorkbooks.invalidWithoutCompanyName());
        var resolve = scenario.task(survey);
        assertThat(resolve.getName()).contains("Resolve invalid CMRT");
        assertThat((String) scenario.runtime.getVariable(resolve.getExecutionId(), "findingsSummary"))
                .contains("Declaration!D8");

        scenario.complete(survey, resolve, Map.of("resolution", "ASK_AGAIN"));
        assertThat(scenario.mailsTo(survey, "resubmission-request")).hasSize(2);
        scenario.upload(survey, TestWorkbooks.invalidWithoutCompanyName());
        scenario.complete(survey, scenario.task(survey), Map.of("resolution", "ACCEPT_WITH_EXCEPTIONS",
                "exceptionNote", "Company name is on the cover e-mail"));
        // Accepted workbooks still go through the smelter assessment; the default fixture's smelters
        // are not all on the bundled list, so the manager is asked about them.
        scenario.complete(survey, scenario.task(survey), Map.of("mitigation", "ACCEPT",
                "acceptanceReason", "Smelters confirmed by phone"));
        assertThat(scenario.instance(survey)).isEnded();
        assertThat(scenario.reload(survey).getOutcome()).isEqualTo(SurveyOutcome.VALID_WITH_MITIGATIONS);
    }

    @Test
    void invalidTooOftenCanBeEscalatedAndSuspended() {
        scenario.upload(survey, TestWorkbooks.invalidWithoutCompanyName());
        scenario.upload(survey, TestWorkbooks.invalidWithoutCompanyName());
        scenario.complete(survey, scenario.task(survey), Map.of("resolution", "ESCALATE",
                "escalationReason", "Refuses to use the CMRT template"));
        scenario.complete(survey, scenario.executiveTask(survey), Map.of("executiveDecision", "SUSPEND",
                "rationale", "Refuses to use the template after three requests"));
        assertThat(scenario.instance(survey)).isEnded();
        assertThat(scenario.reload(survey).getOutcome()).isEqualTo(SurveyOutcome.SUSPENDED);
    }

    @Test
    void weakProgramGetsGuidanceAndUnmatchedSmeltersNeedAnAgreedMitigation() {
        scenario.upload(survey, TestWorkbooks.validWeakProgram());
        assertThat(scenario.mailsTo(survey, "program-guidance")).hasSize(1);
        assertThat(scenario.reload(survey).getProgramStrength()).isNull();
        var mitigation = scenario.task(survey);
        assertThat(mitigation.getName()).contains("Agree risk mitigation");
        // The form says only the risks there are, and each unmatched row without "null".
        assertThat((String) scenario.tasks.getVariableLocal(mitigation.getId(), "taskContext"))
                .contains("Smelter risks in the CMRT of").contains("not matched to the reference list")
                .doesNotContain("0 high-risk").doesNotContain("null");
        assertThat((String) scenario.runtime.getVariable(mitigation.getExecutionId(), "riskSummary"))
                .contains("- Not matched: Smelter List row ").doesNotContain("null");

        scenario.complete(survey, mitigation, Map.of("mitigation", "PRODUCT_CMRT", "correctiveActionDays", 30L,
                "mitigationNote", "Send a CMRT for the parts you sell us only"));
        assertThat(scenario.mailsTo(survey, "corrective-action-request")).hasSize(1);
        assertThat(scenario.instance(survey)).isWaitingAt("Activity_WaitForEvidence");

        scenario.upload(survey, TestWorkbooks.validLowRisk());
        assertThat(scenario.instance(survey)).isEnded();
        SupplierSurvey done = scenario.reload(survey);
        assertThat(done.getOutcome()).isEqualTo(SurveyOutcome.VALID_LOW_RISK);
        assertThat(done.getProgramStrength()).isEqualTo("STRONG");
    }

    @Test
    void overdueCorrectiveActionEscalatesAndAContinuedEngagementComesBackAtItsReviewDate() {
        scenario.upload(survey, TestWorkbooks.validWithUnknownSmelter());
        scenario.complete(survey, scenario.task(survey), Map.of("mitigation", "REMOVE_SMELTER", "correctiveActionDays", 14L,
                "mitigationNote", "Remove the unknown refinery or tell us who it is"));
        scenario.passDays(survey, 15);

        String reviewDate = SurveyScenario.today().plusDays(20).toString();
        scenario.complete(survey, scenario.executiveTask(survey), Map.of("executiveDecision", "CONTINUE",
                "rationale", "Supplier named a new smelter audit plan", "reviewDate", reviewDate));
        assertThat(scenario.instance(survey)).isWaitingAt("Gateway_AwaitReview");

        scenario.passDays(survey, 21);
        scenario.complete(survey, scenario.executiveTask(survey), Map.of("executiveDecision", "CONTINUE",
                "rationale", "Audit started, give them until the next review", "reviewDate",
                SurveyScenario.today().plusDays(20).toString()));
        scenario.upload(survey, TestWorkbooks.validLowRisk());
        assertThat(scenario.instance(survey)).hasPassed("Event_CmrtDuringReview").isEnded();
        assertThat(scenario.reload(survey).getOutcome()).isEqualTo(SurveyOutcome.VALID_LOW_RISK);
        assertThat(decisions.findBySurveyIdOrderByDecidedAtAsc(survey.getId())).hasSize(2);
    }

    // ---- one survey that waits for each requested template

    @Autowired
    SurveyTemplateRepository templateRows;

    @Test
    void aSurveyAskingForCmrtAndEmrtWaitsForBothAndTheManagerCanAcceptAnInvalidEmrt() throws Exception {
        SupplierSurvey both = scenario.launchAsking(new SurveyPolicy(7, 2, 1, 14, "6.31"),
                org.mineraldiligence.cycle.RequestedTemplates.parse("CMRT,EMRT:COBALT+MICA"));
        scenario.runDueJobs(both);

        scenario.upload(both, TestWorkbooks.validLowRisk());
        assertThat(scenario.instance(both)).hasPassed("Gateway_TemplatesSettled", "Gateway_BackToWaiting")
                .isWaitingAt("Activity_WaitForCmrt");
        assertThat(scenario.runtime.getVariable(both.getProcessInstanceId(), "templatesOutstanding")).isEqualTo(true);

        scenario.upload(both, blankEmrt());
        var resolve = scenario.task(both);
        assertThat(resolve.getName()).isEqualTo("Resolve invalid EMRT (cobalt, mica) of Acme b Metals /b & Co");
        assertThat((String) scenario.runtime.getVariable(resolve.getExecutionId(), "findingsSummary"))
                .startsWith("EMRT (cobalt, mica): 68 error(s):");
        assertThat((String) scenario.tasks.getVariableLocal(resolve.getId(), "taskContext"))
                .contains("sent an invalid EMRT (cobalt, mica), 1 so far")
                .contains("**Templates asked:** CMRT: valid · EMRT (cobalt, mica): needs corrections (68 errors)");

        scenario.complete(both, resolve, Map.of("resolution", "ACCEPT_WITH_EXCEPTIONS",
                "exceptionNote", "EMRT data comes from the group's own report"));
        assertThat(scenario.instance(both)).hasPassed("Activity_RecordTemplateAccepted", "Activity_AssessSmelters").isEnded();
        assertThat(templateRows.findBySurveyIdOrderByIdAsc(both.getId())).extracting(SurveyTemplate::getState)
                .containsExactly(SurveyTemplate.State.VALID, SurveyTemplate.State.ACCEPTED);
        // the CMRT is the one assessed; the manager's exception is what the outcome records
        assertThat(scenario.reload(both).getOutcome()).isEqualTo(SurveyOutcome.EXEMPTED);
        assertThat(scenario.mailsTo(both, "survey-request")).singleElement().satisfies(request ->
                assertThat(request.getTextBody()).contains("- the RMI Conflict Minerals Reporting Template (CMRT)",
                        "- the RMI Extended Minerals Reporting Template (EMRT) covering cobalt and mica"));
    }

    static byte[] blankEmrt() throws java.io.IOException {
        return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/cmrt/templates/RMI_EMRT_2.1.xlsx"));
    }

    // ---- risk that follows the evidence: a smelter flagged after the survey's assessment

    @Test
    void aSmelterFlaggedAfterALowRiskOutcomeOpensTheSurveyAgainAtAgreeRiskMitigation() {
        FlaggableSmelter refinery = FlaggableSmelter.onAListOfItsOwn(lists);
        refinery.pinFor(survey, scenario, lists);
        scenario.upload(survey, refinery.lowRiskCmrt());
        SupplierSurvey ended = scenario.reload(survey);
        assertThat(ended.getOutcome()).isEqualTo(SurveyOutcome.VALID_LOW_RISK);

        evidence.flag(refinery.cid(), "Buys gold smuggled from Ituri (UN Group of Experts)", null, "cora");

        SupplierSurvey reopened = scenario.reload(survey);
        assertThat(reopened.getOutcome()).as("open again").isNull();
        assertThat(reopened.getProcessInstanceId()).isNotEqualTo(ended.getProcessInstanceId());
        assertThat(scenario.instance(reopened)).hasPassed("Event_SmelterFlaggedAfterOutcome")
                .isWaitingAt("Activity_AgreeRiskMitigation");
        var task = scenario.task(reopened);
        assertThat(task.getName()).startsWith("Agree risk mitigation with Acme");
        assertThat(task.getAssignee()).isEqualTo("carlos");
        assertThat((String) engine.getRuntimeService().getVariable(reopened.getProcessInstanceId(), "riskSummary"))
                .contains("High risk: " + FlaggableSmelter.NAME, refinery.cid(), "Buys gold smuggled from Ituri");

        scenario.complete(reopened, task, Map.of("mitigation", "ACCEPT",
                "acceptanceReason", "Supplier stops buying from the refinery with the next order"));
        assertThat(scenario.reload(survey).getOutcome()).isEqualTo(SurveyOutcome.VALID_WITH_MITIGATIONS);
    }

    @Test
    void aSmelterFlaggedDuringACorrectiveActionAsksTheCommodityManagerAgain() {
        FlaggableSmelter refinery = FlaggableSmelter.onAListOfItsOwn(lists);
        refinery.pinFor(survey, scenario, lists);
        scenario.upload(survey, refinery.cmrtWithAnUnknownRefineryToo());
        scenario.complete(survey, scenario.task(survey), Map.of("mitigation", "REMOVE_SMELTER",
                "correctiveActionDays", 30L, "mitigationNote", "Name the unknown refinery or remove it"));
        assertThat(scenario.instance(survey)).isWaitingAt("Activity_WaitForEvidence");

        evidence.flag(refinery.cid(), "Laundering gold from Ituri", null, "cora");

        assertThat(scenario.instance(survey)).hasPassed("Event_SmelterFlaggedDuringCorrectiveAction")
                .isWaitingAt("Activity_AgreeRiskMitigation");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(survey.getProcessInstanceId())
                .timers().count()).as("the corrective action's due date no longer runs").isZero();
    }

    @Test
    void aSmelterFlaggedWhileAContinuedEngagementAwaitsItsReviewAsksForMitigationAndAWithdrawalLeavesTheTask() {
        FlaggableSmelter refinery = FlaggableSmelter.onAListOfItsOwn(lists);
        refinery.pinFor(survey, scenario, lists);
        scenario.upload(survey, refinery.cmrtWithAnUnknownRefineryToo());
        scenario.complete(survey, scenario.task(survey), Map.of("mitigation", "REMOVE_SMELTER",
                "correctiveActionDays", 14L, "mitigationNote", "Name the unknown refinery or remove it"));
        scenario.passDays(survey, 15);
        scenario.complete(survey, scenario.executiveTask(survey), Map.of("executiveDecision", "CONTINUE",
                "rationale", "Supplier named a new smelter audit plan",
                "reviewDate", SurveyScenario.today().plusDays(20).toString()));
        assertThat(scenario.instance(survey)).isWaitingAt("Gateway_AwaitReview");

        EvidenceFlag flag = evidence.flag(refinery.cid(), "Laundering gold from Ituri", null, "cora");

        assertThat(scenario.instance(survey)).hasPassed("Event_SmelterFlaggedDuringReview")
                .isWaitingAt("Activity_AgreeRiskMitigation");
        String instance = survey.getProcessInstanceId();
        assertThat(engine.getRuntimeService().getVariable(instance, "highRiskSmelters")).isEqualTo(1);

        evidence.withdraw(flag.getId(), "The UN report named another refinery of that name", "cora");

        assertThat(scenario.instance(survey)).as("the open task stays for the commodity manager")
                .isWaitingAt("Activity_AgreeRiskMitigation");
        assertThat(engine.getRuntimeService().getVariable(instance, "highRiskSmelters")).isEqualTo(0);
        assertThat(engine.getRuntimeService().getVariable(instance, "risksFound")).as("the unknown refinery remains")
                .isEqualTo(true);
        assertThat((String) engine.getRuntimeService().getVariable(instance, "riskSummary"))
                .doesNotContain("High risk").contains("Totally Unknown Refinery of Nowhere");
    }

    /**
     * How many working days (Monday to Friday) lie after {@code from} up to {@code to}, which must fall on a
     * working day at the same time of day; -1 if it does not.
     */
    static int workingDaysFrom(java.util.Date from, java.util.Date to) {
        java.time.ZonedDateTime start = from.toInstant().atZone(java.time.ZoneId.systemDefault());
        java.time.ZonedDateTime end = to.toInstant().atZone(java.time.ZoneId.systemDefault());
        if (!start.toLocalTime().equals(end.toLocalTime()) || end.getDayOfWeek().getValue() > 5) {
            return -1;
        }
        int days = 0;
        for (java.time.LocalDate day = start.toLocalDate().plusDays(1); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                days++;
            }
        }
        return days;
    }
}
