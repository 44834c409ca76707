package org.mineraldiligence.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.EmrtFixture;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.smelter.list.ReferenceLists;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.cycle.RequestedTemplates;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.mail.OutboundMessage;
import org.mineraldiligence.portal.PortalLinks;
import org.mineraldiligence.support.Browser;
import org.mineraldiligence.support.H2ApplicationTest;
import org.openqa.selenium.By;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A campaign that asks one supplier for its CMRT and its EMRT (cobalt, mica), followed through the real survey
 * process and the supplier portal over HTTP until both templates are valid.
 */
@H2ApplicationTest
class TemplateCampaignTest {

    /** Remind every 7 days; one invalid workbook of a template goes to the commodity manager. */
    static final SurveyPolicy POLICY = new SurveyPolicy(7, 2, 1, 14, "6.31");

    @LocalServerPort
    int port;
    @Autowired
    SurveyScenario scenario;
    @Autowired
    PortalLinks links;
    @Autowired
    SurveyTemplateRepository rows;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ReferenceLists lists;

    @BeforeEach
    void assertions() {
        BpmnAwareTests.init(engine);
        EmrtSmelterAssessmentTest.importEmrtLookup(lists);
    }

    /**
     * A valid EMRT 2.1 for the minerals asked, cobalt and mica, the others deselected, naming one refiner of each
     * from the look-up outside the covered countries (Umicore Olen, Belgium; Yamaguchi Mica, Japan): its assessment
     * finds no risk.
     */
    static byte[] validLowRiskEmrt() {
        return EmrtFixture.validVariant("2.1", f -> {
            List.of(ExtendedMineral.COPPER, ExtendedMineral.GRAPHITE, ExtendedMineral.LITHIUM, ExtendedMineral.NICKEL)
                    .forEach(f::deselect);
            for (int row = 5; row <= 10; row++) {
                f.clearSmelterRow(row);
            }
            f.smelterWithId(5, "CID003228");
            f.smelterWithId(6, "CID003512");
        });
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void oneSupplierAskedForCmrtAndEmrtIsFollowedToTwoValidTemplates() throws Exception {
        SupplierSurvey survey = scenario.launchAsking(POLICY, RequestedTemplates.parse("CMRT,EMRT:COBALT+MICA"));
        scenario.runDueJobs(survey);

        OutboundMessage request = scenario.mailsTo(survey, "survey-request").get(0);
        assertThat(scenario.mailsTo(survey, "survey-request")).hasSize(1);
        assertThat(request.getSubject()).startsWith("Please send your CMRT and EMRT for RY2026");
        assertThat(request.getTextBody()).contains("- the RMI Conflict Minerals Reporting Template (CMRT)",
                "- the RMI Extended Minerals Reporting Template (EMRT) covering cobalt and mica");
        assertThat(request.getHtmlBody()).contains("<li>the RMI Extended Minerals Reporting Template (EMRT) covering cobalt and mica</li>");

        WebSession browser = new WebSession(port);
        String portal = URI.create(links.mint(scenario.reload(survey))).getPath();
        String page = browser.get(portal).body();
        assertThat(page).contains("What we ask of you", "Extended Minerals Reporting Template (EMRT) covering cobalt and mica",
                "We have not received a CMRT from you yet.", "We have not received an EMRT from you yet.",
                "Download the blank CMRT 6.5 (English)", "Download the blank EMRT 2.1 (English)", "Your CMRT or EMRT workbook");
        HttpResponse<byte[]> blank = browser.getBytes(portal + "/template/emrt");
        assertThat(blank.statusCode()).isEqualTo(200);
        CheckResult blankChecked = CmrtChecker.withDefaults().alsoEmrt().check("RMI_EMRT_2.1.xlsx", new ByteArrayInputStream(blank.body()));
        assertThat(blankChecked.templateType()).isEqualTo("EMRT");
        assertThat(blankChecked.templateVersion()).isEqualTo("2.1");

        assertThat(upload(survey, browser, portal, "cmrt.xlsx", TestWorkbooks.validLowRisk()))
                .contains("What happens next: we still need your EMRT (cobalt, mica).")
                .doesNotContain("we assess the smelters and refiners you declared. Your commodity manager");
        assertThat(browser.get(portal).body()).contains("We received a valid CMRT from you on")
                .contains("We have not received an EMRT from you yet.");
        assertThat(states(survey)).containsExactly(SurveyTemplate.State.VALID, SurveyTemplate.State.AWAITING);

        scenario.passDays(survey, 7);
        OutboundMessage reminder = scenario.mailsTo(survey, "reminder").get(0);
        assertThat(reminder.getSubject()).startsWith("Reminder: your EMRT for RY2026");
        assertThat(reminder.getTextBody()).contains("- EMRT (cobalt, mica): not received yet").doesNotContain("- CMRT");

        upload(survey, browser, portal, "emrt-blank.xlsx", SupplierSurveyProcessTest.blankEmrt());
        var resolve = scenario.task(survey);
        assertThat(resolve.getName()).isEqualTo("Resolve invalid EMRT (cobalt, mica) of Acme b Metals /b & Co");
        assertThat((String) scenario.tasks.getVariableLocal(resolve.getId(), "taskContext"))
                .contains("sent an invalid EMRT (cobalt, mica), 1 so far", "CMRT: valid · EMRT (cobalt, mica): needs corrections");
        assertThat(browser.get(portal).body()).contains("The last EMRT you sent").contains("We received a valid CMRT");

        scenario.complete(survey, resolve, Map.of("resolution", "ASK_AGAIN"));
        OutboundMessage resubmission = scenario.mailsTo(survey, "resubmission-request").get(0);
        assertThat(resubmission.getSubject()).startsWith("Action needed: your EMRT for RY2026");
        assertThat(resubmission.getTextBody()).contains("Extended Minerals Reporting Template (EMRT) covering cobalt and mica",
                "Upload the corrected EMRT");

        String result = upload(survey, browser, portal, "emrt.xlsx", validLowRiskEmrt());
        assertThat(result).contains("Thank you: your EMRT is valid.");
        BpmnAwareTests.assertThat(scenario.instance(survey)).hasPassed("Activity_AssessSmelters").isEnded();
        assertThat(states(survey)).containsExactly(SurveyTemplate.State.VALID, SurveyTemplate.State.VALID);
        assertThat(scenario.reload(survey).getOutcome()).isEqualTo(SurveyOutcome.VALID_LOW_RISK);
    }

    @Test
    void aCmrtOnlySurveyKeepsAnEmrtAsideAndStillWaitsForItsCmrt() throws Exception {
        SupplierSurvey survey = scenario.launchAsking(POLICY, RequestedTemplates.CMRT_ONLY);
        scenario.runDueJobs(survey);
        WebSession browser = new WebSession(port);
        String portal = URI.create(links.mint(scenario.reload(survey))).getPath();
        assertThat(browser.get(portal).body()).doesNotContain("EMRT").contains("Your CMRT workbook");
        assertThat(browser.getBytes(portal + "/template/emrt").statusCode()).isEqualTo(404);

        String result = upload(survey, browser, portal, "emrt.xlsx", validLowRiskEmrt());

        assertThat(result).contains("We did not ask you for an EMRT.").doesNotContain("Thank you");
        assertThat(states(survey)).containsExactly(SurveyTemplate.State.AWAITING);
        BpmnAwareTests.assertThat(scenario.instance(survey)).isWaitingAt("Activity_WaitForCmrt");
        assertThat(scenario.mailsTo(survey, "resubmission-request")).isEmpty();
    }

    @Test
    void anEmrtUploadedWhileTheSurveyChecksTheCmrtIsTakenInNext() {
        SupplierSurvey survey = scenario.launchAsking(POLICY, RequestedTemplates.parse("CMRT,EMRT:COBALT+MICA"));
        scenario.runDueJobs(survey);
        SupplierSurvey fresh = scenario.reload(survey);
        assertThat(scenario.receiver.receive(fresh, "cmrt.xlsx", TestWorkbooks.validLowRisk()).handedToSurvey()).isTrue();
        // the supplier sends its EMRT before the job executor has checked the CMRT
        assertThat(scenario.receiver.receive(fresh, "emrt.xlsx", validLowRiskEmrt()).handedToSurvey()).isFalse();

        scenario.runDueJobs(survey);

        BpmnAwareTests.assertThat(scenario.instance(survey)).hasPassed("Activity_LookForReceivedCmrt").isEnded();
        assertThat(states(survey)).containsExactly(SurveyTemplate.State.VALID, SurveyTemplate.State.VALID);
        assertThat(scenario.reload(survey).getOutcome()).isEqualTo(SurveyOutcome.VALID_LOW_RISK);
    }

    /** The page a supplier asked for both sees once its CMRT is valid and its EMRT needs corrections, in Chromium. */
    @Test
    void thePortalPageShowsEachTemplateInChromium() throws Exception {
        SupplierSurvey survey = scenario.launchAsking(new SurveyPolicy(7, 2, 3, 14, "6.31"),
                RequestedTemplates.parse("CMRT,EMRT:COBALT+MICA"));
        scenario.runDueJobs(survey);
        scenario.upload(survey, TestWorkbooks.validLowRisk());
        scenario.upload(survey, SupplierSurveyProcessTest.blankEmrt());
        String portal = URI.create(links.mint(scenario.reload(survey))).getPath();
        try (Browser chrome = Browser.open(port, "templates")) {
            chrome.go(portal);
            assertThat(chrome.driver().findElement(By.cssSelector("[data-template=CMRT]")).getText())
                    .startsWith("Conflict Minerals Reporting Template (CMRT)").contains("We received a valid CMRT");
            assertThat(chrome.driver().findElement(By.cssSelector("[data-template=EMRT]")).getText())
                    .contains("covering cobalt and mica", "The last EMRT you sent", "68 points to correct.");
            chrome.screenshot("portal-cmrt-valid-emrt-invalid");
            chrome.driver().findElement(By.cssSelector("[data-template=EMRT] a")).click();
            assertThat(chrome.driver().findElement(By.tagName("main")).getText()).contains("Your EMRT needs corrections");
            chrome.screenshot("portal-emrt-findings");
            assertThat(chrome.consoleErrorsFromOurPages()).isEmpty();
        }
    }

    private java.util.List<SurveyTemplate.State> states(SupplierSurvey survey) {
        return rows.findBySurveyIdOrderByIdAsc(survey.getId()).stream().map(SurveyTemplate::getState).toList();
    }

    /** Uploads through the portal's form as a browser does, lets the survey run, and returns the result page. */
    private String upload(SupplierSurvey survey, WebSession browser, String portal, String name, byte[] workbook) {
        String csrf = WebSession.csrfTokenOf(browser.get(portal).body());
        HttpResponse<String> posted = browser.upload(portal + "/upload", csrf, name, workbook);
        assertThat(posted.statusCode()).as("redirect to the result").isEqualTo(302);
        String result = browser.get(URI.create(posted.headers().firstValue("Location").orElseThrow()).getPath()).body();
        scenario.runDueJobs(survey);
        return result;
    }
}
