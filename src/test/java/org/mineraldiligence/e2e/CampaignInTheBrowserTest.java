package org.mineraldiligence.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.mail.MailDelivery;
import org.mineraldiligence.mail.WithSmtpTestServer;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.support.Browser;
import org.mineraldiligence.support.DueJobs;
import org.mineraldiligence.support.PostgresApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyOutcome;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The campaign through the screens its people use, in headless Chromium, on PostgreSQL with GreenMail as
 * the SMTP server: a supplier fixes its CMRT from the link in its e-mail; an unresponsive supplier goes to
 * its commodity manager in Tasklist, who escalates; an executive champion disengages. Screenshots of each
 * step go to target/screenshots; a console error on our pages fails the test.
 */
@PostgresApplicationTest
@WithSmtpTestServer
class CampaignInTheBrowserTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final String PASSWORD = "E2e-pass-1";
    static final Pattern PORTAL_LINK = Pattern.compile("https?://[^\\s\"<]+/portal/[A-Za-z0-9_-]+");

    @LocalServerPort
    int port;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    SupplierSurveyRepository surveys;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    MailDelivery delivery;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void supplierFixesItsCmrtAndAnUnresponsiveOneIsEscalatedAndDisengaged(@TempDir Path files) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        person("cm" + run, Role.COMMODITY_MANAGER);
        person("ex" + run, Role.EXECUTIVE_CHAMPION);
        person("po" + run, Role.PROCESS_OWNER);
        supplier("ok" + run, "Omega Metals", "cm" + run);
        supplier("si" + run, "Silent Solder " + run, null);
        int year = 2050 + (int) (System.nanoTime() % 50);
        try (Browser browser = Browser.open(port)) {
            // 1. The process owner starts the reporting cycle with its Camunda Form and confirms the scope.
            Tasklist tasklist = new Tasklist(browser);
            Tasklist.logIn(browser, "po" + run, PASSWORD);
            tasklist.open();
            tasklist.startProcess("Reporting cycle");
            tasklist.type("Reporting year", Integer.toString(year));
            tasklist.type("Response deadline", LocalDate.now().plusDays(30)
                    .format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
            browser.screenshot("process-owner-starts-cycle");
            tasklist.start();
            String cycleInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("RY" + year)
                    .singleResult().getId();
            runJobs(cycleInstance);
            tasklist.open();
            tasklist.selectFilter("Process owners: open tasks");
            tasklist.openTask("Confirm scope for RY" + year);
            tasklist.claim();
            browser.screenshot("process-owner-confirms-scope");
            tasklist.check("The scope is right");
            tasklist.complete();
            runJobs(cycleInstance);
            SupplierSurvey answering = surveys.findByBusinessKey("RY" + year + "/E2E-ok" + run).orElseThrow();
            SupplierSurvey silent = surveys.findByBusinessKey("RY" + year + "/E2E-si" + run).orElseThrow();
            long cycleId = surveys.findWithSupplierById(answering.getId()).orElseThrow().getCycle().getId();
            runJobs(answering.getProcessInstanceId());
            runJobs(silent.getProcessInstanceId());
            delivery.deliverDue();

            // 2. The supplier opens the link from its e-mail, uploads an invalid CMRT, then a corrected one.
            browser.go(URI.create(portalLinkMailedTo("ok" + run + "@supplier.example")).getPath());
            browser.screenshot("supplier-opens-link");
            upload(browser, Files.write(files.resolve("cmrt.xlsx"), TestWorkbooks.invalidWithoutCompanyName()));
            assertThat(main(browser)).contains("needs corrections").contains("Declaration!D8");
            browser.screenshot("supplier-reads-findings");
            runJobs(answering.getProcessInstanceId());
            upload(browser, Files.write(files.resolve("cmrt-fixed.xlsx"), TestWorkbooks.validLowRisk()));
            assertThat(main(browser)).contains("Thank you: your CMRT is valid");
            browser.screenshot("supplier-thanked");
            runJobs(answering.getProcessInstanceId());
            assertThat(outcomeOf(answering)).isEqualTo(SurveyOutcome.VALID_LOW_RISK);

            // 3. The other supplier never answers: past the deadline its commodity managers get a task.
            ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(31, ChronoUnit.DAYS)));
            runJobs(silent.getProcessInstanceId());
            Tasklist.logIn(browser, "cm" + run, PASSWORD);
            tasklist.open();
            tasklist.selectFilter("Commodity managers: open tasks");
            tasklist.openTask("Contact unresponsive supplier Silent Solder " + run);
            tasklist.claim();
            browser.screenshot("commodity-manager-claims");
            tasklist.chooseOption("No response: escalate");
            tasklist.type("Why escalate?", "No answer to the survey, two reminders or my call");
            tasklist.complete();
            browser.screenshot("commodity-manager-escalated");
            runJobs(silent.getProcessInstanceId());

            // 4. An executive champion decides; a commodity manager may not.
            Task decision = tasks.createTaskQuery().processInstanceBusinessKey(silent.getBusinessKey())
                    .taskCandidateGroup(Role.EXECUTIVE_CHAMPION.groupId()).singleResult();
            assertThat(new WebSession(port).postWithBasic("/engine-rest/task/" + decision.getId() + "/complete",
                    "cm" + run, PASSWORD, "{}").statusCode()).isIn(403, 404);
            Tasklist.logIn(browser, "ex" + run, PASSWORD);
            tasklist.open();
            browser.screenshot("executive-opens-tasklist");
            tasklist.selectFilter("Executive champions: open tasks");
            tasklist.openTask("Decide on escalated supplier Silent Solder " + run);
            tasklist.claim();
            assertThat(tasklist.formText()).contains("Messages sent").contains("Survey request");
            browser.screenshot("executive-reads-history");
            tasklist.type("Rationale", "No answer to the survey, the reminders or the commodity manager's call");
            tasklist.chooseOption("Disengage from the supplier");
            tasklist.complete();
            browser.screenshot("executive-disengaged");
            runJobs(silent.getProcessInstanceId());
            assertThat(outcomeOf(silent)).isEqualTo(SurveyOutcome.DISENGAGED);

            // 5. The process owner sees both outcomes on the cycle's dashboard and opens the report.
            Tasklist.logIn(browser, "po" + run, PASSWORD);
            browser.go("/cycles/" + cycleId + "/dashboard");
            assertThat(main(browser)).contains("Silent Solder").contains("Omega Metals");
            browser.screenshot("process-owner-dashboard");
            browser.go("/cycles/" + cycleId + "/report");
            assertThat(main(browser)).contains("Appendix A");
            browser.screenshot("process-owner-report");
            WebSession download = new WebSession(port);
            download.logIn("po" + run, PASSWORD);
            assertThat(download.get("/cycles/" + cycleId + "/report/appendix-a.xlsx").statusCode()).isEqualTo(200);
            assertThat(browser.consoleErrorsFromOurPages()).isEmpty();
        }
    }

    private void person(String id, Role role) {
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("E2E");
        user.setEmail(id + "@example.com");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, role.groupId());
    }

    /** A direct supplier so large that the 99 % spend scope of any cycle takes it in. */
    private void supplier(String code, String name, String manager) {
        transaction.executeWithoutResult(status -> {
            Supplier supplier = new Supplier("E2E-" + code, name, "Spain");
            supplier.setCommodityManager(manager);
            supplier.setSpend(new BigDecimal("1000000000000"), "EUR");
            supplier.addContact("Contact", code + "@supplier.example", true);
            suppliers.save(supplier);
        });
    }

    private void runJobs(String processInstanceId) {
        DueJobs.run(runtime, management, processInstanceId);
    }

    private String portalLinkMailedTo(String address) throws Exception {
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipientsOf(message).contains(address))
                .findFirst().orElseThrow(() -> new AssertionError("no e-mail reached " + address));
        Matcher link = PORTAL_LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
        assertThat(link.find()).as("portal link in the e-mail").isTrue();
        return link.group();
    }

    private static String recipientsOf(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SurveyOutcome outcomeOf(SupplierSurvey survey) {
        return surveys.findById(survey.getId()).orElseThrow().getOutcome();
    }

    private static void upload(Browser browser, Path workbook) {
        browser.driver().findElement(By.name("file")).sendKeys(workbook.toString());
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }

    private static String main(Browser browser) {
        return browser.driver().findElement(By.tagName("main")).getText();
    }
}
