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
