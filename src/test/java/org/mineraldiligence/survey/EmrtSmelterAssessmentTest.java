package org.mineraldiligence.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.CmrtJson;
import org.mineraldiligence.cmrt.EmrtFixture;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.smelter.SmelterAssessmentRepository;
import org.mineraldiligence.smelter.SmelterAssessmentRow;
import org.mineraldiligence.smelter.importer.ReferenceFiles;
import org.mineraldiligence.smelter.list.ReferenceLists;
import org.mineraldiligence.support.H2ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Assess smelters" with an EMRT in hand: its Smelter List rows are matched against the newest EMRT look-up list
 * (the real RMI EMRT 2.1 look-up), mineral by mineral, rated by the smelter-risk decision without claiming a status
 * the look-up does not state, stored with the metal column "EMRT:&lt;mineral&gt;", and counted in the survey's risk
 * flags next to the CMRT's; an EMRT that is the survey's submission is assessed once, never as a CMRT.
 */
@H2ApplicationTest
class EmrtSmelterAssessmentTest {

    /** Chemaf Etoile, a cobalt refiner in the DRC on the EMRT 2.1 look-up. */
    static final String DRC_COBALT = "CID003264";

    @Autowired
    ProcessEngine engine;
    @Autowired
    SurveyScenario scenario;
    @Autowired
    ReferenceLists lists;
    @Autowired
    SurveyTemplateRepository templates;
    @Autowired
    CmrtSubmissionRepository submissions;
    @Autowired
    StoredWorkbookRepository workbooks;
    @Autowired
    SupplierSurveyRepository surveys;
    @Autowired
    SmelterAssessmentRepository assessments;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TransactionTemplate transaction;

    SupplierSurvey survey;

    /** The real EMRT 2.1 Smelter Look-up as the newest refiner list, as a process owner imports it. */
    static void importEmrtLookup(ReferenceLists lists) {
        if (lists.newestEmrt().filter(l -> "2.1".equals(l.getEmrtRevision())).isEmpty()) {
            lists.store(new ReferenceFiles().importFile(Path.of("src/test/resources/cmrt/templates/RMI_EMRT_2.1.xlsx"),
                    LocalDate.of(2099, 1, 1)).orElseThrow(), "system");
        }
    }

    @BeforeEach
    void launch() {
        BpmnAwareTests.init(engine);
        importEmrtLookup(lists);
        survey = scenario.launch(SupplierSurveyProcessTest.POLICY);
        scenario.runDueJobs(survey);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aDrcCobaltRefinerOfTheEmrtIsHighRiskNextToALowRiskCmrtAndItsStatusIsNotStated() {
        CmrtSubmission emrt = emrtInHand(EmrtFixture.validEmrtDeclaring("2.1", DRC_COBALT));

        scenario.upload(survey, TestWorkbooks.validLowRisk());

        List<SmelterAssessmentRow> rows = assessments.findBySubmissionIdOrderByRowAsc(emrt.getId());
        assertThat(rows).extracting(SmelterAssessmentRow::getMetal).containsExactly("EMRT:Cobalt", "EMRT:Copper",
                "EMRT:Graphite", "EMRT:Lithium", "EMRT:Mica", "EMRT:Nickel");
        SmelterAssessmentRow chemaf = rows.get(0);
        assertThat(chemaf.getSmelterId()).isEqualTo(DRC_COBALT);
        assertThat(chemaf.getStandardName()).isEqualTo("Chemaf Etoile");
        assertThat(chemaf.getMethod()).isEqualTo("ID");
        assertThat(chemaf.getStatus()).isEqualTo("UNKNOWN");
        assertThat(chemaf.getRiskLevel()).isEqualTo("HIGH");
        assertThat(chemaf.getRiskReason()).contains("DRC")
                .endsWith("(RMI status not stated in the EMRT 2.1 Smelter Look-up; not taken as conformant)");
        assertThat(rows.get(2).isUnderReview()).as("the look-up lists no graphite processor").isTrue();
        assertThat(rows).filteredOn(r -> "MATCHED".equals(r.getDecision())).hasSize(5)
                .allSatisfy(r -> assertThat(r.getStatus()).isNotEqualTo("CONFORMANT"));

        Long cmrt = submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(survey.getId()).get(0).getId();
        assertThat(assessments.findBySubmissionIdOrderByRowAsc(cmrt)).hasSize(4)
                .allSatisfy(r -> assertThat(r.getMetal()).doesNotStartWith("EMRT:"));
        String instance = survey.getProcessInstanceId();
        assertThat(runtime.getVariable(instance, SurveyVariables.HIGH_RISK_SMELTERS)).isEqualTo(1);
        assertThat(runtime.getVariable(instance, SurveyVariables.UNMATCHED_SMELTERS)).isEqualTo(1);
        assertThat((String) runtime.getVariable(instance, SurveyVariables.RISK_SUMMARY))
                .contains("High risk: Chemaf Etoile (CID003264, EMRT:Cobalt)",
                        "Not matched: Smelter List row 7 (EMRT:Graphite): Qingdao Graphite Processing Co.");
        assertThat(scenario.task(survey).getTaskDefinitionKey()).isEqualTo("Activity_AgreeRiskMitigation");
    }

    @Test
    void anEmrtThatIsTheSurveysSubmissionIsAssessedOnceAsAnEmrtNeverAsACmrt() {
        CmrtSubmission emrt = emrtInHand(EmrtFixture.validEmrt("2.1"));

        // as when only an EMRT was asked: the survey's submission is the EMRT
        runtime.createProcessInstanceModification(survey.getProcessInstanceId())
                .startBeforeActivity("Activity_AssessSmelters")
                .setVariable(SurveyVariables.SUBMISSION_ID, emrt.getId()).execute();
        scenario.runDueJobs(survey);

        List<SmelterAssessmentRow> rows = assessments.findBySubmissionIdOrderByRowAsc(emrt.getId());
        assertThat(rows).hasSize(6).allSatisfy(r -> assertThat(r.getMetal()).startsWith("EMRT:"));
        assertThat(rows).filteredOn(r -> "MATCHED".equals(r.getDecision())).hasSize(5);
    }

    /** An EMRT checked by the real checker and recorded as the survey's valid EMRT, as the portal will. */
    private CmrtSubmission emrtInHand(byte[] workbook) {
        CheckResult result = CmrtChecker.withDefaults().alsoEmrt().check("emrt.xlsx", new ByteArrayInputStream(workbook));
        assertThat(result.templateType()).isEqualTo("EMRT");
        assertThat(result.errors()).isEmpty();
        return transaction.execute(status -> {
            SupplierSurvey managed = surveys.findById(survey.getId()).orElseThrow();
            StoredWorkbook stored = workbooks.save(new StoredWorkbook(sha256(workbook), workbook));
            CmrtSubmission submission = submissions.save(new CmrtSubmission(managed, stored, "emrt.xlsx",
                    workbook.length, SurveyScenario.now()));
            submission.recordCheck(result.verdict().name(), result.templateType(), result.templateVersion(),
                    result.errors().size(), result.warnings().size(), CmrtJson.toJson(result), SurveyScenario.now());
            SurveyTemplate template = templates.findBySurveyIdAndTemplateType(managed.getId(), SurveyTemplate.EMRT)
                    .orElseGet(() -> new SurveyTemplate(managed, SurveyTemplate.EMRT,
                            "COBALT+COPPER+GRAPHITE+LITHIUM+MICA+NICKEL", SurveyScenario.now()));
            template.received(submission, SurveyTemplate.State.VALID, SurveyScenario.now());
            templates.save(template);
            return submission;
        });
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
