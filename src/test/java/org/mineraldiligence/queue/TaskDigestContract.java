package org.mineraldiligence.queue;

import static org.mineraldiligence.support.MimeParts.part;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mineraldiligence.mail.MailDelivery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Task-arrival e-mails through the outbox and a real SMTP server (GreenMail on loopback), on H2 and
 * PostgreSQL: who gets which tasks, at most one digest per interval, links into Tasklist, escaped names.
 * The people and their group are the test's own, so other tests' open tasks do not show.
 */
abstract class TaskDigestContract {

    @RegisterExtension
    static final GreenMailExtension smtpServer = new GreenMailExtension(ServerSetupTest.SMTP);

    /** A Thursday morning: five working days later is the next Thursday, two the Monday. */
    static final LocalDateTime THURSDAY = LocalDateTime.of(2026, 12, 3, 9, 30);

    @Autowired
    TaskDigest digest;
    @Autowired
    MailDelivery delivery;
    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    String group;
    String carla;
    String mo;
    String key;

    @BeforeEach
    void peopleAndAModel() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        group = "digest-group-" + suffix;
        identity.saveGroup(withId(identity.newGroup(group)));
        carla = person("carla-" + suffix, "Carla", "Quinn", group);
        mo = person("mo-" + suffix, "Mo", "Reyes", group);
        key = "digestTest" + suffix.replaceAll("[^a-z0-9]", "");
        repository.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1).startEvent()
                .userTask("Activity_ContactUnresponsiveSupplier").name("Contact unresponsive supplier ${supplierName}")
                    .camundaCandidateGroups("${group}").camundaAssignee("${assignee}")
                .endEvent().done()).deploy();
        ClockUtil.setCurrentTime(date(THURSDAY));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachPersonGetsTheTasksOfferedToThemOrTheirGroupWithLinksAndDueDates() throws Exception {
        Task offered = arrive("<b>Evil</b> & Co", null);
        Task assigned = arrive("Nordic Solder AB", carla);

        // Due dates come with every user task: "Contact unresponsive supplier" 5 working days, follow-up 2.
        assertThat(offered.getDueDate()).isEqualTo(date(THURSDAY.plusDays(7)));
        assertThat(offered.getFollowUpDate()).isEqualTo(date(THURSDAY.plusDays(4)));

        digest.sendDue();
        delivery.deliverDue();

        MimeMessage toCarla = single(mailsTo(carla));
        assertThat(toCarla.getSubject()).isEqualTo("2 new tasks for you in Mineral Diligence");
        String html = part(toCarla, "text/html");
        assertThat(html).contains("<span>Carla Quinn</span>", "Contact unresponsive supplier &lt;b&gt;Evil&lt;/b&gt; &amp; Co",
                "Contact unresponsive supplier Nordic Solder AB", "Thu 10 Dec 2026",
                "href=\"https://md.example.com/camunda/app/tasklist/default/#/?task=" + offered.getId() + "\"",
                "href=\"https://md.example.com/camunda/app/tasklist/default/#/?task=" + assigned.getId() + "\"")
                .doesNotContain("<b>Evil</b>");
        assertThat(part(toCarla, "text/plain")).contains("<b>Evil</b> & Co", "due Thursday 10 December 2026");

        // The task assigned to Carla is not Mo's, though it is offered to their group too.
        String toMo = part(single(mailsTo(mo)), "text/plain");
        assertThat(toMo).contains(offered.getId()).doesNotContain(assigned.getId());
    }

    @Test
    void atMostOneDigestADayListingOnlyWhatArrivedSince() throws Exception {
        Task first = arrive("Acme Metals", carla);
        digest.sendDue();
        ClockUtil.setCurrentTime(date(THURSDAY.plusMinutes(5)));
        Task second = arrive("Bolivia Tin SA", carla);
        ClockUtil.setCurrentTime(date(THURSDAY.plusHours(23)));
        digest.sendDue();
        delivery.deliverDue();
        assertThat(mailsTo(carla)).hasSize(1);
        assertThat(part(mailsTo(carla).get(0), "text/plain")).contains(first.getId()).doesNotContain(second.getId());

        ClockUtil.setCurrentTime(date(THURSDAY.plusDays(1).plusMinutes(1)));
        digest.sendDue();
        delivery.deliverDue();
        List<MimeMessage> both = mailsTo(carla);
        assertThat(both).hasSize(2);
        assertThat(both.get(1).getSubject()).isEqualTo("1 new task for you in Mineral Diligence");
        assertThat(part(both.get(1), "text/plain")).contains(second.getId(), "Bolivia Tin SA")
                .doesNotContain(first.getId());

        // Nothing new: no third message, however much later.
        ClockUtil.setCurrentTime(date(THURSDAY.plusDays(5)));
        digest.sendDue();
        delivery.deliverDue();
        assertThat(mailsTo(carla)).hasSize(2);
    }

    private Task arrive(String supplierName, String assignee) {
        java.util.HashMap<String, Object> variables = new java.util.HashMap<>(Map.of("supplierName", supplierName,
                "group", group));
        variables.put("assignee", assignee);
        String instance = runtime.startProcessInstanceByKey(key, variables).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }

    private String person(String id, String first, String last, String groupId) {
        User user = identity.newUser(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(id + "@md.example.com");
        user.setPassword("Digest-test-1");
        identity.saveUser(user);
        identity.createMembership(id, groupId);
        return id;
    }

    private static org.camunda.bpm.engine.identity.Group withId(org.camunda.bpm.engine.identity.Group group) {
        group.setName(group.getId());
        group.setType("WORKFLOW");
        return group;
    }

    private List<MimeMessage> mailsTo(String userId) {
        return Arrays.stream(smtpServer.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().startsWith(userId + "@"));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage single(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }

}
