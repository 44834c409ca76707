package org.mineraldiligence.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.cmrt.CmrtJson;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.cmrt.TestWorkbooks.Smelter;

class FindingGroupsTest {

    @Test
    void theSameProblemOnManyRowsIsOneEntryWithItsRowRanges() {
        Smelter[] rows = new Smelter[43];
        for (int i = 0; i < rows.length; i++) {
            // rows 5-44 give countries not on the template's list, except row 25
            rows[i] = new Smelter("Tin", "Alpha", i == 20 ? "United States of America" : "Atlantis " + i, "CID000292");
        }
        CheckResult result = CmrtChecker.withDefaults().check("many.xlsx",
                new ByteArrayInputStream(TestWorkbooks.valid(rows)));
        List<SubmissionFindings.Finding> findings = SubmissionFindings.of(CmrtJson.toJson(result));

        List<FindingGroups.Group> groups = FindingGroups.of(findings);

        assertThat(findings).filteredOn(f -> f.ruleId().equals("CMRT-WARN-SMELTER-COUNTRY-UNKNOWN")).hasSize(42);
        assertThat(groups).filteredOn(g -> g.ruleId().equals("CMRT-WARN-SMELTER-COUNTRY-UNKNOWN")).singleElement()
                .satisfies(g -> {
                    assertThat(g.problem()).isEqualTo("Smelter country not from the list.");
                    assertThat(g.location()).isEqualTo("Smelter List rows 5–24, 26–47 (column E)");
                    assertThat(g.count()).isEqualTo(42);
                });
        assertThat(groups).filteredOn(g -> g.ruleId().equals("CMRT-WARN-SMELTER-DUPLICATE")).singleElement()
                .satisfies(g -> assertThat(g.location()).isEqualTo("Smelter List rows 6–47 (column C)"));
    }

    @Test
    void aProblemOnOneCellKeepsItsOwnMessage() {
        CheckResult result = CmrtChecker.withDefaults().check("one.xlsx",
                new ByteArrayInputStream(TestWorkbooks.invalidWithoutCompanyName()));

        List<FindingGroups.Group> groups = FindingGroups.of(SubmissionFindings.of(CmrtJson.toJson(result)));

        assertThat(groups).first().satisfies(g -> {
            assertThat(g.isError()).isTrue();
            assertThat(g.location()).isEqualTo("Declaration!D8");
            assertThat(g.message()).isEqualTo("'Company Name' is required: fill in Declaration D8.");
        });
    }
}
