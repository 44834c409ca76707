package org.mineraldiligence.smelter.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.smelter.importer.BundledReferenceList;
import org.mineraldiligence.smelter.importer.ReferenceFiles;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What compliance officers and process owners do with the smelter lists, through the pages, run once on H2
 * and once on PostgreSQL: import (good and bad files), browse, history, flags and who may do what.
 */
abstract class SmelterPagesContract {

    static final String PASSWORD = "Smelter-pass-1";
    static final String OFFICER = "smelter-officer";
    static final String MANAGER = "smelter-manager";
    static final String OWNER = "smelter-owner";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    ReferenceLists lists;
    @Autowired
    ImportedListRepository importedLists;

    @BeforeEach
    void createPeople() {
        createUser(OFFICER, Role.COMPLIANCE_OFFICER);
        createUser(MANAGER, Role.COMMODITY_MANAGER);
        createUser(OWNER, Role.PROCESS_OWNER);
    }

    private void createUser(String id, Role role) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, role.groupId());
    }

    WebSession as(String user) {
        WebSession session = new WebSession(port);
        assertThat(session.logIn(user, PASSWORD).headers().firstValue("Location").orElse("")).doesNotContain("error");
        return session;
    }

    static HttpResponse<String> importFile(WebSession session, String fileName, byte[] content, String asOf) {
        String csrf = WebSession.csrfTokenOf(session.get("/smelters/import").body());
        return session.upload("/smelters/import", csrf, fileName, content, Map.of("asOf", asOf));
    }

    /** Follows the redirect after a successful import to the page of the new list. */
    static String importedPage(WebSession session, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/smelters?list=");
        return session.get(location.substring(location.indexOf("/smelters"))).body();
    }

    @Test
    void theBundledListWasImportedAtStartUp() {
        assertThat(lists.all()).anySatisfy(list -> {
            assertThat(list.getSource()).isEqualTo(BundledReferenceList.SOURCE);
            assertThat(list.getAsOf()).isEqualTo(BundledReferenceList.AS_OF);
            assertThat(list.getSmelterCount()).isEqualTo(311);
        });
    }

    @Test
    void aCsvListIsImportedWithItsStatusesAndCanBeSearchedByAlias() {
        String gold = TestLists.newCid();
        String tin = TestLists.newCid();
        WebSession officer = as(OFFICER);
        HttpResponse<String> imported = importFile(officer, "facilities.csv", TestLists.csv(TestLists.HEADER,
                "Gold,Aurora Bullion Refinery,Switzerland," + gold + ",Conformant,2015-11-02,Annual,Aurora AG; ABR",
                "Tin,Cassiter Smelting <Works>,Bolivia," + tin + ",Active,,,"), "2015-03-31");
        String page = importedPage(officer, imported);

        assertThat(page).contains("facilities.csv (as of 2015-03-31)", gold, "Aurora Bullion Refinery", "Conformant",
                "Cassiter Smelting &lt;Works&gt;").doesNotContain("<Works>");
        String listId = imported.headers().firstValue("Location").orElseThrow().replaceAll(".*list=", "");
        String byAlias = officer.get("/smelters?list=" + listId + "&name=aurora+ag").body();
        assertThat(byAlias).contains(gold).doesNotContain(tin);
        String byStatus = officer.get("/smelters?list=" + listId + "&status=ACTIVE&metal=Tin&country=bolivia").body();
        assertThat(byStatus).contains(tin).doesNotContain(gold);

        String smelter = officer.get("/smelters/" + gold).body();
        assertThat(smelter).contains("Aurora AG", "ABR", "2015-11-02", "Annual", OFFICER);
    }

    @Test
    void badRowsAreShownWithTheirLinesAndNothingOfTheFileIsStored() {
        String good = TestLists.newCid();
        long before = importedLists.count();
        WebSession officer = as(OFFICER);
        HttpResponse<String> response = importFile(officer, "broken.csv", TestLists.csv(TestLists.HEADER,
                "Gold,Fine Good Refinery,Japan," + good + ",Conformant,,,",
                "Gold,Bad Status Refinery,Japan," + TestLists.newCid() + ",Certified-ish,,,",
                "Silver,Wrong Metal Works,Japan," + TestLists.newCid() + ",Active,,,",
                "Tin,No Id Smelter,Peru,12345X,Active,,,"), "2015-06-30");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Nothing was imported",
                "<td>3</td><td>unknown status &#39;Certified-ish&#39;</td>",
                "<td>4</td><td>unknown metal &#39;Silver&#39;</td>",
                "<td>5</td><td>smelter id &#39;12345X&#39; is not CID followed by up to six digits</td>");
        assertThat(importedLists.count()).isEqualTo(before);
        assertThat(officer.get("/smelters/" + good).statusCode()).isEqualTo(404);
    }

    @Test
    void aFileWithoutDateOrOfAnotherKindIsRefusedWithAReason() {
        WebSession officer = as(OFFICER);
        long before = importedLists.count();
        HttpResponse<String> noDate = importFile(officer, "facilities.csv",
                TestLists.csv(TestLists.HEADER, "Gold,X,Japan," + TestLists.newCid() + ",Conformant,,,"), "");
        assertThat(noDate.statusCode()).isEqualTo(422);
        assertThat(noDate.body()).contains("Give the date the list");
        HttpResponse<String> pdf = importFile(officer, "list.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8),
                "2015-01-01");
        assertThat(pdf.body()).contains("neither a .csv/.tsv list nor an .xlsx workbook");
        assertThat(importedLists.count()).isEqualTo(before);
    }

    @Test
    void aSmelterShowsItsDatedStatusesAcrossImportsNewestFirst() {
        String cid = TestLists.newCid();
        WebSession officer = as(OFFICER);
        importedPage(officer, importFile(officer, "rmi-2014.xlsx", TestLists.xlsx(List.of(
                List.of("Metal", "Standard Smelter Name", "Country", "Smelter ID", "Audit Status"),
                List.of("Tungsten", "Wolfram Hill Works", "Austria", cid, "Active"))), "2014-06-30"));
        importedPage(officer, importFile(officer, "rmi-2015.csv", TestLists.csv(TestLists.HEADER,
                "Tungsten,Wolfram Hill Works,Austria," + cid + ",Conformant,2015-02-01,Annual,"), "2015-06-30"));

        String page = officer.get("/smelters/" + cid).body();
        assertThat(page).contains("Wolfram Hill Works");
        int newer = page.indexOf("<td>2015-06-30</td>");
        int older = page.indexOf("<td>2014-06-30</td>");
        assertThat(newer).isPositive();
        assertThat(older).isGreaterThan(newer);
        assertThat(page.substring(newer, older)).contains("Conformant", "CONFORMANT", "rmi-2015.csv");
        assertThat(page.substring(older)).contains("Active", "ACTIVE", "rmi-2014.xlsx");
    }

    @Test
    void anOfficialCmrtWorkbookImportsItsSmelterLookUp() throws IOException {
        Path workbook = Path.of("src/test/resources/cmrt/templates/RMI_CMRT_6.5.xlsx");
        int expected = new ReferenceFiles().importFile(workbook, java.time.LocalDate.of(2013, 1, 1))
                .orElseThrow().size();
        WebSession officer = as(OFFICER);
        String page = importedPage(officer,
                importFile(officer, "RMI_CMRT_6.5.xlsx", Files.readAllBytes(workbook), "2013-01-01"));
        assertThat(page).contains("RMI_CMRT_6.5.xlsx (Smelter Look-up) (as of 2013-01-01)",
                expected + " smelters", "UNKNOWN");
        assertThat(expected).isGreaterThan(300);
    }

    @Test
    void anOfficialEmrtWorkbookImportsItsLookUpAsRefinersThatNoCycleUsesFor3tg() throws IOException {
        byte[] emrt = Files.readAllBytes(Path.of("src/test/resources/cmrt/templates/RMI_EMRT_2.1.xlsx"));
        java.util.Optional<Long> newest3tg = lists.newest().map(ImportedList::getId);
        WebSession officer = as(OFFICER);

        HttpResponse<String> imported = importFile(officer, "RMI_EMRT_2.1.xlsx", emrt, "2025-10-01");
        String page = importedPage(officer, imported);

        assertThat(page).contains("RMI_EMRT_2.1.xlsx (Smelter Look-up, EMRT 2.1) (as of 2025-10-01)",
                "Imported 305 refiners of the extended minerals", "states no RMI status, so none is assumed",
                "The refiners of an EMRT Smelter Look-up", "Chemaf Etoile", "not stated", "Lithium")
                .doesNotContain("CONFORMANT</td>");
        long listId = Long.parseLong(imported.headers().firstValue("Location").orElseThrow().replaceAll(".*list=", ""));
        assertThat(lists.newest().map(ImportedList::getId)).as("the 3TG list cycles follow").isEqualTo(newest3tg);
        assertThat(lists.newestEmrt().map(ImportedList::getId)).isNotEmpty();
        String cobalt = officer.get("/smelters?list=" + listId + "&metal=Cobalt&name=chemaf").body();
        assertThat(cobalt).contains("CID003264", "Chemaf Etoile").doesNotContain("Lithium</td>");
        assertThat(officer.get("/smelters/CID003264").body()).contains("Cobalt, CONGO, DEMOCRATIC REPUBLIC OF THE");
        assertThat(officer.get("/smelters").body()).as("an EMRT look-up is offered to no cycle's pin")
                .doesNotContain("'#" + listId + " ").doesNotContain(">#" + listId + " RMI_EMRT_2.1.xlsx");
        assertThat(officer.get("/smelters/import").body()).contains("EMRT 2.1 refiners");
        assertThatThrownBy(() -> lists.pin(1L, listId)).isInstanceOf(IllegalArgumentException.class);

        long before = importedLists.count();
        for (String user : List.of(MANAGER, OWNER)) {
            WebSession other = as(user);
            String csrf = WebSession.csrfTokenOf(other.get("/").body());
            assertThat(other.upload("/smelters/import", csrf, "RMI_EMRT_2.1.xlsx", emrt, Map.of("asOf", "2025-10-01"))
                    .statusCode()).as(user).isEqualTo(403);
        }
        assertThat(importedLists.count()).isEqualTo(before);
    }

    @Test
    void anOfficerFlagsASmelterAndWithdrawsTheFlagWhichStaysOnRecord() {
        String cid = TestLists.newCid();
        WebSession officer = as(OFFICER);
        importedPage(officer, importFile(officer, "flags.csv", TestLists.csv(TestLists.HEADER,
                "Gold,Shady Gold Refinery,Uganda," + cid + ",Active,,,"), "2012-01-01"));
        String page = officer.get("/smelters/" + cid).body();
        String csrf = WebSession.csrfTokenOf(page);

        assertThat(officer.postForm("/smelters/" + cid + "/flags", "reason=x").statusCode())
                .as("a form without the CSRF token").isEqualTo(403);
        HttpResponse<String> badLink = officer.postForm("/smelters/" + cid + "/flags",
                form("reason", "UN report", "sourceLink", "javascript:alert(1)", "_csrf", csrf));
        assertThat(officer.get(badLink.headers().firstValue("Location").orElseThrow()
                .replaceAll("^https?://[^/]+", "")).body())
                .contains("must be a web address", "UN report").doesNotContain("href=\"javascript");

        officer.postForm("/smelters/" + cid + "/flags", form("reason", "UN Group of Experts <b>2016</b> report",
                "sourceLink", "https://www.un.org/sc/report.pdf", "_csrf", csrf));
        page = officer.get("/smelters/" + cid).body();
        assertThat(page).contains("Flagged with evidence", "UN Group of Experts &lt;b&gt;2016&lt;/b&gt; report",
                "href=\"https://www.un.org/sc/report.pdf\"", OFFICER).doesNotContain("<b>2016</b>");
        assertThat(officer.get("/smelters?name=" + cid + "&list=" + listOf(cid)).body()).contains("flagged");

        String flagId = page.replaceAll("(?s).*/smelters/flags/(\\d+)/withdraw.*", "$1");
        officer.postForm("/smelters/flags/" + flagId + "/withdraw",
                form("reason", "Report retracted", "smelterId", cid, "_csrf", csrf));
        page = officer.get("/smelters/" + cid).body();
        assertThat(page).contains("UN Group of Experts", "withdrawn by " + OFFICER, "Report retracted")
                .doesNotContain("Flagged with evidence");
    }

    @Test
    void commodityManagersNeitherImportNorFlagAndProcessOwnersOnlyLook() {
        String cid = TestLists.newCid();
        WebSession officer = as(OFFICER);
        importedPage(officer, importFile(officer, "roles.csv", TestLists.csv(TestLists.HEADER,
                "Tin,Role Check Smelter,Peru," + cid + ",Active,,,"), "2012-02-01"));
        long before = importedLists.count();

        WebSession manager = as(MANAGER);
        String csrf = WebSession.csrfTokenOf(manager.get("/").body());
        assertThat(manager.get("/smelters/import").statusCode()).isEqualTo(403);
        assertThat(manager.upload("/smelters/import", csrf, "x.csv", TestLists.csv(TestLists.HEADER,
                "Tin,Sneaky,Peru," + TestLists.newCid() + ",Active,,,"), Map.of("asOf", "2012-01-01")).statusCode())
                .isEqualTo(403);
        assertThat(manager.postForm("/smelters/" + cid + "/flags", form("reason", "r", "_csrf", csrf)).statusCode())
                .isEqualTo(403);
        assertThat(manager.get("/smelters").statusCode()).isEqualTo(403);

        WebSession owner = as(OWNER);
        String ownerCsrf = WebSession.csrfTokenOf(owner.get("/").body());
        HttpResponse<String> ownersView = owner.get("/smelters/" + cid);
        assertThat(ownersView.statusCode()).isEqualTo(200);
        assertThat(ownersView.body()).contains("Role Check Smelter").doesNotContain("Flag this smelter");
        assertThat(owner.get("/smelters/review").statusCode()).isEqualTo(200);
        assertThat(owner.postForm("/smelters/" + cid + "/flags", form("reason", "r", "_csrf", ownerCsrf))
                .statusCode()).isEqualTo(403);
        assertThat(owner.get("/smelters/import").statusCode()).isEqualTo(403);
        assertThat(importedLists.count()).isEqualTo(before);
        assertThat(officer.get("/smelters/" + cid).body()).doesNotContain("flagged by");
    }

    private long listOf(String cid) {
        return lists.history(cid).get(0).getList().getId();
    }

    static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
