package org.mineraldiligence.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.report.CycleReports;
import org.mineraldiligence.supplier.SupplierRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cycle's policy as a supplier and a commodity manager meet it: the policy's limits stored with the
 * cycle, a workbook below them refused with that reason first, and accepted with recorded exceptions by
 * the commodity manager; the supplier's known names decide the "another company" note.
 */
abstract class CyclePolicyContract {

    /** Minimum 6.31, answers dated 1 January 2025 or later; two invalid workbooks before a person decides. */
    static final SurveyPolicy POLICY = new SurveyPolicy(7, 2, 2, 14, "6.31", LocalDate.of(2025, 1, 1));

    @Autowired
    ProcessEngine engine;
    @Autowired
    SurveyScenario scenario;
    @Autowired
    CmrtSubmissionRepository submissions;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    CycleReports reports;

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

    @Test
    void theCyclesPolicyIsStoredWithTheCycle() {
        SurveyPolicy stored = scenario.cycles.findById(scenario.reload(survey).getCycle().getId()).orElseThrow().policy();

        assertThat(stored).isEqualTo(POLICY);
    }

    @Test
    void anOldRevisionIsSentBackWithThePolicyFirstAndCanBeAcceptedWithRecordedExceptions() {
        scenario.upload(survey, TestWorkbooks.validLowRiskOn("6.22"));

        CmrtSubmission first = latest();
        assertThat(first.getVerdict()).isEqualTo("INVALID");
        List<SubmissionFindings.Finding> findings = SubmissionFindings.of(first.getCheckJson());
        assertThat(findings.get(0).ruleId()).isEqualTo("CMRT-POLICY-OLD-REVISION");
        assertThat(findings.get(0).message()).startsWith("This is CMRT 6.22; we accept 6.31 or newer.");
        assertThat(scenario.mailsTo(survey, "resubmission-request")).singleElement()
                .satisfies(mail -> assertThat(mail.getTextBody()).contains("This is CMRT 6.22; we accept 6.31 or newer."));
        assertThat(scenario.instance(survey)).isWaitingAt("Activity_WaitForCmrt");

        scenario.upload(survey, TestWorkbooks.validLowRiskOn("6.22"));
        var resolve = scenario.task(survey);
        assertThat(resolve.getName()).contains("Resolve invalid CMRT");
        assertThat((String) scenario.runtime.getVariable(resolve.getExecutionId(), "findingsSummary"))
                .contains("Declaration!J3: This is CMRT 6.22");
        scenario.complete(survey, resolve, Map.of("resolution", "ACCEPT_WITH_EXCEPTIONS",
                "exceptionNote", "6.22 accepted this once: the supplier's answers are current"));

        assertThat(scenario.instance(survey)).isEnded();
        assertThat(scenario.reload(survey).getOutcome()).isEqualTo(SurveyOutcome.EXEMPTED);
        assertThat(reports.dashboard(survey.getCycle().getId()).outcomes())
                .as("the cycle's figures count the accepted exception").containsEntry(SurveyOutcome.EXEMPTED, 1L);
    }

    @Test
    void answersDatedBeforeThePolicysOldestDateAreRefused() {
        // the fixture's effective date is 31 January 2025; this cycle accepts 1 March 2025 or later
        SupplierSurvey strict = scenario.launch(new SurveyPolicy(7, 2, 2, 14, "6.31", LocalDate.of(2025, 3, 1)));
        scenario.runDueJobs(strict);
        scenario.upload(strict, TestWorkbooks.validLowRisk());

        CmrtSubmission checked = submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(strict.getId()).get(0);
        assertThat(checked.getVerdict()).isEqualTo("INVALID");
        assertThat(SubmissionFindings.of(checked.getCheckJson())).first()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("CMRT-POLICY-EFFECTIVE-DATE"));
    }

    @Test
    void anotherCompanysNameIsANoteUntilItIsOneOfTheSuppliersKnownNames() {
        // the fixture says "Acme Components Ltd"; the scenario's supplier is "Acme <b>Metals</b> & Co"
        scenario.upload(survey, TestWorkbooks.validLowRisk());
        assertThat(latest().getVerdict()).isEqualTo("VALID_WITH_WARNINGS");
        assertThat(SubmissionFindings.of(latest().getCheckJson())).extracting(SubmissionFindings.Finding::ruleId)
                .contains("CMRT-WARN-COMPANY-NAME-DIFFERS");

        SupplierSurvey renamed = scenario.launch(POLICY);
        scenario.runDueJobs(renamed);
        scenario.transaction.executeWithoutResult(status -> suppliers.findById(renamed.getSupplier().getId())
                .orElseThrow().setOtherNames(List.of("Acme Components", "Acme Holding")));
        scenario.upload(renamed, TestWorkbooks.validLowRisk());
        CmrtSubmission known = submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(renamed.getId()).get(0);
        assertThat(SubmissionFindings.of(known.getCheckJson())).extracting(SubmissionFindings.Finding::ruleId)
                .doesNotContain("CMRT-WARN-COMPANY-NAME-DIFFERS");
        assertThat(suppliers.findById(renamed.getSupplier().getId()).orElseThrow().knownNames())
                .containsExactly("Acme <b>Metals</b> & Co", "Acme Components", "Acme Holding");
    }

    private CmrtSubmission latest() {
        return submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(survey.getId()).get(0);
    }
}
