package org.mineraldiligence.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.cmrt.TestWorkbooks.Smelter;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.smelter.DeclaredSmelter;
import org.mineraldiligence.smelter.MatchResult;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.smelter.SmelterAssessmentRepository;
import org.mineraldiligence.smelter.SmelterAssessmentRow;
import org.mineraldiligence.smelter.SmelterReference;
import org.mineraldiligence.smelter.importer.ReferenceFiles;
import org.mineraldiligence.smelter.list.ReferenceLists;
import org.mineraldiligence.smelter.list.TestLists;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a compliance officer's work on the smelter pages does to supplier surveys: an evidence flag makes the
 * smelter HIGH risk in the next assessment, and a name confirmed in review is matched by alias from then on.
 * Each test's surveys are assessed against a list of its own (their cycles are pinned to it).
 */
@H2ApplicationTest
class SmelterEvidenceAndReviewTest {

    static final String REFINERY = "Northwind Precious Metals Refinery";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    SurveyScenario scenario;
    @Autowired
    ReferenceLists lists;
    @Autowired
    SmelterReference reference;
    @Autowired
    SmelterAssessmentRepository assessments;

    String cid;
    long listId;

    @BeforeEach
    void ownList() {
        BpmnAwareTests.init(engine);
        cid = TestLists.newCid();
        byte[] csv = TestLists.csv(TestLists.HEADER,
                "Gold," + REFINERY + ",Germany," + cid + ",Conformant,2010-05-01,Annual,",
                "Tin,Alpha,United States of America,CID000292,Conformant,,,",
                "Tantalum,\"Changsha South Tantalum Niobium Co., Ltd.\",China,CID000211,Conformant,,,",
                "Tungsten,A.L.M.T. TUNGSTEN Corp.,Japan,CID000004,Conformant,,,");
        listId = lists.store(new ReferenceFiles().importContent("evidence.csv", csv, LocalDate.of(2010, 6, 30))
                .orElseThrow(), "test").getId();
    }

    @Test
    void aFlaggedSmelterIsHighRiskInTheNextAssessmentWithTheFlagsReason() {
        SmelterAssessmentRow before = goldRowOf(assessedCmrtDeclaring(REFINERY));
        assertThat(before.getSmelterId()).isEqualTo(cid);
        assertThat(before.getRiskLevel()).isNotEqualTo("HIGH");

        WebSession cora = cora();
        String csrf = WebSession.csrfTokenOf(cora.get("/smelters/" + cid).body());
        assertThat(cora.postForm("/smelters/" + cid + "/flags", "_csrf=" + csrf
                + "&reason=Gold+smuggled+from+Ituri+%28UN+S%2F2016%2F466%29&sourceLink=https%3A%2F%2Fun.org%2Fs-2016-466")
                .statusCode()).isEqualTo(302);

        SmelterAssessmentRow after = goldRowOf(assessedCmrtDeclaring(REFINERY));
        assertThat(after.getSmelterId()).isEqualTo(cid);
        assertThat(after.getRiskLevel()).isEqualTo("HIGH");
        assertThat(after.getRiskReason()).contains("evidence of unethical or conflict sourcing",
                "Gold smuggled from Ituri (UN S/2016/466)", "flagged by cora");
    }

    @Test
    void aCandidateConfirmedInReviewBecomesAnAliasThatTheNextMatchUses() {
        String declared = "Northwind PM Refinery";
        SurveyAssessed assessed = assessedCmrtDeclaring(declared);
        SmelterAssessmentRow row = goldRowOf(assessed);
        assertThat(row.getDecision()).isEqualTo("REVIEW");

        WebSession cora = cora();
        String queue = cora.get("/smelters/review").body();
        assertThat(queue).contains("/smelters/review/" + row.getId() + "/confirm", declared, cid, REFINERY);
        assertThat(queue).as("the best candidate is preselected with the rule that found it")
                .contains("Suggested: <strong>" + cid + " " + REFINERY + "</strong>",
                        "found by <span class=\"found-by\">similar name</span>")
                .containsPattern("name=\"smelterId\" value=\"" + cid + "\"[^>]*checked");
        HttpResponse<String> confirmed = cora.postForm("/smelters/review/" + row.getId() + "/confirm",
                "_csrf=" + WebSession.csrfTokenOf(queue) + "&smelterId=" + cid);
        assertThat(confirmed.statusCode()).isEqualTo(302);

        SmelterAssessmentRow settled = assessments.findById(row.getId()).orElseThrow();
        assertThat(settled.getDecision()).isEqualTo("MATCHED");
        assertThat(settled.getMethod()).isEqualTo("ALIAS");
        assertThat(settled.getSmelterId()).isEqualTo(cid);
        assertThat(settled.getReviewedBy()).isEqualTo("cora");
        assertThat(settled.getRiskLevel()).isNotNull();
        assertThat(cora.get("/smelters/review").body()).doesNotContain("/smelters/review/" + row.getId() + "/");
        assertThat(cora.get("/smelters/" + cid).body()).contains("<li>" + declared + "</li>");

        MatchResult next = reference.forCycle(assessed.cycleId()).matcher()
                .match(DeclaredSmelter.of(Metal.GOLD, declared, "Germany"));
        assertThat(next.smelterId()).isEqualTo(cid);
        assertThat(next.method().name()).isEqualTo("ALIAS");
        assertThat(goldRowOf(assessedCmrtDeclaring(declared)).getMethod()).isEqualTo("ALIAS");
    }

    @Test
    void aShortDistinctiveNameOrASmelterIdTypedAsTheNameIsMatchedWithoutAPerson() {
        SmelterAssessmentRow shortName = goldRowOf(assessedCmrtDeclaring("Northwind"));
        assertThat(shortName.getDecision()).isEqualTo("MATCHED");
        assertThat(shortName.getSmelterId()).isEqualTo(cid);
        assertThat(shortName.getMethod()).isEqualTo("SHORT_NAME");
        SmelterAssessmentRow idAsName = goldRowOf(assessedCmrtDeclaring(cid));
        assertThat(idAsName.getSmelterId()).isEqualTo(cid);
        assertThat(idAsName.getMethod()).isEqualTo("ID_IN_ROW");
    }

    @Test
    void aRowMarkedNotASmelterLeavesTheQueueAndStaysAccountedFor() {
        SurveyAssessed assessed = assessedCmrtDeclaring("Our own warehouse in Hamburg");
        SmelterAssessmentRow row = goldRowOf(assessed);
        assertThat(row.getDecision()).isEqualTo("REVIEW");

        WebSession cora = cora();
        String queue = cora.get("/smelters/review").body();
        assertThat(cora.postForm("/smelters/review/" + row.getId() + "/not-a-smelter",
                "_csrf=" + WebSession.csrfTokenOf(queue)).statusCode()).isEqualTo(302);
        assertThat(cora.get("/smelters/review").body()).contains("is marked not a smelter")
                .doesNotContain("/smelters/review/" + row.getId() + "/");
        cora.postForm("/smelters/review/" + row.getId() + "/confirm",
                "_csrf=" + WebSession.csrfTokenOf(queue) + "&smelterId=" + cid);
        assertThat(cora.get("/smelters/review").body()).as("a settled row cannot be settled again")
                .contains("was already settled by cora");

        List<SmelterAssessmentRow> rows = assessments.findBySubmissionIdOrderByRowAsc(assessed.submissionId());
        assertThat(rows).hasSize(4);
        SmelterAssessmentRow settled = assessments.findById(row.getId()).orElseThrow();
        assertThat(settled.getDecision()).isEqualTo("NOT_A_SMELTER");
        assertThat(settled.getSmelterId()).isNullOrEmpty();
        assertThat(settled.getReviewedBy()).isEqualTo("cora");
    }

    @Test
    void aCommodityManagerCannotSettleReviewRows() {
        SmelterAssessmentRow row = goldRowOf(assessedCmrtDeclaring("Northwind PM Refinery"));
        WebSession carlos = new WebSession(port);
        carlos.logIn("carlos", "demo");
        String csrf = WebSession.csrfTokenOf(carlos.get("/").body());
        assertThat(carlos.get("/smelters/review").statusCode()).isEqualTo(403);
        assertThat(carlos.postForm("/smelters/review/" + row.getId() + "/not-a-smelter", "_csrf=" + csrf)
                .statusCode()).isEqualTo(403);
        assertThat(assessments.findById(row.getId()).orElseThrow().getDecision()).isEqualTo("REVIEW");
    }

    record SurveyAssessed(long cycleId, long submissionId) {
    }

    /** A new survey in a cycle pinned to this test's list, whose valid CMRT names the gold smelter so. */
    private SurveyAssessed assessedCmrtDeclaring(String goldSmelter) {
        SupplierSurvey survey = scenario.launch(SurveyPolicy.DEFAULT);
        scenario.runDueJobs(survey);
        long cycleId = scenario.reload(survey).getCycle().getId();
        lists.pin(cycleId, listId);
        long submissionId = scenario.upload(survey, TestWorkbooks.valid(
                new Smelter("Gold", goldSmelter, "Germany", null),
                new Smelter("Tin", "Alpha", "United States of America", "CID000292"),
                new Smelter("Tantalum", "Changsha South Tantalum Niobium Co., Ltd.", "China", "CID000211"),
                new Smelter("Tungsten", "A.L.M.T. TUNGSTEN Corp.", "Japan", "CID000004"))).submission().getId();
        return new SurveyAssessed(cycleId, submissionId);
    }

    private SmelterAssessmentRow goldRowOf(SurveyAssessed assessed) {
        List<SmelterAssessmentRow> rows = assessments.findBySubmissionIdOrderByRowAsc(assessed.submissionId());
        assertThat(rows).as("the CMRT was assessed").isNotEmpty();
        return rows.stream().filter(r -> r.getMetal().equals("Gold")).findFirst().orElseThrow();
    }

    private WebSession cora() {
        WebSession cora = new WebSession(port);
        cora.logIn("cora", "demo");
        return cora;
    }
}
