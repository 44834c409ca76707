package org.mineraldiligence.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mineraldiligence.support.TestPeople;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.mail.OutboundMessage;
import org.mineraldiligence.supplier.ContactDetails;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SurveyScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The commodity manager's and the executive's desk for one unresponsive supplier, driven through the real
 * process: what the Tasklist forms show (the task's context), who may open the supplier page and list over
 * real HTTP, and the decision notice the commodity manager gets. Run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SupplierDeskContract {

    /** Remind weekly, at most twice. */
    static final SurveyPolicy POLICY = new SurveyPolicy(7, 2, 2, 14, "6.31");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @LocalServerPort
    int port;
    @Autowired
    SurveyScenario scenario;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;

    SupplierSurvey survey;
    String code;
    String contactContext;
    String decisionContext;
    String history;

    @BeforeEach
    void anUnresponsiveSupplierEscalatedAndDisengaged() {
        if (survey != null) {
            return;
        }
        people();
        survey = scenario.launch(POLICY, supplierCode -> List.of(
                new ContactDetails("Ada <i>Buyer</i>", "ada@" + supplierCode.toLowerCase() + ".example", "+49 89 1234-567", true)));
        code = survey.getSupplier().getCode();
        // A day at a time, as the job executor would: two timers due in one run race each other.
        scenario.passDays(survey, 7);
        scenario.passDays(survey, 7);
        scenario.passDays(survey, 17);
        Task contact = scenario.task(survey);
        assertThat(contact.getName()).startsWith("Contact unresponsive supplier");
        contactContext = (String) tasks.getVariableLocal(contact.getId(), "taskContext");
        complete(contact, "carlos", Map.of("contactOutcome", "ESCALATE",
                "escalationReason", "Two reminders and three calls to Ada unanswered since March"));
        Task decision = scenario.executiveTask(survey);
        decisionContext = (String) tasks.getVariableLocal(decision.getId(), "taskContext");
        history = (String) tasks.getVariable(decision.getId(), "supplierHistory");
        complete(decision, "erin", Map.of("executiveDecision", "DISENGAGE",
                "rationale", "No CMRT after two reminders and three calls", "notifySupplier", true));
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theContactTaskShowsTheContactDeadlineRemindersAndALinkToTheSupplierPage() {
        String email = "ada@" + code.toLowerCase() + ".example";
        assertThat(contactContext)
                .contains("Acme b Metals /b & Co has not sent its CMRT")
                .contains("Ada i Buyer /i").contains("[" + email + "](mailto:" + email + ")").contains("+49 89 1234-567")
                .contains("**Response deadline:** " + DAY.format(scenario.reload(survey).getDeadline()))
                .contains("**Reminders sent:** 2 of 2").contains("**Latest CMRT:** none received")
                .contains("(http://").contains("/suppliers/" + code + ")")
                .doesNotContain("****").doesNotContain("null").doesNotContain("<i>");
    }

    @Test
    void theExecutiveReadsTheManagersReasonAndTheHistoryByReadableNames() {
        assertThat(decisionContext).contains("### Escalation: Acme b Metals /b & Co")
                .contains("**Why it was escalated:** carlos at Contact unresponsive supplier")
                .contains("Two reminders and three calls to Ada unanswered since March")
                .contains("/suppliers/" + code + ")").doesNotContain("null");
        assertThat(history).contains("Survey request").contains("Reminder 1 of 2").contains("Reminder 2 of 2")
                .contains("No response: escalate to the executive champions")
                .doesNotContain("survey-request").doesNotContain("1 × reminder");
    }

    @Test
    void theManagerGetsANoticeOfHisOwnAndTheSupplierOnlyTheLetter() {
        assertThat(scenario.mailsTo(survey, "decision-notice")).singleElement().satisfies(letter ->
                assertThat(letter.getRecipients()).containsExactly(survey.getSupplier().primaryContact().orElseThrow().getEmail()));
        OutboundMessage notice = scenario.mailsTo(survey, "decision-notice-manager").get(0);
        assertThat(scenario.mailsTo(survey, "decision-notice-manager")).hasSize(1);
        assertThat(notice.getRecipients()).containsExactly("carlos@example.com");
        assertThat(notice.getSubject()).contains("Disengage from the supplier");
        assertThat(notice.getTextBody()).contains("Hello " + fullName("carlos") + ",").contains("Decided by: " + fullName("erin") + " (erin)")
                .contains("No CMRT after two reminders and three calls").contains("ends as \"disengaged\"")
                .contains("The supplier has been sent a letter").contains("/suppliers/" + code)
                .doesNotContain("Dear ").doesNotContain("/portal/").doesNotContain("business relationship with you");
        assertThat(notice.getHtmlBody()).contains("Acme &lt;b&gt;Metals&lt;/b&gt; &amp; Co").doesNotContain("<b>Metals");
    }

    @Test
    void theSupplierPageIsReadByItsManagerHisTeamExecutivesOwnersAndComplianceOnly() {
        for (String user : List.of("carlos", "erin", "olivia", "cora", "tess")) {
            HttpResponse<String> page = session(user).get("/suppliers/" + code);
            assertThat(page.statusCode()).as(user).isEqualTo(200);
            assertThat(page.body()).as(user).contains("Acme &lt;b&gt;Metals&lt;/b&gt; &amp; Co").doesNotContain("<b>Metals")
                    .contains("Ada &lt;i&gt;Buyer&lt;/i&gt;").contains("+49 89 1234-567")
                    .contains("Survey request").contains("Reminder 2 of 2").contains("Decision notice to the commodity manager")
                    .contains("No response: escalate to the executive champions")
                    .contains("Two reminders and three calls to Ada unanswered since March")
                    .contains("DISENGAGE by erin").contains(survey.getBusinessKey());
        }
        assertThat(session("mia").get("/suppliers/" + code).statusCode()).as("another team's manager").isEqualTo(403);
        assertThat(session("mia").get("/suppliers").body()).doesNotContain(code);
        assertThat(session("carlos").get("/suppliers/NO-SUCH-" + code).statusCode()).isEqualTo(404);
        assertThat(new WebSession(port).get("/suppliers/" + code).statusCode()).as("not logged in").isIn(302, 401);
    }

    @Test
    void theSurveyPageLinksToItsProcessInstanceInCockpit() {
        String page = session("olivia").get(scenario.reload(survey).pagePath()).body();
        assertThat(page).contains("/camunda/app/cockpit/default/#/process-instance/" + survey.getProcessInstanceId() + "\"")
                .doesNotContain("{id}");
    }

    @Test
    void aManagerListsHisSuppliersWithoutAValidCmrt() {
        String mine = session("carlos").get("/suppliers?mine=true&withoutValidCmrt=true&q=" + code.toLowerCase()).body();
        assertThat(mine).contains(">" + code + "<").contains("no valid CMRT");
        assertThat(session("tess").get("/suppliers?q=" + code.toLowerCase()).body()).as("his team").contains(">" + code + "<");
        assertThat(session("tess").get("/suppliers?mine=true&q=" + code.toLowerCase()).body()).as("not hers")
                .doesNotContain(">" + code + "<");
    }

    /** The demo people where the application made them (H2), ours where it did not. */
    private String fullName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user.getFirstName() + " " + user.getLastName();
    }

    private WebSession session(String user) {
        WebSession session = new WebSession(port);
        session.logIn(user, "demo");
        return session;
    }

    private void complete(Task task, String user, Map<String, Object> variables) {
        identity.setAuthentication(user, List.of(user.equals("erin") ? "executive-champions" : "commodity-managers"));
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
        scenario.runDueJobs(survey);
    }

    /** The demo people (also where there are none), and tess, in carlos's team, which mia is not in. */
    private void people() {
        Map<String, Role> people = Map.of("olivia", Role.PROCESS_OWNER, "carlos", Role.COMMODITY_MANAGER,
                "mia", Role.COMMODITY_MANAGER, "tess", Role.COMMODITY_MANAGER,
                "erin", Role.EXECUTIVE_CHAMPION, "cora", Role.COMPLIANCE_OFFICER);
        TestPeople.ensure(identity, people);
        if (identity.createGroupQuery().groupId("metals-team").count() == 0) {
            Group team = identity.newGroup("metals-team");
            team.setName("Metals team");
            identity.saveGroup(team);
            identity.createMembership("carlos", "metals-team");
            identity.createMembership("tess", "metals-team");
        }
    }
}
