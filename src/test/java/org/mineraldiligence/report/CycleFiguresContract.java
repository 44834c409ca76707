package org.mineraldiligence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.cmrt.Verdict;
import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.survey.SurveyOutcome;
import org.springframework.beans.factory.annotation.Autowired;

/** The cycle's figures, supplier table and consolidated CMRT on a known data set; run on H2 and PostgreSQL. */
abstract class CycleFiguresContract {

    @Autowired
    CycleData data;
    @Autowired
    CycleReports reports;
    @Autowired
    RollUps rollUps;
    @Autowired
    EntityManagerFactory emf;

    KnownCycle known;

    @BeforeEach
    void createCycle() {
        known = KnownCycle.create(data);
    }

    @Test
    void dashboardCountsSuppliersResponsesProgramsAndSpendOfTheKnownCycle() {
        CycleDashboard dashboard = reports.dashboard(known.cycleId());
        SurveyFigures f = dashboard.figures();
        assertThat(f.surveyed()).isEqualTo(5);
        assertThat(f.inScope()).isEqualTo(4);
        assertThat(f.inScopeSpend()).isEqualByComparingTo(BigDecimal.valueOf(1000));
        assertThat(f.responded()).isEqualTo(3);
        assertThat(f.respondedSpend()).isEqualByComparingTo(BigDecimal.valueOf(900));
        assertThat(f.responsePercent()).isEqualTo(75);
        assertThat(f.responseBySpendPercent()).isEqualTo(90);
        assertThat(List.of(f.valid(), f.invalid(), f.awaiting())).containsExactly(2L, 1L, 1L);
        assertThat(f.invalidPercent()).isEqualTo(33);
        assertThat(List.of(f.companyLevel(), f.productLevel(), f.userDefinedScope())).containsExactly(1L, 1L, 0L);
        assertThat(List.of(f.strong(), f.weak(), f.trainingCompleted())).containsExactly(1L, 1L, 1L);
        assertThat(dashboard.outcomes()).containsEntry(null, 3L).containsEntry(SurveyOutcome.VALID_LOW_RISK, 1L)
                .containsEntry(SurveyOutcome.OUT_OF_SCOPE, 1L);
        assertThat(dashboard.decisions()).containsExactly(Map.entry("SUSPEND", 1L));
        assertThat(dashboard.failedMails()).isEqualTo(1);
    }

    @Test
    void smeltersAreCountedOncePerIdFromTheLatestValidWorkbooksOnly() {
        CycleDashboard dashboard = reports.dashboard(known.cycleId());
        IdentifiedSmelters smelters = dashboard.smelters();
        assertThat(smelters.smelters()).extracting(s -> s.smelterId())
                .containsExactly("CID002708", "CID000015", "CID000292"); // by metal, then name; no superseded Tantalum
        assertThat(smelters.byMetalAndStatus().get(Metal.GOLD)).containsEntry(CanonicalStatus.CONFORMANT, 1L)
                .containsEntry(CanonicalStatus.ACTIVE, 1L);
        assertThat(smelters.conformantPercent()).isEqualTo(67);
        assertThat(smelters.conformantOrActivePercent()).isEqualTo(100);
        assertThat(dashboard.underReview()).isEqualTo(1);
    }

    @Test
    void supplierTableFiltersByVerdictOutcomeProgramAndMetal() {
        assertThat(names(SupplierFilter.parse(null, "invalid", null, null))).containsExactly("Gamma Cables");
        assertThat(names(SupplierFilter.parse(null, "AWAITING", null, null))).containsExactly("Delta Displays");
        assertThat(names(SupplierFilter.parse("IN_PROGRESS", null, null, null)))
                .containsExactly("Beta <b>Boards</b>", "Delta Displays", "Gamma Cables");
        assertThat(names(SupplierFilter.parse(null, null, "weak", null))).containsExactly("Beta <b>Boards</b>");
        assertThat(names(SupplierFilter.parse(null, null, null, "Tin"))).containsExactly("Alpha Components");
        assertThat(names(SupplierFilter.parse(null, null, null, "gold")))
                .containsExactly("Alpha Components", "Beta <b>Boards</b>");
        assertThat(reports.suppliers(known.cycleId(), SupplierFilter.NONE, 1).total()).isEqualTo(5);
    }

    private List<String> names(SupplierFilter filter) {
        return reports.suppliers(known.cycleId(), filter, 1).rows().stream().map(r -> r.status().supplierName()).toList();
    }

    @Test
    void dashboardRunsTheSameNumberOfQueriesForFiveHundredSurveysAsForFive() {
        long large = data.cycle(2032);
        for (int i = 0; i < 500; i++) {
            long survey = data.survey(large, data.supplier("Bulk " + i, 10 + i), i % 5 == 0 ? "VALID_LOW_RISK" : null,
                    i % 2 == 0 ? "STRONG" : "WEAK", i % 3 == 0);
            if (i % 4 != 0) {
                long submission = data.submission(survey, i % 4 == 1 ? "INVALID" : "VALID", "A");
                data.declared(submission, 5, "Gold", "MATCHED", i % 2 == 0 ? "CID000015" : "CID002708");
            }
        }
        long small = statementsFor(known.cycleId());
        long big = statementsFor(large);
        assertThat(big).isEqualTo(small).isLessThanOrEqualTo(12);
        assertThat(reports.dashboard(large).figures().inScope()).isEqualTo(500);
    }

    private long statementsFor(long cycleId) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            reports.dashboard(cycleId);
            reports.suppliers(cycleId, SupplierFilter.NONE, 1);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void consolidatedCmrtIsEnglishListsEachSmelterOnceAndPassesOurChecker() throws Exception {
        RollUpPreview preview = rollUps.preview(known.cycleId());
        // two of four in-scope suppliers answered validly, none declared tantalum: that is no "No"
        assertThat(preview.proposals().get(Metal.TANTALUM).get(1).value()).isNull();
        assertThat(preview.proposals().get(Metal.TANTALUM).get(1).basis())
                .isEqualTo("0 of 4 suppliers declared Tantalum used; 0 declared it not used; 2 not answered validly"
                        + " — the answers do not decide; only the company knows");
        assertThat(preview.proposals().get(Metal.TIN).get(1).basis()).startsWith("1 of 4 suppliers declared Tin used;");
        RollUpChoices proposed = RollUpChoices.proposed(preview.proposals());
        assertThat(proposed.problems(RollUps.LANGUAGES)).contains("Answer question 1 for Tantalum.");
        assertThat(rollUps.write(known.cycleId(), ReportPagesTest.DECLARANT, proposed).workbook()).isNull();

        RollUps.Outcome outcome = rollUps.write(known.cycleId(), ReportPagesTest.DECLARANT,
                decide(proposed, Metal.TANTALUM, 1, "No", Metal.TUNGSTEN, 1, "No"));
        assertThat(outcome.problem()).isNull();
        CheckResult check = CmrtChecker.withDefaults().checkRollUp("roll-up.xlsx", new ByteArrayInputStream(outcome.workbook()));
        assertThat(check.verdict()).isIn(Verdict.VALID, Verdict.VALID_WITH_WARNINGS);
        assertThat(check.declarationScope()).isEqualTo("A");
        assertThat(check.smelters()).extracting(s -> s.smelterId())
                .containsExactlyInAnyOrder("CID000015", "CID002708", "CID000292");
        Map<String, String> gold = check.metals().get(org.mineraldiligence.cmrt.Metal.GOLD).answers();
        assertThat(gold).containsEntry("Q1", "Yes").containsEntry("Q2", "Yes")
                .containsEntry("Q3", "Unknown") // not every supplier answered "No"
                .containsEntry("Q6", "Greater than 50%") // 3 of 4 responded
                .containsEntry("Q7", "No") // two in-scope suppliers have no valid declaration
                .containsEntry("Q8", "No"); // a gold name is still under review
        assertThat(check.metals().get(org.mineraldiligence.cmrt.Metal.TANTALUM).answers()).containsEntry("Q1", "No");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(outcome.workbook()))) {
            Sheet declaration = wb.getSheet("Declaration");
            assertThat(declaration.getRow(2).getCell(3).getStringCellValue()).isEqualTo("English");
            assertThat(declaration.getRow(7).getCell(1).getStringCellValue()).startsWith("Company Name");
            assertThat(declaration.getRow(14).getCell(3).getStringCellValue()).isEqualTo("Cora Compliance");
        }
    }

    @Test
    void consolidatedCmrtInAnotherLanguageAndAnswersContradictingItsSmelters() throws Exception {
        RollUpChoices proposed = RollUpChoices.proposed(rollUps.preview(known.cycleId()).proposals());
        RollUpChoices german = new RollUpChoices("Deutsch",
                decide(proposed, Metal.TANTALUM, 1, "No", Metal.TUNGSTEN, 1, "No").answers());
        RollUps.Outcome outcome = rollUps.write(known.cycleId(), ReportPagesTest.DECLARANT, german);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(outcome.workbook()))) {
            Sheet declaration = wb.getSheet("Declaration");
            assertThat(declaration.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Deutsch");
            assertThat(declaration.getRow(7).getCell(1).getStringCellValue()).doesNotStartWith("Company Name").isNotBlank();
        }
        // gold smelters are listed: "gold is not used" is refused by the checker's roll-up rule
        RollUps.Outcome contradicting = rollUps.write(known.cycleId(), ReportPagesTest.DECLARANT,
                decide(proposed, Metal.TANTALUM, 1, "No", Metal.TUNGSTEN, 1, "No", Metal.GOLD, 1, "No"));
        assertThat(contradicting.workbook()).isNull();
        assertThat(contradicting.problem()).contains("The Smelter List names Gold smelters, but questions 1 and 2 say Gold is not in scope.");
        assertThat(rollUps.write(known.cycleId(), ReportPagesTest.DECLARANT, new RollUpChoices("Klingon",
                decide(proposed, Metal.TANTALUM, 1, "No", Metal.TUNGSTEN, 1, "No").answers())).problem())
                .contains("Choose one of the template's languages.");
    }

    /** The proposals with some answers changed, as the process owner would on the preview. */
    static RollUpChoices decide(RollUpChoices proposed, Object... metalQuestionValue) {
        Map<Metal, Map<Integer, String>> answers = new java.util.EnumMap<>(Metal.class);
        proposed.answers().forEach((m, a) -> answers.put(m, new java.util.TreeMap<>(a)));
        for (int i = 0; i < metalQuestionValue.length; i += 3) {
            answers.get((Metal) metalQuestionValue[i]).put((Integer) metalQuestionValue[i + 1], (String) metalQuestionValue[i + 2]);
        }
        return new RollUpChoices(proposed.language(), answers);
    }

    @Test
    void consolidatedCmrtIsRefusedWithAReasonWhenNoSupplierAnsweredValidly() {
        long empty = data.cycle(2033);
        data.survey(empty, data.supplier("Silent Supplier", 10), null, null, false);
        RollUps.Outcome outcome = rollUps.write(empty, ReportPagesTest.DECLARANT, RollUpChoices.proposed(Map.of()));
        assertThat(outcome.workbook()).isNull();
        assertThat(outcome.problem()).contains("No supplier has sent a valid CMRT");
    }
}
