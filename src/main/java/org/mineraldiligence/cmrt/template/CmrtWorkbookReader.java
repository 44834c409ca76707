package org.mineraldiligence.cmrt.template;

import org.mineraldiligence.cmrt.SmelterIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.cmrt.ProductRow;
import org.mineraldiligence.cmrt.SmelterRow;
import org.mineraldiligence.cmrt.workbook.CellAddress;
import org.mineraldiligence.cmrt.workbook.CellValue;
import org.mineraldiligence.cmrt.workbook.SheetCells;
import org.mineraldiligence.cmrt.workbook.WorkbookCells;

/**
 * Turns the cells of a recognised CMRT into a {@link CmrtWorkbook}, strictly by address (labels are
 * translated formulas and never read).
 */
public final class CmrtWorkbookReader {

    private static final SheetCells NONE = new SheetCells("none", 1);

    private CmrtWorkbookReader() {
    }

    public static CmrtWorkbook read(WorkbookCells wb, Recognition recognition) {
        Layout layout = recognition.layout();
        SheetCells decl = wb.sheet(Sheets.DECLARATION).orElse(NONE);
        Map<CompanyField, Field> company = new EnumMap<>(CompanyField.class);
        for (CompanyField f : CompanyField.values()) {
            company.put(f, new Field(decl.text(f.cell()), f.cell()));
        }
        Answer scope = AnswerLists.match(decl.text(CompanyField.SCOPE.cell()), AnswerLists.SCOPES, CompanyField.SCOPE.cell());
        EffectiveDate date = EffectiveDate.read(decl.get(CompanyField.EFFECTIVE_DATE.cell()), wb.date1904());
        boolean staticPercentList = layout.isCurrent() && recognition.version() != null
                && recognition.version().olderThan(TemplateVersion.of("6.31"));

        Map<Metal, Answer[]> answers = new EnumMap<>(Metal.class);
        for (Metal metal : Metal.values()) {
            Answer[] a = new Answer[8];
            Arrays.fill(a, Answer.absent());
            for (int i = 0; i < layout.questionCount(); i++) {
                String cell = Layout.answerCell(i, metal.ordinal());
                int modern = layout.modernQuestion()[i];
                a[modern - 1] = readAnswer(decl, cell, modern, layout, staticPercentList);
            }
            answers.put(metal, a);
        }
        Answer[] companyAnswers = new Answer[8];
        Arrays.fill(companyAnswers, Answer.absent());
        String otherFormatCell = null;
        for (int i = 0; i < layout.modernCompanyLetter().length; i++) {
            char letter = layout.modernCompanyLetter()[i];
            if (letter == '-') {
                continue;
            }
            String cell = layout.companyCell(i);
            // before 6.0 every company question was Yes/No; E and H got their longer lists in 6.0
            List<String> allowed = layout.isCurrent() ? AnswerLists.forCompanyQuestion(letter) : AnswerLists.YES_NO;
            companyAnswers[letter - 'A'] = AnswerLists.match(decl.text(cell), allowed, cell);
            if (letter == 'E') {
                otherFormatCell = layout.companyCommentCell(i);
            }
        }
        if (companyAnswers['E' - 'A'].raw() != null && Text.key(companyAnswers['E' - 'A'].raw()).contains("ipc-1755")) {
            Answer e = companyAnswers['E' - 'A'];
            companyAnswers['E' - 'A'] = new Answer(e.raw(), AnswerLists.COMPANY_E.get(0), true, false, e.cell());
        }

        SmelterLookup lookup = SmelterLookup.read(wb.sheet(Sheets.SMELTER_LOOKUP).orElse(null),
                wb.sheet(Sheets.COUNTRIES).orElse(null));
        List<String> uncached = new ArrayList<>();
        List<SmelterEntry> smelters = readSmelters(wb.sheet(Sheets.SMELTER_LIST).orElse(NONE), lookup, uncached);
        List<ProductRow> products = readProducts(wb.sheet(Sheets.PRODUCT_LIST).orElse(NONE));
        Integer cached = layout.isCurrent() ? wb.sheet(Sheets.CHECKER).map(s -> s.get("D2")).map(CellValue::asCount).orElse(null) : null;
        return new CmrtWorkbook(recognition, layout, wb.date1904(), company, scope, date, answers, companyAnswers,
                new Field(decl.text(layout.policyUrlCell()), layout.policyUrlCell()),
                new Field(otherFormatCell == null ? null : decl.text(otherFormatCell), otherFormatCell),
                smelters, products, cached, List.copyOf(uncached), wb.truncatedCells(), lookup);
    }

    private static Answer readAnswer(SheetCells decl, String cell, int modern, Layout layout, boolean staticPercentList) {
        CellValue v = decl.get(cell);
        String raw = v == null ? null : v.asText();
        if (modern != 6) {
            return AnswerLists.match(raw, AnswerLists.forQuestion(modern), cell);
        }
        if (v != null && v.isNumber() && v.number() == 1.0) {
            // 6.01-6.22 store "100%" as the number 1 formatted 0%; RMI accepts it there, not from 6.31 on
            return new Answer(raw, AnswerLists.HUNDRED_PERCENT, true, staticPercentList, cell);
        }
        String k = Text.key(raw);
        if (k != null && (k.equals("1") || k.equals("1.0") || k.equals("100 %"))) {
            return new Answer(raw, AnswerLists.HUNDRED_PERCENT, true, false, cell);
        }
        if (!layout.isCurrent() && raw != null) {
            for (String[] legacy : AnswerLists.LEGACY_RESPONSE_RATE) {
                if (Text.key(legacy[0]).equals(k)) {
                    return new Answer(raw, legacy[1], true, legacy[0].equalsIgnoreCase(raw)
                            || Text.normalize(legacy[0]).equalsIgnoreCase(raw), cell);
                }
            }
        }
        return AnswerLists.match(raw, AnswerLists.RESPONSE_RATE, cell);
    }

    private static List<SmelterEntry> readSmelters(SheetCells sheet, SmelterLookup lookup, List<String> uncached) {
        List<SmelterEntry> rows = new ArrayList<>();
        for (int r = Sheets.SMELTER_FIRST_ROW; r <= sheet.lastRow(); r++) {
            String[] raw = new String[20];
            boolean any = false;
            for (int c = 0; c < 20; c++) {
                raw[c] = smelterText(sheet.get(r, c), c);
                any |= c <= 16 && raw[c] != null && !Text.normalize(raw[c]).isEmpty();
            }
            if (!any) {
                continue;
            }
            rows.add(smelterEntry(sheet, r, raw, lookup, uncached));
        }
        return rows;
    }

    private static SmelterEntry smelterEntry(SheetCells sheet, int r, String[] raw, SmelterLookup lookup, List<String> uncached) {
        String cidA = SmelterIds.normalise(raw[SmelterEntry.A]).orElse(null);
        boolean resolved = false;
        for (int c : new int[] {SmelterEntry.B, SmelterEntry.C, SmelterEntry.E, SmelterEntry.F}) {
            CellValue v = sheet.get(r, c);
            if (v != null && v.kind() == CellValue.Kind.FORMULA_WITHOUT_CACHE) {
                uncached.add(Sheets.SMELTER_LIST + "!" + CellAddress.of(r, c));
                SmelterLookup.Entry e = lookup.byCid(cidA);
                if (e != null) {
                    // written by a tool that does not calculate: do the template's INDEX/MATCH ourselves
                    raw[c] = switch (c) {
                        case SmelterEntry.B -> e.metal();
                        case SmelterEntry.C -> e.standardName();
                        case SmelterEntry.E -> e.country();
                        default -> e.smelterId();
                    };
                    resolved = true;
                }
            }
        }
        String cidF = SmelterIds.normalise(raw[SmelterEntry.F]).orElse(null);
        Metal metal = Metal.fromText(raw[SmelterEntry.B]);
        String lookupName = Text.clean(raw[SmelterEntry.C]);
        String name = Text.firstNonNull(Text.clean(raw[17]), Text.clean(raw[SmelterEntry.D]),
                AnswerLists.isPseudoSmelter(lookupName) ? null : lookupName);
        String id = Text.firstNonNull(cidF, cidA, Text.clean(raw[SmelterEntry.F]), Text.clean(raw[SmelterEntry.A]));
        SmelterRow row = new SmelterRow(r, metal != null ? metal.label() : Text.clean(raw[SmelterEntry.B]), lookupName, name,
                Text.clean(raw[SmelterEntry.E]), id, Text.clean(raw[SmelterEntry.G]), Text.clean(raw[7]), Text.clean(raw[8]),
                Text.clean(raw[9]), Text.clean(raw[10]), Text.clean(raw[11]), Text.clean(raw[12]), Text.clean(raw[13]),
                Text.clean(raw[14]), Text.clean(raw[SmelterEntry.P]), Text.clean(raw[16]));
        return new SmelterEntry(row, raw, metal, cidA, cidF, resolved);
    }

    /** Columns E-J and R-T are auto-filled by OFFSET, which yields 0 for an empty look-up cell (§13.3). */
    private static String smelterText(CellValue v, int column) {
        String t = v == null ? null : v.asText();
        boolean autoFilled = column >= 4 && column <= 9 || column >= 17;
        if (autoFilled && t != null && "0".equals(t.trim())) {
            return null;
        }
        return t;
    }

    private static List<ProductRow> readProducts(SheetCells sheet) {
        List<ProductRow> rows = new ArrayList<>();
        for (int r = Sheets.PRODUCT_FIRST_ROW; r <= sheet.lastRow(); r++) {
            // products are typed; formula cells are template furniture such as the copyright footer
            String number = Text.clean(typed(sheet, r, 1));
            String name = Text.clean(typed(sheet, r, 2));
            String comments = Text.clean(typed(sheet, r, 3));
            if (number != null || name != null || comments != null) {
                rows.add(new ProductRow(r, number, name, comments));
            }
        }
        return rows;
    }

    private static String typed(SheetCells s, int row, int col) {
        CellValue v = s.get(row, col);
        return v == null || v.formula() ? null : v.asText();
    }

}
