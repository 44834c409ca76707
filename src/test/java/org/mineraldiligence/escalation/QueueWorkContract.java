package org.mineraldiligence.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineraldiligence.support.MimeParts.part;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mineraldiligence.audit.AuditEntry;
import org.mineraldiligence.audit.AuditTrail;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.mail.MailDelivery;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.support.SurveyOfItsOwn;
import org.mineraldiligence.support.TestPeople;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SurveyScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk work on the queue from the supplier list, over real HTTP as each role, with mail through the outbox
 * and GreenMail: reminders now, a later deadline (portal and timer), reassignment (Tasklist's view over
 * /engine-rest), refused and skipped surveys, and the audit trail and supplier page that record it.
 * Run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QueueWorkContract {

    @RegisterExtension
    static final GreenMailExtension smtpServer = new GreenMailExtension(ServerSetupTest.SMTP);

    /** Remind weekly, at most twice. */
    static final SurveyPolicy POLICY = new SurveyPolicy(7, 2, 2, 14, "6.31");
    static final Pattern PORTAL_LINK = Pattern.compile("https://md\\.example\\.com(/portal/[A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;
    @Autowired
    SurveyScenario scenario;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    MailDelivery delivery;
    @Autowired
    AuditTrail audit;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationContext context;

    /** Carlos's supplier whose deadline passed: "Contact unresponsive supplier" is open, assigned to him. */
    SupplierSurvey unresponsive;
    /** Carlos's supplier taken out of scope: the survey is complete. */
    SupplierSurvey complete;

    /** Once for the class, in the first test (the process test coverage counts only inside a test). */
    @BeforeEach
    void peopleAndTwoSurveysPastTheirDeadline() {
        if (complete != null) {
            return;
        }
        TestPeople.ensure(identity, Map.of("olivia", Role.PROCESS_OWNER, "carlos", Role.COMMODITY_MANAGER,
                "mia", Role.COMMODITY_MANAGER, "erin", Role.EXECUTIVE_CHAMPION, "cora", Role.COMPLIANCE_OFFICER));
        unresponsive = pastItsDeadline();
        complete = pastItsDeadline();
        identity.setAuthentication("carlos", List.of("commodity-managers"));
        try {
            tasks.complete(scenario.task(complete).getId(), Map.of("contactOutcome", "OUT_OF_SCOPE",
                    "outOfScopeReason", "No longer supplies 3TG parts"));
        } finally {
            identity.clearAuthentication();
        }
        scenario.runDueJobs(complete);
        assertThat(scenario.reload(complete).getOutcome()).isNotNull();
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCommodityManagerRemindsHisWaitingSuppliersNowAndTheOthersAreSkippedWithTheReason() throws Exception {
        SupplierSurvey first = scenario.launch(POLICY);
        SupplierSurvey second = scenario.launch(POLICY);
        WebSession carlos = session("carlos");

        String page = follow(carlos, act(carlos, "REMIND", Map.of(), first, second, complete, unresponsive));
        assertThat(page).contains("Send a reminder now")
                .contains(first.getBusinessKey()).contains("Done: reminder 1 queued for ada@")
                .contains(complete.getBusinessKey()).contains("Skipped: the survey is complete (Out of scope)")
                .contains(unresponsive.getBusinessKey()).contains("Skipped: it is not waiting for a CMRT")
                .contains("Contact unresponsive supplier");
        assertThat(scenario.mailsTo(first, "reminder")).hasSize(1);
        assertThat(scenario.mailsTo(second, "reminder")).hasSize(1);
        assertThat(scenario.mailsTo(unresponsive, "reminder")).as("only the two the timer sent").hasSize(2);
        assertThat(scenario.mailsTo(complete, "reminder")).hasSize(2);

        // Delivered as the timer's reminders are: to the contact, with a fresh personal link that opens the portal.
        delivery.deliverDue();
        String contact = "ada@" + first.getSupplier().getCode().toLowerCase(Locale.ROOT) + ".example";
        MimeMessage reminder = Arrays.stream(smtpServer.getReceivedMessages())
                .filter(message -> recipients(message).contains(contact))
                .filter(message -> subject(message).startsWith("Reminder")).findFirst().orElseThrow();
        Matcher link = PORTAL_LINK.matcher(part(reminder, "text/plain"));
        assertThat(link.find()).as("a personal link in the reminder").isTrue();
        assertThat(new WebSession(port).get(link.group(1)).statusCode()).isEqualTo(200);

        assertThat(actions(first)).singleElement().satisfies(entry -> {
            assertThat(entry.getActor()).isEqualTo("carlos");
            assertThat(entry.getAction()).isEqualTo("SURVEY_REMINDED_BY_HAND");
        });
        assertThat(actions(complete)).isEmpty();
        assertThat(carlos.get("/suppliers/" + first.getSupplier().getCode()).body())
                .contains("Worked from the supplier list").contains("Reminder sent by hand").contains("Reminder 1 of 2");
    }

    @Test
    void aProcessOwnerExtendsTheDeadlineWhichThePortalShowsAndTheTimerKeeps() {
        SupplierSurvey waiting = scenario.launch(POLICY);
        LocalDate later = SurveyScenario.today().plusDays(60);
        WebSession olivia = session("olivia");

        String page = follow(olivia, act(olivia, "EXTEND", Map.of("deadline", later.toString()), waiting, complete));

        assertThat(page).contains("Extend the deadline to " + later)
                .contains("Done: deadline moved from " + scenario.reload(waiting).getCycle().getResponseDeadline() + " to " + later)
                .contains("Skipped: the survey is complete");
        assertThat(scenario.reload(waiting).getDeadline()).isEqualTo(later);
        String portal = new WebSession(port).get(SurveyOfItsOwn.portalPath(context, waiting)).body();
        assertThat(portal).contains(later.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        Job deadline = management.createJobQuery().processInstanceId(waiting.getProcessInstanceId()).timers()
                .activityId("Event_DeadlinePassed").singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(LocalDateTime.of(later, java.time.LocalTime.of(23, 59, 59))
                .atZone(ZoneId.systemDefault()).toInstant()));
        assertThat(runtime.getActiveActivityIds(waiting.getProcessInstanceId())).containsExactly("Activity_WaitForCmrt");
        assertThat(scenario.mailsTo(waiting, "new-deadline")).singleElement()
                .satisfies(message -> assertThat(message.getTextBody()).contains(later.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))));
        assertThat(actions(waiting)).singleElement().satisfies(entry -> {
            assertThat(entry.getActor()).isEqualTo("olivia");
            assertThat(entry.getAfter()).contains(later.toString());
        });
        assertThat(olivia.get("/suppliers/" + waiting.getSupplier().getCode()).body())
                .contains("Deadline extended").contains("→ " + later).contains("New deadline confirmed");

        // A day before the new deadline the survey still waits; when it has passed, it turns to its commodity
        // manager as at the cycle's deadline.
        Date before = ClockUtil.getCurrentTime();
        try {
            ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().minus(1, ChronoUnit.DAYS)));
            scenario.runDueJobs(waiting);
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(waiting.getBusinessKey()).count()).isZero();
            ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().plusSeconds(60)));
            scenario.runDueJobs(waiting);
            assertThat(scenario.task(waiting).getName()).startsWith("Contact unresponsive supplier");
        } finally {
            ClockUtil.setCurrentTime(before);
        }
    }

    @Test
    void aDeadlineInThePastTooFarAheadOrNoDateChangesNothing() {
        SupplierSurvey waiting = scenario.launch(POLICY);
        WebSession carlos = session("carlos");
        LocalDate today = SurveyScenario.today();
        Map<String, String> problems = Map.of(today.toString(), "must be in the future",
                today.plusDays(121).toString(), "at most 120 days ahead", "31.12.2099", "as a date");
        problems.forEach((day, problem) -> {
            assertThat(follow(carlos, act(carlos, "EXTEND", Map.of("deadline", day), waiting))).as(day).contains(problem);
        });
        assertThat(scenario.reload(waiting).getDeadline()).isEqualTo(scenario.reload(waiting).getCycle().getResponseDeadline());
        assertThat(scenario.mailsTo(waiting, "new-deadline")).isEmpty();
        assertThat(actions(waiting)).isEmpty();
    }

    @Test
    void reassignedTasksAreTheNewManagersInTasklistAndNoLongerTheOldOnes() {
        SupplierSurvey unresponsive = pastItsDeadline();
        SupplierSurvey waiting = scenario.launch(POLICY);
        Task contact = scenario.task(unresponsive);
        assertThat(contact.getAssignee()).isEqualTo("carlos");
        WebSession carlos = session("carlos");

        String refused = follow(carlos, act(carlos, "REASSIGN", Map.of("manager", "erin"), unresponsive));
        assertThat(refused).contains("Choose a commodity manager");
        assertThat(tasks.createTaskQuery().taskId(contact.getId()).singleResult().getAssignee()).isEqualTo("carlos");

        String page = follow(carlos, act(carlos, "REASSIGN", Map.of("manager", "mia"), unresponsive, waiting, complete));

        assertThat(page).contains("Reassign to mia").contains("Done: handed to mia with 1 open task(s)")
                .contains("Done: handed to mia (no open task)").contains("Skipped: the survey is complete");
        // Tasklist's "My tasks" is the task query by assignee, which /engine-rest answers as each person.
        String miasTasks = new WebSession(port).getWithBasic("/engine-rest/task?assignee=mia", "mia", "demo").body();
        String carlossTasks = new WebSession(port).getWithBasic("/engine-rest/task?assignee=carlos", "carlos", "demo").body();
        assertThat(miasTasks).contains(contact.getId());
        assertThat(carlossTasks).doesNotContain(contact.getId());
        assertThat(runtime.getVariable(unresponsive.getProcessInstanceId(), "commodityManager")).isEqualTo("mia");
        assertThat(runtime.getVariable(waiting.getProcessInstanceId(), "commodityManager")).isEqualTo("mia");
        assertThat(suppliers.findById(unresponsive.getSupplier().getId()).orElseThrow().getCommodityManager()).isEqualTo("mia");
        assertThat(suppliers.findById(complete.getSupplier().getId()).orElseThrow().getCommodityManager()).isEqualTo("carlos");

        // The supplier is mia's now: her page, no longer carlos's (he is not in her team).
        WebSession mia = session("mia");
        String code = unresponsive.getSupplier().getCode();
        assertThat(mia.get("/suppliers/" + code).body()).contains("Reassigned").contains("commodity manager: carlos → mia")
                .contains("Contact unresponsive supplier");
        assertThat(carlos.get("/suppliers/" + code).statusCode()).isEqualTo(403);
        assertThat(actions(unresponsive)).singleElement().satisfies(entry -> assertThat(entry.getActor()).isEqualTo("carlos"));
    }

    @Test
    void aSurveyOfAnotherManagersSupplierRefusesTheWholeRequestAndOtherRolesMayNotAct() {
        SupplierSurvey carlosOwn = scenario.launch(POLICY);
        SupplierSurvey notHis = scenario.launch(POLICY);
        transaction.executeWithoutResult(status ->
                suppliers.findById(notHis.getSupplier().getId()).orElseThrow().setCommodityManager("mia"));
        WebSession carlos = session("carlos");

        assertThat(act(carlos, "REMIND", Map.of(), carlosOwn, notHis).statusCode()).as("forged id").isEqualTo(403);
        assertThat(carlos.postForm("/suppliers/queue", "action=REMIND&survey=999999999&_csrf="
                + csrf(carlos)).statusCode()).as("no such survey").isEqualTo(403);
        assertThat(scenario.mailsTo(carlosOwn, "reminder")).as("nothing done").isEmpty();
        assertThat(scenario.mailsTo(notHis, "reminder")).isEmpty();
        // searched by code: other tests' surveys may fill the first page of the list
        assertThat(carlos.get("/suppliers?q=" + carlosOwn.getSupplier().getCode()).body()).contains("survey-" + carlosOwn.getId());
        assertThat(carlos.get("/suppliers?q=" + notHis.getSupplier().getCode()).body()).doesNotContain("survey-" + notHis.getId());

        for (String user : List.of("erin", "cora")) {
            WebSession reader = session(user);
            assertThat(reader.get("/suppliers").body()).as(user).doesNotContain("name=\"survey\"").doesNotContain("Send a reminder now");
            assertThat(act(reader, "REMIND", Map.of(), carlosOwn).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(carlos.postForm("/suppliers/queue", "action=REMIND&survey=" + carlosOwn.getId()).statusCode())
                .as("without the CSRF token").isEqualTo(403);
        assertThat(scenario.mailsTo(carlosOwn, "reminder")).isEmpty();
        assertThat(actions(carlosOwn)).isEmpty();
    }

    private HttpResponse<String> act(WebSession session, String action, Map<String, String> fields, SupplierSurvey... surveys) {
        String form = "action=" + action + "&_csrf=" + encode(csrf(session))
                + fields.entrySet().stream().map(field -> "&" + field.getKey() + "=" + encode(field.getValue())).collect(Collectors.joining())
                + Arrays.stream(surveys).map(survey -> "&survey=" + survey.getId()).collect(Collectors.joining());
        return session.postForm("/suppliers/queue", form);
    }

    private static String csrf(WebSession session) {
        return WebSession.csrfTokenOf(session.get("/suppliers").body());
    }

    private List<AuditEntry> actions(SupplierSurvey survey) {
        return audit.historyOf("supplier-survey", survey.getId()).stream()
                .filter(entry -> entry.getAction().startsWith("SURVEY_")).toList();
    }

    private WebSession session(String user) {
        WebSession session = new WebSession(port);
        session.logIn(user, "demo");
        return session;
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A survey of carlos's whose deadline passed: "Contact unresponsive supplier" is open, assigned to him. */
    private SupplierSurvey pastItsDeadline() {
        SupplierSurvey survey = scenario.launch(POLICY);
        // A week at a time, as the job executor would: two timers due in one run race each other.
        for (int days : new int[] {7, 7, 17}) {
            scenario.passDays(survey, days);
        }
        assertThat(scenario.task(survey).getName()).startsWith("Contact unresponsive supplier");
        return survey;
    }

    /** The page a redirect leads to. */
    private static String follow(WebSession session, HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(302);
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        return session.get(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery())).body();
    }
}
