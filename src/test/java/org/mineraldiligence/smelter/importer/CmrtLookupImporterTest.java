package org.mineraldiligence.smelter.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.smelter.ReferenceList;
import org.mineraldiligence.smelter.ReferenceSmelter;

class CmrtLookupImporterTest {

    private static final Path TEMPLATES = Path.of("src/test/resources/cmrt/templates");
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    @ParameterizedTest
    @ValueSource(strings = {"6.01", "6.1", "6.22", "6.31", "6.4", "6.4-english", "6.5"})
    void readsTheSmelterLookUpOfEveryOfficialCmrtVersion(String version) {
        ReferenceList list = new CmrtLookupImporter()
                .importFile(TEMPLATES.resolve("RMI_CMRT_" + version + ".xlsx"), AS_OF).orElseThrow();
        assertThat(list.size()).isGreaterThan(300);
        assertThat(list.smelters()).allSatisfy(s -> assertThat(s.status().canonical()).isEqualTo(CanonicalStatus.UNKNOWN));
        for (Metal metal : Metal.values()) {
            assertThat(list.ofMetal(metal)).as(metal.label()).isNotEmpty();
        }
    }

    @Test
    void groupsAliasRowsUnderTheirSmelterIdAndSkipsPseudoRows() {
        ReferenceList list = new CmrtLookupImporter().importFile(TEMPLATES.resolve("RMI_CMRT_6.5.xlsx"), AS_OF)
                .orElseThrow();
        // Figures from CMRT-FORMAT §7 for 6.5: 349 distinct CIDs, 280 alias rows.
        assertThat(list.size()).isEqualTo(349);
        assertThat(list.smelters().stream().mapToInt(s -> s.aliases().size()).sum()).isEqualTo(280);
        assertThat(list.ofMetal(Metal.GOLD)).hasSize(182);
        ReferenceSmelter perthMint = list.byId("CID002030").orElseThrow();
        assertThat(perthMint.aliases()).contains("The Perth Mint");
        Set<String> names = list.smelters().stream().map(ReferenceSmelter::standardName).collect(Collectors.toSet());
        assertThat(names).doesNotContain("Unknown", "Smelter not listed", "Smelter not yet identified");
    }

    @Test
    void referenceFilesTellACmrtFromAFacilityList() {
        ImportResult cmrt = new ReferenceFiles().importFile(TEMPLATES.resolve("RMI_CMRT_6.01.xlsx"), AS_OF);
        assertThat(cmrt.orElseThrow().source()).contains("Smelter Look-up");
        assertThat(cmrt.orElseThrow().size()).isEqualTo(311);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedWithAReadableProblem() {
        ImportResult result = new CmrtLookupImporter().importFile(
                Path.of("src/main/resources/smelter/juniper-2016-appendix-a-smelters.tsv"), AS_OF);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("xlsx"));
    }
}
