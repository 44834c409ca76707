package org.mineraldiligence.supplier.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierContact;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.support.H2ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The ERP export as process owners upload it: tolerant of headers, strict about values, all or nothing. */
@H2ApplicationTest
class SupplierImportTest {

    @Autowired
    SupplierImport supplierImport;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    TransactionTemplate transaction;

    final String a = code();
    final String b = code();

    @Test
    void goodFileWithOtherHeaderSpellingsAndOrderCreatesSuppliersWithTheirContacts() {
        String csv = """
                Vendor No.;Supplier Name;Country;Commodity Group;Commodity manager user id;Contact person;E-Mail;Primary contact;Annual direct spend;Currency;Direct/Indirect;Payment terms
                %s;Acme Metals GmbH;Germany;Solder;carlos;Ada Buyer;ada@acme.example;no;"1.234.567,89";eur;Direct;30 days
                %s;Acme Metals GmbH;Germany;Solder;carlos;Ben Sales;ben@acme.example;yes;;;;
                %s;Tin Traders <b>Ltd</b>;Bolivia;Tin;;;;;;USD;Indirect;
                """.formatted(a, a, b);

        ImportReport report = supplierImport.importFile(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.ignoredColumns()).containsExactly("Payment terms");
        transaction.executeWithoutResult(status -> {
            Supplier acme = suppliers.findByCode(a).orElseThrow();
            assertThat(acme.getAnnualSpend()).isEqualByComparingTo(new BigDecimal("1234567.89"));
            assertThat(acme.getCurrency()).isEqualTo("EUR");
            assertThat(acme.getCommodityManager()).isEqualTo("carlos");
            assertThat(acme.isDirect()).isTrue();
            assertThat(acme.getContacts()).extracting(SupplierContact::getEmail)
                    .containsExactlyInAnyOrder("ada@acme.example", "ben@acme.example");
            assertThat(acme.primaryContact().orElseThrow().getEmail()).isEqualTo("ben@acme.example");
            Supplier tin = suppliers.findByCode(b).orElseThrow();
            assertThat(tin.isDirect()).isFalse();
            assertThat(tin.getName()).isEqualTo("Tin Traders <b>Ltd</b>");
        });
    }

    @Test
    void secondImportUpdatesByCodeAndKeepsWhatItLeavesEmpty() {
        supplierImport.importFile(csv("code,name,country,spend,currency,contact e-mail",
                a + ",Acme,Germany,1000,USD,old@acme.example"));

        ImportReport report = supplierImport.importFile(csv("Supplier code,Name,Annual spend,Email",
                a + ",Acme Renamed,2500.50,new@acme.example"));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.created()).isZero();
        transaction.executeWithoutResult(status -> {
            Supplier acme = suppliers.findByCode(a).orElseThrow();
            assertThat(acme.getName()).isEqualTo("Acme Renamed");
            assertThat(acme.getCountry()).as("no country column: kept").isEqualTo("Germany");
            assertThat(acme.getAnnualSpend()).isEqualByComparingTo("2500.50");
            assertThat(acme.getContacts()).extracting(SupplierContact::getEmail).containsExactly("new@acme.example");
        });
    }

    @Test
    void badRowsAreReportedWithTheirLineNumbersAndNothingIsStored() {
        ImportReport report = supplierImport.importFile(csv(
                "code,name,commodity manager,contact e-mail,annual direct spend,currency,direct/indirect",
                a + ",Good Supplier,carlos,good@ok.example,100,USD,direct",
                ",No Code,,,,,",
                b + ",Bad Values,nobody-here,not-an-email,12 apples,dollars,sometimes",
                b + ",Other Name,,,,,"));

        assertThat(report.stored()).isFalse();
        assertThat(report.problems()).extracting(RowProblem::line).contains(3, 4, 5);
        assertThat(report.problems()).extracting(RowProblem::message).anyMatch(m -> m.contains("code is empty"))
                .anyMatch(m -> m.contains("\"nobody-here\" is not a user"))
                .anyMatch(m -> m.contains("\"not-an-email\" is not an e-mail address"))
                .anyMatch(m -> m.contains("\"12 apples\" is not an amount"))
                .anyMatch(m -> m.contains("\"dollars\" is not a three-letter ISO code"))
                .anyMatch(m -> m.contains("\"sometimes\" is neither direct nor indirect"))
                .anyMatch(m -> m.contains("\"Other Name\" differs from \"Bad Values\" on line 4"));
        assertThat(suppliers.findByCode(a)).as("the good row is not stored either").isEmpty();
        assertThat(suppliers.findByCode(b)).isEmpty();
    }

    @Test
    void formulaCellsHugeCellsAndUnknownCountriesAreRowProblems() {
        ImportReport report = supplierImport.importFile(csv(
                "code,name,country,commodity",
                a + ",\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",Germany,Solder",
                b + ",Plain Name,Atlantis,@SUM(A1)",
                code() + ",Two Congos,Congo,Tin",
                code() + "," + "x".repeat(400) + ",DE,Tin"));

        assertThat(report.stored()).isFalse();
        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::message).contains(
                org.assertj.core.groups.Tuple.tuple(2, "The supplier name \"=HYPERLINK(\"http://evil.example\",\"Click\"…\" starts with"
                        + " \"=\", which a spreadsheet would run as a formula: remove that character."),
                org.assertj.core.groups.Tuple.tuple(3, "\"Atlantis\" is not a country we know: write its English name or its"
                        + " ISO code (DE, DEU)."));
        assertThat(report.problems()).extracting(RowProblem::message)
                .anyMatch(m -> m.contains("The commodity \"@SUM(A1)\" starts with \"@\""))
                .anyMatch(m -> m.contains("\"Congo\" may be the Democratic Republic of the Congo (CD)"))
                .anyMatch(m -> m.contains("is longer than 320 characters"));
        assertThat(suppliers.findByCode(a)).isEmpty();
    }

    @Test
    void aFileOfMoreThanHundredThousandRowsIsRefused() {
        StringBuilder big = new StringBuilder("code,name\n");
        for (int i = 0; i <= SupplierRows.MAX_ROWS; i++) {
            big.append('C').append(i).append(",N\n");
        }
        ImportReport report = supplierImport.importFile(big.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(report.problems()).extracting(RowProblem::message)
                .containsExactly("The file has 100001 rows; split it into files of at most 100000 rows.");
    }

    @Test
    void anUploadIsConfirmedOnlyByItsUploaderAndItsMappingIsRememberedForTheNextImport() {
        String header = "Lief-Nr " + a.substring(2, 8) + ",Lieferant " + a.substring(2, 8) + ",Ctry";
        byte[] file = csv(header, a + ",Erzgebirge Zinn GmbH,Deutschland");
        ImportPreview preview = (ImportPreview) supplierImport.stage(file, "lieferanten.csv", "olivia");
        assertThat(preview.proposed()).containsExactly("", "", "COUNTRY");
        assertThat(preview.remembered()).containsExactly("", "", "recognised");

        assertThat(supplierImport.confirm(preview.token(), java.util.List.of("CODE", "NAME", "COUNTRY"), "mallory")
                .problems()).extracting(RowProblem::message).singleElement().asString().contains("no longer here");
        ImportReport report = supplierImport.confirm(preview.token(), java.util.List.of("CODE", "NAME", "COUNTRY"), "olivia");

        assertThat(report.created()).isEqualTo(1);
        assertThat(suppliers.findByCode(a).orElseThrow().getCountryCode()).isEqualTo("DE");
        ImportPreview next = (ImportPreview) supplierImport.stage(csv(header, b + ",Vogtland Wolfram AG,DE"), "next.csv", "olivia");
        assertThat(next.proposed()).containsExactly("CODE", "NAME", "COUNTRY");
        assertThat(next.remembered()).containsExactly("remembered", "remembered", "remembered");
        assertThat(supplierImport.confirm(preview.token(), next.proposed(), "olivia").problems())
                .as("a confirmed upload is gone").isNotEmpty();
    }

    @Test
    void fileWithoutCodeColumnIsRefusedAsAWhole() {
        ImportReport report = supplierImport.importFile(csv("name,country", "Acme,Germany"));

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("No supplier code column");
        });
    }

    @Test
    void unreadableFileIsRefusedWithAnExplanation() {
        byte[] notAWorkbook = {'P', 'K', 3, 4, 1, 2, 3};

        ImportReport report = supplierImport.importFile(notAWorkbook);

        assertThat(report.problems()).singleElement().extracting(RowProblem::message).asString()
                .contains("cannot be read as CSV or .xlsx");
    }

    @Test
    void excelExportIsReadFromItsFirstSheet() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Vendors");
            String[][] rows = {{"Supplier ID", "Supplier", "Country", "Spend", "Type"},
                    {a, "Workbook Supplier", "Cuba", null, "D"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.getRow(1).createCell(3).setCellValue(98765.5);
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ImportReport report = supplierImport.importFile(xlsx);

        assertThat(report.problems()).isEmpty();
        Supplier imported = suppliers.findByCode(a).orElseThrow();
        assertThat(imported.getCountry()).isEqualTo("Cuba");
        assertThat(imported.getAnnualSpend()).isEqualByComparingTo("98765.50");
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String code() {
        return "IMP-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
