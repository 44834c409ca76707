package org.mineraldiligence.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.TestPeople;
import org.mineraldiligence.audit.AuditEntry;
import org.mineraldiligence.audit.AuditTrail;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.mail.OutboundMessage;
import org.mineraldiligence.smelter.SmelterAssessmentRepository;
import org.mineraldiligence.smelter.SmelterAssessmentRow;
import org.mineraldiligence.smelter.evidence.EvidenceFlags;
import org.mineraldiligence.smelter.list.ReferenceLists;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A compliance officer flags a smelter on its page and withdraws the flag, as in the browser (real HTTP, CSRF):
 * the open surveys that declared it are re-assessed, their commodity manager gets a task and an e-mail, the
 * audit trail and Cockpit's decision history show it; the smelter page lists who declared it, with a CSV, for
 * the roles that may read smelter pages. Run on H2 and PostgreSQL.
 */
abstract class SmelterRiskFollowsEvidenceContract {

    @LocalServerPort
    int port;
    @Autowired
    SurveyScenario scenario;
    @Autowired
    ReferenceLists lists;
    @Autowired
    IdentityService identity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    SmelterAssessmentRepository assessments;
    @Autowired
    CmrtSubmissionRepository submissions;
    @Autowired
    AuditTrail audit;
    @Autowired
    ReportingCycleRepository cycles;
    @Autowired
    TransactionTemplate transaction;

    FlaggableSmelter refinery;

    @BeforeEach
    void peopleAndList() {
        TestPeople.ensure(identity, TestPeople.DEMO);
        refinery = FlaggableSmelter.onAListOfItsOwn(lists);
    }

    @Test
    void aFlagReassessesOpenSurveysThatDeclaredTheSmelterAndAWithdrawalBringsTheRiskBackDown() {
        SupplierSurvey open = surveyDeclaringTheRefinery(FlaggableSmelter.NAME);
        SupplierSurvey closedCycle = surveyDeclaringTheRefinery(FlaggableSmelter.NAME);
        transaction.executeWithoutResult(status -> cycles.findById(closedCycle.getCycle().getId()).orElseThrow()
                .close(SurveyScenario.now(), "olivia"));
        assertThat(rowOf(open).getRiskLevel()).isEqualTo("LOW");
        long decisionsBefore = smelterRiskDecisions();

        WebSession cora = logIn("cora");
        String page = cora.get("/smelters/" + refinery.cid()).body();
        HttpResponse<String> flagged = cora.postForm("/smelters/" + refinery.cid() + "/flags", "_csrf="
                + WebSession.csrfTokenOf(page) + "&reason=" + form("Buys gold smuggled from Ituri (UN S/2016/466)"));
        assertThat(flagged.statusCode()).isEqualTo(302);

        SmelterAssessmentRow high = rowOf(open);
        assertThat(high.getRiskLevel()).isEqualTo("HIGH");
        assertThat(high.getRiskReason()).contains("Buys gold smuggled from Ituri (UN S/2016/466)", "flagged by cora");
        SupplierSurvey reopened = scenario.reload(open);
        assertThat(reopened.getOutcome()).as("open again for a mitigation").isNull();
        assertThat(scenario.task(reopened).getName()).startsWith("Agree risk mitigation with");
        assertThat(scenario.task(reopened).getAssignee()).isEqualTo("carlos");
        assertThat(rowOf(closedCycle).getRiskLevel()).as("a closed cycle's survey is left as reported").isEqualTo("LOW");
        assertThat(scenario.reload(closedCycle).getOutcome()).isEqualTo(SurveyOutcome.VALID_LOW_RISK);

        String carlosMail = identity.createUserQuery().userId("carlos").singleResult().getEmail();
        List<OutboundMessage> told = scenario.mailsTo(open, RiskReassessment.TEMPLATE);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).getRecipients()).containsExactly(carlosMail);
        assertThat(told.get(0).getSubject()).contains("Smelter flagged HIGH risk", refinery.cid());
        assertThat(told.get(0).getTextBody()).contains("cora flagged", "Buys gold smuggled from Ituri",
                "A new task \"Agree risk mitigation\" is waiting for you");
        assertThat(told.get(0).getHtmlBody()).contains("&lt;b&gt;Metals&lt;/b&gt;").doesNotContain("<b>Metals</b>");
        assertThat(scenario.mailsTo(closedCycle, RiskReassessment.TEMPLATE)).isEmpty();

        AuditEntry flagEntry = last(audit.historyOf(EvidenceFlags.AUDIT_SUBJECT, refinery.cid()));
        assertThat(flagEntry.getAction()).isEqualTo("SMELTER_FLAGGED");
        assertThat(flagEntry.getActor()).isEqualTo("cora");
        assertThat(flagEntry.getAfter()).contains("Buys gold smuggled from Ituri");

        assertThat(smelterRiskDecisions()).as("ratings in Cockpit's decision history").isGreaterThan(decisionsBefore);
        String history = logIn("olivia").getWithBasic("/engine-rest/history/decision-instance"
                + "?decisionDefinitionKey=smelterRisk&includeInputs=true&includeOutputs=true&sortBy=evaluationTime"
                + "&sortOrder=desc&maxResults=5", "olivia", "demo").body();
        assertThat(history).contains("\"ruleId\":\"rule_evidence\"", "\"value\":\"HIGH\"");

        long flagId = Long.parseLong(cora.get("/smelters/" + refinery.cid()).body()
                .replaceAll("(?s).*/smelters/flags/(\\d+)/withdraw.*", "$1"));
        page = cora.get("/smelters/" + refinery.cid()).body();
        assertThat(cora.postForm("/smelters/flags/" + flagId + "/withdraw", "_csrf=" + WebSession.csrfTokenOf(page)
                + "&smelterId=" + refinery.cid() + "&reason=" + form("The UN report named another refinery"))
                .statusCode()).isEqualTo(302);

        assertThat(rowOf(open).getRiskLevel()).isEqualTo("LOW");
        assertThat(runtime.getVariable(reopened.getProcessInstanceId(), "risksFound")).isEqualTo(false);
        assertThat(scenario.task(reopened)).as("the open task stays for its manager").isNotNull();
        assertThat(scenario.mailsTo(open, RiskReassessment.TEMPLATE)).hasSize(2)
                .anySatisfy(mail -> assertThat(mail.getTextBody()).contains("cora withdrew a flag",
                        "The UN report named another refinery", "no high-risk or unmatched smelters any more"));
        AuditEntry withdrawal = last(audit.historyOf(EvidenceFlags.AUDIT_SUBJECT, refinery.cid()));
        assertThat(withdrawal.getAction()).isEqualTo("SMELTER_FLAG_WITHDRAWN");
        assertThat(withdrawal.getActor()).isEqualTo("cora");
        assertThat(withdrawal.getAfter()).contains("The UN report named another refinery", "withdrawnAt");
    }

    @Test
    void theSmelterPageListsWhoDeclaredItWithACsvForTheRolesThatReadSmelterPages() {
        String hostile = "=2+5+cmd|' -C calc'!A0";
        SupplierSurvey declared = surveyDeclaringTheRefinery(hostile);
        String code = declared.getSupplier().getCode();

        for (String reader : List.of("cora", "olivia")) {
            WebSession session = logIn(reader);
            String page = session.get("/smelters/" + refinery.cid()).body();
            assertThat(page).as(reader).contains("Suppliers that declared it", code, "A. Company",
                    "Acme &lt;b&gt;Metals&lt;/b&gt; &amp; Co", "/smelters/" + refinery.cid() + "/declared-by.csv");
            HttpResponse<String> csv = session.get("/smelters/" + refinery.cid() + "/declared-by.csv");
            assertThat(csv.statusCode()).as(reader).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            String line = csv.body().lines().filter(l -> l.contains(code)).findFirst().orElseThrow();
            assertThat(line).contains(refinery.cid(), "A. Company", "LOW", "ada@" + code.toLowerCase() + ".example")
                    .contains("'" + hostile.replace("\"", "\"\"")).doesNotContain("," + hostile);
        }
        for (String outsider : List.of("carlos", "erin")) {
            WebSession session = logIn(outsider);
            assertThat(session.get("/smelters/" + refinery.cid()).statusCode()).as(outsider).isEqualTo(403);
            assertThat(session.get("/smelters/" + refinery.cid() + "/declared-by.csv").statusCode()).as(outsider)
                    .isEqualTo(403);
        }
    }

    private SupplierSurvey surveyDeclaringTheRefinery(String declaredName) {
        SupplierSurvey survey = scenario.launch(SurveyPolicy.DEFAULT);
        scenario.runDueJobs(survey);
        refinery.pinFor(survey, scenario, lists);
        scenario.upload(survey, refinery.lowRiskCmrt(declaredName));
        SupplierSurvey done = scenario.reload(survey);
        assertThat(done.getOutcome()).isEqualTo(SurveyOutcome.VALID_LOW_RISK);
        return done;
    }

    private SmelterAssessmentRow rowOf(SupplierSurvey survey) {
        long submission = submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(survey.getId()).get(0).getId();
        return assessments.findBySubmissionIdOrderByRowAsc(submission).stream()
                .filter(row -> refinery.cid().equals(row.getSmelterId())).findFirst().orElseThrow();
    }

    private long smelterRiskDecisions() {
        String count = logIn("olivia").getWithBasic(
                "/engine-rest/history/decision-instance/count?decisionDefinitionKey=smelterRisk", "olivia", "demo").body();
        return Long.parseLong(count.replaceAll("\\D", ""));
    }

    private WebSession logIn(String user) {
        WebSession session = new WebSession(port);
        session.logIn(user, "demo");
        return session;
    }

    private static AuditEntry last(List<AuditEntry> entries) {
        assertThat(entries).isNotEmpty();
        return entries.get(entries.size() - 1);
    }

    private static String form(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
