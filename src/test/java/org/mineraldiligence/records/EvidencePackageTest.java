package org.mineraldiligence.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.portal.SubmissionReceiver;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Opens the evidence packages as an auditor would and reads what is in them. */
@H2ApplicationTest
class EvidencePackageTest {

    @LocalServerPort
    int port;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    ReportingCycleRepository cycles;
    @Autowired
    SupplierSurveyRepository surveys;
    @Autowired
    SurveyLauncher launcher;
    @Autowired
    SubmissionReceiver receiver;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    TransactionTemplate transaction;

    SupplierSurvey survey;
    byte[] invalidWorkbook = TestWorkbooks.invalidWithoutCompanyName();

    /** A survey that received an invalid CMRT, then went unanswered until carlos took it out of scope. */
    @BeforeEach
    void surveyWorkedToTheEnd() {
        survey = transaction.execute(status -> {
            Supplier supplier = new Supplier("EVD-" + System.nanoTime() % 1_000_000, "Gold & <Silver> Refiners", "Peru");
            supplier.setCommodityManager("carlos");
            supplier.setSpend(BigDecimal.TEN, "USD");
            supplier.addContact("Luz Vendedora", "luz@" + supplier.getCode().toLowerCase() + ".example", true);
            suppliers.save(supplier);
            ReportingCycle cycle = cycles.save(new ReportingCycle(2026,
                    LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()).plusDays(30),
                    new SurveyPolicy(7, 1, 3, 14, "6.31")));
            return launcher.launch(cycle, supplier);
        });
        runDueJobs();
        receiver.receive(surveys.findWithSupplierById(survey.getId()).orElseThrow(), "Our CMRT (v2).xlsx", invalidWorkbook);
        runDueJobs();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(31, ChronoUnit.DAYS)));
        runDueJobs();
        Task contact = tasks.createTaskQuery().processInstanceBusinessKey(survey.getBusinessKey()).singleResult();
        identity.setAuthentication("carlos", List.of("commodity-managers"));
        try {
            tasks.complete(contact.getId(), Map.of("contactOutcome", "OUT_OF_SCOPE",
                    "outOfScopeReason", "Sells us only packaging"));
        } finally {
            identity.clearAuthentication();
        }
        runDueJobs();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aSurveysPackageHoldsTheWorkbookAsReceivedItsFindingsTheMailsAndWhoDidWhat() throws IOException {
        Map<String, byte[]> zip = download("/surveys/" + survey.getId() + "/evidence.zip", "cora");
        String folder = survey.getBusinessKey().replace('/', '_') + "/";

        assertThat(zip).containsKeys("README.txt", folder + "survey.txt", folder + "submissions.csv",
                folder + "decisions.csv", folder + "tasks.csv", folder + "messages.csv");
        assertThat(text(zip, folder + "survey.txt")).contains("Gold & <Silver> Refiners").contains("OUT_OF_SCOPE")
                .contains("Sells us only packaging");

        String workbook = zip.keySet().stream().filter(name -> name.startsWith(folder + "workbooks/")).findFirst().orElseThrow();
        assertThat(workbook).endsWith("-Our CMRT _v2_.xlsx");
        assertThat(zip.get(workbook)).isEqualTo(invalidWorkbook);
        assertThat(text(zip, folder + "submissions.csv")).contains("Our CMRT (v2).xlsx").contains("INVALID");

        String findings = zip.keySet().stream().filter(name -> name.startsWith(folder + "findings/")).findFirst().orElseThrow();
        assertThat(text(zip, findings)).startsWith("\uFEFFrule,severity,where,").contains("ERROR").contains("Declaration!");

        List<String> mails = zip.keySet().stream().filter(name -> name.startsWith(folder + "messages/")).toList();
        assertThat(mails).anyMatch(name -> name.endsWith("-survey-request.eml"))
                .anyMatch(name -> name.endsWith("-resubmission-request.eml"));
        String request = text(zip, mails.stream().filter(name -> name.endsWith("-survey-request.eml")).findFirst().orElseThrow());
        assertThat(request).contains("To: luz@").contains("Subject:").contains("multipart/alternative")
                .contains("text/html").contains("text/plain");

        String taskLog = text(zip, folder + "tasks.csv");
        assertThat(taskLog).contains("Contact unresponsive supplier").contains("carlos").contains("commodity-managers")
                .contains("completed");
    }

    @Test
    void aCyclesPackageHasAnIndexAndOneFolderPerSurveyForComplianceOfficersAndProcessOwnersOnly() throws IOException {
        String path = "/cycles/" + survey.getCycle().getId() + "/evidence.zip";
        Map<String, byte[]> zip = download(path, "olivia");
        assertThat(text(zip, "surveys.csv")).contains(survey.getBusinessKey())
                .contains(survey.getBusinessKey().replace('/', '_') + "/");
        assertThat(zip).containsKey(survey.getBusinessKey().replace('/', '_') + "/tasks.csv");

        WebSession carlos = new WebSession(port);
        carlos.logIn("carlos", "demo");
        assertThat(carlos.get(path).statusCode()).isEqualTo(403);
        assertThat(carlos.get("/surveys/" + survey.getId() + "/evidence.zip").statusCode()).isEqualTo(403);
    }

    private Map<String, byte[]> download(String path, String user) throws IOException {
        WebSession session = new WebSession(port);
        session.logIn(user, "demo");
        HttpResponse<byte[]> response = session.getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                zip.transferTo(content);
                entries.put(entry.getName(), content.toByteArray());
            }
        }
        return entries;
    }

    private static String text(Map<String, byte[]> zip, String name) {
        assertThat(zip).containsKey(name);
        return new String(zip.get(name), StandardCharsets.UTF_8);
    }

    private void runDueJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
