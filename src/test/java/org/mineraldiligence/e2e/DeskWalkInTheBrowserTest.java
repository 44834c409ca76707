package org.mineraldiligence.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineraldiligence.support.MimeParts.part;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
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
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.mail.MailDelivery;
import org.mineraldiligence.mail.WithSmtpTestServer;
import org.mineraldiligence.queue.TaskDigest;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.support.Browser;
import org.mineraldiligence.support.DueJobs;
import org.mineraldiligence.support.PostgresApplicationTest;
import org.mineraldiligence.support.SurveyOfItsOwn;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyOutcome;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The commodity manager's and the executive champion's desk, walked in headless Chromium on PostgreSQL with
 * GreenMail as the SMTP server (issue #17): the manager follows the task digest's link into Tasklist, reads
 * the supplier's contact in the form and agrees a new deadline, which the supplier then reads on its portal;
 * when that passes too, the manager escalates with a reason; the executive reads the reason and the history
 * in the decision form and suspends the supplier; the manager's notice says what was decided, by whom and
 * why, and is not the supplier's letter. Time moves by the engine's clock and its timer jobs, as the
 * process runs them. Screenshots: target/screenshots/walk-NN-*.png.
 */
@PostgresApplicationTest
@WithSmtpTestServer
class DeskWalkInTheBrowserTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final String PASSWORD = "Walk-pass-1";
    static final Pattern PORTAL_LINK = Pattern.compile("https?://[^\\s\"<]+/portal/[A-Za-z0-9_-]+");
    static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
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
    TaskDigest digest;
    @Autowired
    MailDelivery delivery;

    @TempDir
    Path mails;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void commodityManagerAgreesADeadlineThenEscalatesAndTheExecutiveDecides() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String manager = person("cm" + run, "Carla", "Mendes", Role.COMMODITY_MANAGER);
        String supplierName = "Silent Solder " + run;
        String supplierMail = "priya." + run + "@supplier.example";
        Supplier supplier = new Supplier("WALK-" + run, supplierName, "Spain");
        supplier.setCommodityManager(manager);
        supplier.addContact("Priya Natarajan", supplierMail, "+34 600 123 456", true);
        SupplierSurvey survey = SurveyOfItsOwn.launch(context, supplier);
        String instance = survey.getProcessInstanceId();
        runJobs(instance);

        try (Browser browser = Browser.open(port, "walk")) {
            Tasklist tasklist = new Tasklist(browser);

            // 1. The cycle's deadline passes without a CMRT: "Contact unresponsive supplier" arrives, and the digest says so.
            moveClockTo(survey.getCycle().getResponseDeadline().plusDays(1));
            runJobs(instance);
            Task contact = openTask(instance, "Activity_ContactUnresponsiveSupplier");
            assertThat(contact.getAssignee()).isEqualTo(manager);
            String link = taskLinkInDigest(browser, manager, contact, "digest-mail");

            // 2. From the mail's link into Tasklist: the form names the contact with e-mail and phone.
            Tasklist.logIn(browser, manager, PASSWORD);
            tasklist.openLink(link);
            assertThat(tasklist.formText()).contains(supplierName + " has not sent its CMRT", "Priya Natarajan",
                    supplierMail, "+34 600 123 456", "Open the supplier page");
            browser.screenshot("manager-reads-contact");

            // 3. The supplier promises a CMRT by a new date; the manager records it.
            LocalDate promised = engineToday().plusDays(14);
            tasklist.chooseOption("The supplier will respond by a new date");
            tasklist.type("New response deadline", promised.format(FORM_DATE));
            tasklist.type("Note on the contact", "Spoke to Priya Natarajan; she promised the CMRT in two weeks");
            browser.screenshot("manager-records-new-deadline");
            tasklist.complete();
            runJobs(instance);
            delivery.deliverDue();

            // 4. The supplier opens its portal from the confirmation and reads the new date.
            MimeMessage confirmation = lastMailTo(supplierMail, "deadline");
            browser.go(URI.create(portalLink(confirmation)).getPath());
            assertThat(main(browser)).contains(promised.format(LETTER_DATE));
            browser.screenshot("supplier-sees-new-deadline");

            // 5. The new date passes too: the task comes back, and the manager escalates with a reason.
            moveClockTo(promised.plusDays(1));
            runJobs(instance);
            Task again = openTask(instance, "Activity_ContactUnresponsiveSupplier");
            assertThat(again.getId()).isNotEqualTo(contact.getId());
            String secondLink = taskLinkInDigest(browser, manager, again, "second-digest-mail");
            Tasklist.logIn(browser, manager, PASSWORD);
            tasklist.openLink(secondLink);
            assertThat(tasklist.formText()).contains("agreed with the supplier", promised.format(DateTimeFormatter
                    .ofPattern("d MMM yyyy", Locale.ENGLISH)));
            String reason = "Missed the deadline agreed on the phone; no answer to two calls since";
            tasklist.chooseOption("No response: escalate");
            tasklist.type("Why escalate?", reason);
            browser.screenshot("manager-escalates");
            tasklist.complete();
            runJobs(instance);

            // 6. The executive follows the digest's link, claims the decision and reads the reason and the history.
            // (A new executive, so that the digest lists every open task of the group: none was told before.)
            String executive = person("ex" + run, "Erik", "Vogel", Role.EXECUTIVE_CHAMPION);
            Task decision = tasks.createTaskQuery().processInstanceBusinessKey(survey.getBusinessKey())
                    .taskDefinitionKey("Activity_DecideOnSupplier").singleResult();
            assertThat(decision).as("the executive's decision task").isNotNull();
            String decisionLink = taskLinkInDigest(browser, executive, decision, "executive-digest-mail");
            Tasklist.logIn(browser, executive, PASSWORD);
            tasklist.openLink(decisionLink);
            tasklist.claim();
            String form = tasklist.formText();
            assertThat(form).contains("Escalation: " + supplierName, "Why it was escalated", reason,
                    "Messages sent", "Survey request", "Reminder 1 of", "New deadline confirmed",
                    "Decisions so far", "The supplier will respond by a new date", "two weeks");
            browser.screenshot("executive-reads-reason-and-history");
            String rationale = "Two deadlines missed, including the one it agreed; suspend until it reports";
            tasklist.chooseOption("Temporarily suspend the supplier");
            tasklist.type("Rationale", rationale);
            tasklist.check("Tell the supplier about this decision");
            browser.screenshot("executive-decides");
            tasklist.complete();
            runJobs(instance);
            delivery.deliverDue();
            assertThat(surveys.findById(survey.getId()).orElseThrow().getOutcome()).isEqualTo(SurveyOutcome.SUSPENDED);

            // 7. The manager's notice: what, by whom, why, what next; the letter went to the supplier alone.
            MimeMessage notice = lastMailTo(manager + "@example.com", "Executive decision");
            String noticeText = part(notice, "text/plain");
            assertThat(noticeText).contains("Hello Carla Mendes", "Decision: Suspend the supplier",
                    "Decided by: Erik Vogel (" + executive + ")", rationale, "What happens next", "Place no new business",
                    "The supplier has been sent a letter", "/suppliers/WALK-" + run)
                    .doesNotContain("Dear ", "/portal/");
            showMail(browser, notice, "manager-reads-decision-notice");
            assertThat(lastMailTo(supplierMail, "Our decision").getSubject()).contains("RY");
            assertThat(recipientsOf(lastMailTo(supplierMail, "Our decision"))).doesNotContain(manager);

            assertThat(browser.consoleErrorsFromOurPages()).isEmpty();

            // 8. The executive opens the program view of the cycle and finds the decision with its rationale.
            browser.go("/program?cycle=" + survey.getCycle().getId());
            WebDriver driver = browser.driver();
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Program status");
            assertThat(driver.findElement(By.id("decisions")).getText()).contains(supplierName, rationale);
            browser.screenshot("executive-opens-program-view");
            assertThat(browser.consoleErrorsFromOurPages()).isEmpty();
        }
    }

    private String person(String id, String first, String last, Role role) {
        User user = identity.newUser(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(id + "@example.com");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, role.groupId());
        return id;
    }

    private void runJobs(String processInstanceId) {
        DueJobs.run(runtime, management, processInstanceId);
    }

    /** Moves the engine's clock to the morning of the day, so timers due by then fire when their jobs run. */
    private static void moveClockTo(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }

    private Task openTask(String processInstanceId, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey + " open").isNotNull();
        return task;
    }

    /**
     * Writes the digests due, delivers them, shows the person's latest one in the browser and returns the
     * link it gives to the task. Links name the public address (https://md.example.com in tests); the
     * browser follows their path and fragment on the address it reaches the application at.
     */
    private String taskLinkInDigest(Browser browser, String person, Task task, String screenshot) throws Exception {
        digest.sendDue();
        delivery.deliverDue();
        MimeMessage mail = lastMailTo(person + "@example.com", "new task");
        assertThat(part(mail, "text/plain")).contains(task.getName());
        showMail(browser, mail, screenshot);
        WebElement anchor = browser.driver().findElement(By.cssSelector("a[href$='?task=" + task.getId() + "']"));
        assertThat(anchor.getText()).isEqualTo(task.getName());
        URI href = URI.create(anchor.getAttribute("href"));
        assertThat(href.getRawFragment()).isEqualTo("/?task=" + task.getId());
        return href.getRawPath() + "#" + href.getRawFragment();
    }

    /** The HTML of a received mail, as a mail program would show it. */
    private void showMail(Browser browser, MimeMessage mail, String screenshot) throws Exception {
        Path file = Files.writeString(mails.resolve(screenshot + ".html"), part(mail, "text/html"));
        browser.driver().get(file.toUri().toString());
        browser.screenshot(screenshot);
    }

    private MimeMessage lastMailTo(String address, String subjectPart) {
        List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipientsOf(message).contains(address) && subjectOf(message).contains(subjectPart))
                .toList();
        assertThat(found).as("e-mail to " + address + " about \"" + subjectPart + "\"").isNotEmpty();
        return found.get(found.size() - 1);
    }

    private static String portalLink(MimeMessage mail) throws Exception {
        Matcher link = PORTAL_LINK.matcher(part(mail, "text/plain"));
        assertThat(link.find()).as("portal link in the e-mail").isTrue();
        return link.group();
    }

    private static String recipientsOf(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String main(Browser browser) {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    /** Today by the engine's clock, which the test moves. */
    private static LocalDate engineToday() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    }
}
