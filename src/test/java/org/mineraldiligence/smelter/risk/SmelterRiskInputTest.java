package org.mineraldiligence.smelter.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.smelter.SmelterStatus;

class SmelterRiskInputTest {

    private static final CountryRiskTable COUNTRIES = CountryRiskTable.bundled();

    private static ReferenceSmelter smelter(String country, CanonicalStatus status, Boolean coveredSourcing) {
        return new ReferenceSmelter("CID000001", Metal.TIN, "Test Smelter", country, List.of(),
                new SmelterStatus(status.name(), status, LocalDate.of(2017, 4, 1)), null, null, coveredSourcing);
    }

    @Test
    void bundledCountryDataHasTheDrcAndItsNineNeighboursAsCoveredL3() {
        List<CountryRisk> l3 = COUNTRIES.countries().stream().filter(c -> c.category() == CountryCategory.L3).toList();
        assertThat(l3).hasSize(10).allMatch(CountryRisk::covered);
        assertThat(COUNTRIES.categoryOf("Democratic Republic of the Congo")).isEqualTo(CountryCategory.L3);
        assertThat(COUNTRIES.categoryOf("SOUTH AFRICA")).isEqualTo(CountryCategory.L2);
        assertThat(COUNTRIES.categoryOf("United States")).isEqualTo(CountryCategory.L1);
        assertThat(COUNTRIES.categoryOf("GERMANY")).isEqualTo(CountryCategory.UNLISTED);
    }

    @Test
    void builderTakesCategoryFromTheSmelterCountryAndStatusFromTheReference() {
        SmelterRiskInput input = SmelterRiskInput.forSmelter(smelter("RWANDA", CanonicalStatus.ACTIVE, null),
                COUNTRIES).recycledOrScrap(true).build();
        assertThat(input).isEqualTo(new SmelterRiskInput(CountryCategory.L3, CanonicalStatus.ACTIVE, false, true));
        assertThat(input.toVariables()).containsEntry("countryCategory", "L3").containsEntry("status", "ACTIVE");
    }

    @Test
    void sourcingFromCoveredCountriesRaisesAFarAwaySmelterToL3() {
        SmelterRiskInput input = SmelterRiskInput.forSmelter(smelter("JAPAN", CanonicalStatus.NOT_ENROLLED, true),
                COUNTRIES).conflictEvidence(true).build();
        assertThat(input.countryCategory()).isEqualTo(CountryCategory.L3);
        assertThat(input.conflictEvidence()).isTrue();
    }

    @Test
    void cahraCountryOutsideTheReportListsIsAssessedAsTransitCountry() throws Exception {
        CountryRiskTable table = CountryRiskTable.load(new StringReader(
                "country\taliases\tcategory\tcovered\tcahra\nAFGHANISTAN\t\tUNLISTED\tno\tyes\n")).orElseThrow();
        assertThat(table.categoryOf("Afghanistan")).isEqualTo(CountryCategory.L2);
    }

    @Test
    void malformedCountryDataIsRefusedWithLineNumbers() throws Exception {
        CountryRiskTable.LoadResult result = CountryRiskTable.load(new StringReader(
                "country\taliases\tcategory\tcovered\tcahra\nANGOLA\t\tL9\tyes\tno\nZAMBIA\t\tL3\tmaybe\tno\n"));
        assertThat(result.table()).isEmpty();
        assertThat(result.problems()).extracting(p -> p.line()).containsExactly(2, 3);
        assertThatThrownBy(result::orElseThrow).hasMessageContaining("L9");
    }

    @Test
    void decisionExplainsItsRiskLevelForAReferenceSmelter() {
        SmelterRisk risk = new SmelterRiskDecision().evaluate(SmelterRiskInput.forSmelter(
                smelter("UGANDA", CanonicalStatus.NOT_ENROLLED, null), COUNTRIES).build());
        assertThat(risk.level()).isEqualTo(SmelterRisk.RiskLevel.HIGH);
        assertThat(risk.reason()).contains("DRC");
    }
}
