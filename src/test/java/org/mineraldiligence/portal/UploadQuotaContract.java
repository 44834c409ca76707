package org.mineraldiligence.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.mail.MessageStatus;
import org.mineraldiligence.mail.OutboundMessage;
import org.mineraldiligence.mail.OutboundMessageRepository;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.support.SurveyOfItsOwn;
import org.mineraldiligence.support.WebSession;
import org.mineraldiligence.survey.SupplierSurvey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Upload quotas and duplicate workbooks through the portal over real HTTP, with small limits (3 files and
 * 5 MB a day, 5 files per cycle), on H2 and PostgreSQL. Also: in outbox-only mode a process owner opens the
 * portal from a stored message, whose link is masked.
 */
@TestPropertySource(properties = {
    "mineral-diligence.portal.uploads.files-per-day=3",
    "mineral-diligence.portal.uploads.bytes-per-day=5MB",
    "mineral-diligence.portal.uploads.files-per-cycle=5",
    "mineral-diligence.portal.uploads.bytes-per-cycle=50MB"
})
abstract class UploadQuotaContract {

    static final String PASSWORD = "Secret-pass-1";
    static final String MANAGER_EMAIL = "quota.manager@buyer.example";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    OutboundMessageRepository messages;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    SupplierSurvey survey;
    String link;
    WebSession supplier;
    final Random random = new Random(16);

    @BeforeEach
    void aSupplierWithItsLink() {
        createUser("quotamanager", Role.COMMODITY_MANAGER, MANAGER_EMAIL);
        createUser("quotaowner", Role.PROCESS_OWNER, null);
        createUser("quotaofficer", Role.COMPLIANCE_OFFICER, null);
        Supplier created = new Supplier("Q-" + System.nanoTime(), "Quota Castings", "France");
        created.setSpend(BigDecimal.TEN, "EUR");
        created.setCommodityManager("quotamanager");
        created.addContact("Quinn", "q" + System.nanoTime() + "@supplier.example", true);
        survey = SurveyOfItsOwn.launch(context, created);
        link = SurveyOfItsOwn.portalPath(context, survey);
        supplier = new WebSession(port);
    }

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void overTheDailyLimitTheFileIsRefusedWithWhomToContactAndNothingEarlierIsLost() {
        assertThat(upload("first.xlsx", TestWorkbooks.invalidWithoutCompanyName()).statusCode()).isEqualTo(302);
        assertThat(upload("second.xlsx", bytes(1000)).statusCode()).isEqualTo(302);
        assertThat(upload("third.xlsx", bytes(1000)).statusCode()).isEqualTo(302);

        HttpResponse<String> refused = upload("fourth.xlsx", bytes(1000));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("We did not take this file")
                .contains("You have sent 3 files").contains("in the last 24 hours").contains("at most 3 files")
                .contains("Nothing you sent before is lost").contains("You can upload again after")
                .contains("Quota Manager").contains(MANAGER_EMAIL);
        assertThat(stored()).isEqualTo(3);
        assertThat(supplier.get(link).body()).contains("first.xlsx", "second.xlsx", "third.xlsx")
                .doesNotContain("fourth.xlsx");

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(25, ChronoUnit.HOURS)));
        assertThat(upload("fourth.xlsx", bytes(1000)).statusCode()).as("a day later").isEqualTo(302);
        assertThat(upload("fifth.xlsx", bytes(1000)).statusCode()).isEqualTo(302);
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(50, ChronoUnit.HOURS)));
        HttpResponse<String> cycleFull = upload("sixth.xlsx", bytes(1000));
        assertThat(cycleFull.statusCode()).isEqualTo(429);
        assertThat(cycleFull.body()).contains("for this reporting year").contains("at most 5 files")
                .doesNotContain("You can upload again after").contains(MANAGER_EMAIL);
        assertThat(stored()).isEqualTo(5);
    }

    @Test
    void theDailyMegabytesAreCountedToo() {
        assertThat(upload("big-1.xlsx", bytes(3 * 1024 * 1024)).statusCode()).isEqualTo(302);
        HttpResponse<String> refused = upload("big-2.xlsx", bytes(3 * 1024 * 1024));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("You have sent 1 file (3.0 MB) in the last 24 hours").contains("5.0 MB a day");
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void theSameWorkbookSentAgainIsKeptOnceAndTheSupplierIsToldWhen() {
        byte[] workbook = TestWorkbooks.validLowRisk();
        String first = location(upload("cmrt.xlsx", workbook));
        assertThat(upload("other.xlsx", bytes(1000)).statusCode()).isEqualTo(302);
        assertThat(upload("third.xlsx", bytes(1000)).statusCode()).isEqualTo(302);

        // The daily limit is reached, yet a file we already have is answered, not refused.
        HttpResponse<String> again = upload("cmrt (copy).xlsx", workbook);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(location(again)).isEqualTo(first + "?duplicate");
        String page = supplier.get(location(again)).body();
        assertThat(page).contains("You already sent this file on").contains("we kept one copy")
                .contains("Thank you: your CMRT is valid");
        assertThat(stored()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stored_workbook w JOIN cmrt_submission s ON s.workbook_id = w.id"
                + " WHERE s.survey_id = ?", Long.class, survey.getId())).isEqualTo(3);
    }

    @Test
    void parallelUploadsThroughOneLinkCannotOvershootTheQuota() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            String csrf = WebSession.csrfTokenOf(supplier.get(link).body());
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                byte[] content = bytes(1000);
                String name = "burst-" + i + ".xlsx";
                results.add(pool.submit(() -> supplier.upload(link + "/upload", csrf, name, content).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(status -> status == 302).hasSize(3);
            assertThat(statuses).filteredOn(status -> status == 429).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void inOutboxOnlyModeAProcessOwnerOpensThePortalFromTheMaskedRequest() {
        OutboundMessage request = messages.findAll().stream()
                .filter(m -> survey.getId().equals(m.getPortalSurveyId())).findFirst().orElseThrow();
        assertThat(request.getStatus()).isEqualTo(MessageStatus.NOT_DELIVERED_NO_SMTP);
        assertThat(request.getTextBody()).contains("/portal/••••••");

        WebSession officer = loggedIn("quotaofficer");
        assertThat(officer.get("/outbox/" + request.getId()).body()).doesNotContain("Open the supplier");
        assertThat(officer.postForm("/outbox/" + request.getId() + "/open-portal",
                "_csrf=" + WebSession.csrfTokenOf(officer.get("/outbox").body())).statusCode()).isEqualTo(403);

        WebSession owner = loggedIn("quotaowner");
        String page = owner.get("/outbox/" + request.getId()).body();
        assertThat(page).contains("Open the supplier's portal");
        HttpResponse<String> opened = owner.postForm("/outbox/" + request.getId() + "/open-portal",
                "_csrf=" + WebSession.csrfTokenOf(page));
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(new WebSession(port).get(location(opened)).body()).contains("Quota Castings");
    }

    private HttpResponse<String> upload(String name, byte[] content) {
        String csrf = WebSession.csrfTokenOf(supplier.get(link).body());
        return supplier.upload(link + "/upload", csrf, name, content);
    }

    private long stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cmrt_submission WHERE survey_id = ?", Long.class, survey.getId());
    }

    private byte[] bytes(int size) {
        byte[] content = new byte[size];
        random.nextBytes(content);
        return content;
    }

    private static String location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath()
                + (URI.create(response.headers().firstValue("Location").orElseThrow()).getQuery() == null ? ""
                : "?" + URI.create(response.headers().firstValue("Location").orElseThrow()).getQuery());
    }

    private WebSession loggedIn(String user) {
        WebSession session = new WebSession(port);
        session.logIn(user, PASSWORD);
        return session;
    }

    private void createUser(String id, Role role, String email) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setPassword(PASSWORD);
        user.setFirstName("Quota");
        user.setLastName("Manager");
        user.setEmail(email);
        identityService.saveUser(user);
        identityService.createMembership(id, role.groupId());
    }
}
