package org.mineraldiligence.smelter.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.smelter.ReferenceList;
import org.mineraldiligence.smelter.ReferenceSmelter;

/**
 * Each real EMRT template's Smelter Look-up imports as a list of extended-mineral refiners that names its revision,
 * with the refiner counts of the sheet (distinct CIDs per mineral, counted independently of the importer), no 3TG
 * metal, and no RMI status: "not stated" ({@code UNKNOWN}, no published text), never conformant.
 */
class EmrtLookupImportTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);

    static Path template(String revision) {
        return Path.of("src/test/resources/cmrt/templates/RMI_EMRT_" + revision + ".xlsx");
    }

    static ReferenceList imported(String revision) {
        return new ReferenceFiles().importFile(template(revision), AS_OF).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
            "1.1,  78, 22, 0, 0, 0",
            "1.11, 78, 22, 0, 0, 0",
            "1.2,  84, 23, 0, 0, 0",
            "1.3,  96, 30, 0, 0, 0",
            "2.0, 105, 30, 67, 46, 42",
            "2.1, 104, 31, 78, 47, 45"})
    void everyRevisionsLookUpIsAListOfRefinersPerMineral(String revision, int cobalt, int mica, int copper,
                                                        int lithium, int nickel) {
        ReferenceList list = imported(revision);

        assertThat(list.isEmrt()).isTrue();
        assertThat(list.emrtRevision()).contains(revision);
        assertThat(list.source()).isEqualTo("RMI_EMRT_" + revision + ".xlsx (Smelter Look-up, EMRT " + revision + ")");
        Map<ExtendedMineral, Long> perMineral = list.smelters().stream()
                .collect(Collectors.groupingBy(ReferenceSmelter::extendedMineral, Collectors.counting()));
        assertThat(perMineral.getOrDefault(ExtendedMineral.COBALT, 0L)).isEqualTo(cobalt);
        assertThat(perMineral.getOrDefault(ExtendedMineral.MICA, 0L)).isEqualTo(mica);
        assertThat(perMineral.getOrDefault(ExtendedMineral.COPPER, 0L)).isEqualTo(copper);
        assertThat(perMineral.getOrDefault(ExtendedMineral.LITHIUM, 0L)).isEqualTo(lithium);
        assertThat(perMineral.getOrDefault(ExtendedMineral.NICKEL, 0L)).isEqualTo(nickel);
        assertThat(perMineral).doesNotContainKey(ExtendedMineral.GRAPHITE); // only "Smelter not listed" rows
        assertThat(list.smelters()).allSatisfy(s -> {
            assertThat(s.metal()).as("no 3TG metal on an EMRT list").isNull();
            assertThat(s.status().canonical()).isEqualTo(CanonicalStatus.UNKNOWN);
            assertThat(s.status().publishedText()).as("the look-up states no status").isEmpty();
        });
        for (org.mineraldiligence.cmrt.Metal metal : org.mineraldiligence.cmrt.Metal.values()) {
            assertThat(list.ofMetal(metal)).isEmpty();
        }
    }

    @Test
    void aFormerNameOfTheLookUpIsKeptAsAnAlias() {
        ReferenceSmelter cdm = imported("1.1").byId("CID003430").orElseThrow();
        assertThat(cdm.standardName()).isEqualTo("STE CONGO DONGFANG INTERNATIONAL MINING SAS");
        assertThat(cdm.aliases()).contains("CDM Lubumbashi");
        assertThat(cdm.country()).isEqualTo("CONGO, DEMOCRATIC REPUBLIC OF THE");
    }

    @Test
    void aCmrtLookUpStaysA3tgList() {
        ReferenceList cmrt = new ReferenceFiles().importFile(
                Path.of("src/test/resources/cmrt/templates/RMI_CMRT_6.5.xlsx"), AS_OF).orElseThrow();
        assertThat(cmrt.isEmrt()).isFalse();
        assertThat(cmrt.smelters()).allSatisfy(s -> assertThat(s.extendedMineral()).isNull());
        assertThat(cmrt.ofMineral(ExtendedMineral.COBALT)).isEmpty();
    }

    @Test
    void aListIsEitherOf3tgSmeltersOrOfRefinersNeverAMix() {
        ReferenceSmelter tin = ReferenceSmelter.of("CID000292", org.mineraldiligence.cmrt.Metal.TIN, "Alpha", "USA",
                org.mineraldiligence.smelter.SmelterStatus.unknown(AS_OF));
        ReferenceSmelter cobalt = ReferenceSmelter.ofExtended("CID003264", ExtendedMineral.COBALT, "Chemaf Etoile",
                "CONGO, DEMOCRATIC REPUBLIC OF THE", java.util.List.of(),
                org.mineraldiligence.smelter.SmelterStatus.unknown(AS_OF));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReferenceList("x", AS_OF, "2.1",
                java.util.List.of(cobalt, tin))).hasMessageContaining("CID000292 (Tin) does not belong on an EMRT");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReferenceList("x", AS_OF, java.util.List.of(
                tin, cobalt))).hasMessageContaining("CID003264 (Cobalt) does not belong on a 3TG list");
    }

    @Test
    void aTinRowInAnEmrtLookUpRefusesTheWholeFile() throws IOException {
        ImportResult result = new ReferenceFiles().importContent("RMI_EMRT_2.1.xlsx",
                doctored("2.1", wb -> wb.getSheet("Smelter Look-up").getRow(5).getCell(0).setCellValue("Tin")), AS_OF);

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).isEqualTo("'Tin' is none of the EMRT minerals (Cobalt, Copper, Graphite, Lithium, "
                    + "Mica, Nickel)");
        });
    }

    @Test
    void anEmrtWithoutARevisionIsRefusedRatherThanGuessed() throws IOException {
        ImportResult result = new ReferenceFiles().importContent("emrt.xlsx",
                doctored("1.3", wb -> wb.getSheet("Declaration").getRow(2).getCell(9).setCellValue("")), AS_OF);

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.problems().get(0).message()).contains("is an EMRT whose revision (Declaration!J3) "
                + "cannot be read");
    }

    private static byte[] doctored(String revision, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(template(revision))));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
