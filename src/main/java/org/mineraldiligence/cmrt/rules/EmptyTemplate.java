package org.mineraldiligence.cmrt.rules;

import java.util.Arrays;

import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.template.CmrtWorkbook;
import org.mineraldiligence.cmrt.template.CompanyField;
import org.mineraldiligence.cmrt.template.Sheets;

/**
 * The blank template sent back unchanged. Its fifty-odd Checker errors would all say the same thing, so
 * it gets one finding that says what it is and where to start.
 */
public final class EmptyTemplate {

    public static final String RULE = "CMRT-EMPTY-TEMPLATE";
    static final int SAMPLE_ANSWERS = 9;

    private EmptyTemplate() {
    }

    /**
     * Nothing in the company block, no product, and hardly anything elsewhere: the published templates are
     * not quite blank (6.31 carries sample answers for one metal and question A, 6.4 a sample Tin smelter),
     * so up to {@value #SAMPLE_ANSWERS} answers and one smelter row still count as the empty template.
     */
    public static boolean isEmpty(CmrtWorkbook wb) {
        boolean company = Arrays.stream(CompanyField.values()).filter(f -> f != CompanyField.SCOPE)
                .allMatch(f -> wb.field(f).isBlank());
        long answers = Arrays.stream(Metal.values()).flatMap(m -> Arrays.stream(wb.answers().get(m)))
                .filter(a -> !a.isBlank()).count()
                + Arrays.stream(wb.companyAnswers()).filter(a -> !a.isBlank()).count();
        return company && answers <= SAMPLE_ANSWERS && wb.smelters().size() <= 1 && wb.products().isEmpty();
    }

    public static Finding finding() {
        return Finding.error(RULE, "This is the empty CMRT template: nothing has been filled in yet. Fill in first your "
                + "company details on the Declaration sheet (company name, declaration scope, contact, authorizer and "
                + "effective date, D8 to D22), then questions 1 and 2 for each metal (D26 to D35), the other questions "
                + "for the metals you use, the company questions A to H (D75 to D89), and finally your smelters on the "
                + "Smelter List sheet. Then upload the file again.", Sheets.DECLARATION, CompanyField.COMPANY_NAME.cell());
    }
}
