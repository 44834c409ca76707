package org.mineraldiligence.cmrt.emrt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.MineRow;
import org.mineraldiligence.cmrt.ProductRow;
import org.mineraldiligence.cmrt.SmelterIds;
import org.mineraldiligence.cmrt.SmelterRow;
import org.mineraldiligence.cmrt.template.Answer;
import org.mineraldiligence.cmrt.template.AnswerLists;
import org.mineraldiligence.cmrt.template.CompanyField;
import org.mineraldiligence.cmrt.template.EffectiveDate;
import org.mineraldiligence.cmrt.template.Field;
import org.mineraldiligence.cmrt.template.Recognition;
import org.mineraldiligence.cmrt.template.Sheets;
import org.mineraldiligence.cmrt.template.Text;
import org.mineraldiligence.cmrt.workbook.CellValue;
import org.mineraldiligence.cmrt.workbook.SheetCells;
import org.mineraldiligence.cmrt.workbook.WorkbookCells;

/**
 * Turns the cells of a recognised EMRT into an {@link EmrtWorkbook}, strictly by address: labels are translated
 * formulas and never read, and the 2.x minerals are taken from the six selection cells themselves rather than
 * from the template's cached helper columns, which a file filled by a tool that does not calculate leaves stale.
 */
public final class EmrtWorkbookReader {

    private static final SheetCells NONE = new SheetCells("none", 1);
    private static final List<ExtendedMineral> V1_MINERALS = List.of(ExtendedMineral.COBALT, ExtendedMineral.MICA);

    private EmrtWorkbookReader() {
    }

    public static EmrtWorkbook read(WorkbookCells wb, Recognition recognition, EmrtLayout layout) {
        SheetCells decl = wb.sheet(Sheets.DECLARATION).orElse(NONE);
        Map<CompanyField, Field> company = new EnumMap<>(CompanyField.class);
        for (CompanyField f : CompanyField.values()) {
            String cell = layout.companyFieldCell(f);
            company.put(f, new Field(decl.text(cell), cell));
        }
        String scopeCell = layout.companyFieldCell(CompanyField.SCOPE);
        Answer scope = AnswerLists.match(decl.text(scopeCell), AnswerLists.SCOPES, scopeCell);
        EffectiveDate date = EffectiveDate.read(decl.get(layout.companyFieldCell(CompanyField.EFFECTIVE_DATE)), wb.date1904());
        List<String> strange = new ArrayList<>();
        List<ExtendedMineral> minerals = layout == EmrtLayout.V1 ? V1_MINERALS : selected(decl, strange);
        List<EmrtWorkbook.Slot> slots = new ArrayList<>();
        int count = layout == EmrtLayout.V1 ? layout.slots() : minerals.size();
        for (int i = 0; i < count; i++) {
            slots.add(slot(decl, layout, i, i < minerals.size() ? minerals.get(i) : null));
        }
        Map<Character, Answer> companyAnswers = new LinkedHashMap<>();
        for (char letter : new char[] {'A', 'B', 'D', 'E', 'F', 'G'}) {
            String cell = layout.companyCell(letter);
            companyAnswers.put(letter, AnswerLists.match(decl.text(cell),
                    letter == 'E' ? EmrtLayout.COMPANY_E : EmrtLayout.YES_NO, cell));
        }
        return new EmrtWorkbook(recognition, layout, company, scope, date, List.copyOf(slots), List.copyOf(strange),
                companyAnswers, field(decl, layout.policyUrlCell()), field(decl, layout.otherFormatCell()),
                field(decl, EmrtLayout.aCommentCell()),
                readSmelters(wb.sheet(Sheets.SMELTER_LIST).orElse(NONE)),
                layout == EmrtLayout.V2 ? readMines(wb.sheet(Sheets.MINE_LIST).orElse(NONE)) : List.of(),
                readProducts(wb.sheet(Sheets.PRODUCT_LIST).orElse(NONE), layout),
                wb.sheet(Sheets.CHECKER).map(s -> s.get("D2")).map(CellValue::asCount).orElse(null), wb.truncatedCells());
    }

    /** 2.x: the minerals whose selection cell holds their own name, in the template's (alphabetical) order. */
    private static List<ExtendedMineral> selected(SheetCells decl, List<String> strange) {
        List<ExtendedMineral> minerals = new ArrayList<>();
        EmrtLayout.SELECTION_CELLS.forEach((mineral, cell) -> {
            String raw = decl.text(cell);
            String key = Text.key(raw);
            if (ExtendedMineral.fromText(raw) == mineral) {
                minerals.add(mineral);
            } else if (key != null && !key.isEmpty() && !key.equals(Text.key("(Delete " + mineral.label() + ")"))) {
                strange.add(cell);
            }
        });
        return minerals;
    }

    private static EmrtWorkbook.Slot slot(SheetCells decl, EmrtLayout layout, int index, ExtendedMineral mineral) {
        Answer[] answers = new Answer[7];
        Arrays.fill(answers, Answer.absent());
        for (int q = 1; q <= 7; q++) {
            String cell = layout.questionCell(q, index);
            answers[q - 1] = q == 5 ? responseRate(decl.get(cell), layout, cell)
                    : AnswerLists.match(decl.text(cell), layout.answers(q, mineral), cell);
        }
        Answer c = mineral == null ? Answer.absent()
                : AnswerLists.match(decl.text(layout.companyCCell(index)), EmrtLayout.COMPANY_C, layout.companyCCell(index));
        return new EmrtWorkbook.Slot(index, mineral, answers, c);
    }

    /** 1.x offers the number 1 formatted as 100%; it reads as "100%" like the 2.x list value. */
    private static Answer responseRate(CellValue v, EmrtLayout layout, String cell) {
        String raw = v == null ? null : v.asText();
        String k = Text.key(raw);
        if (v != null && v.isNumber() && v.number() == 1.0 || k != null && (k.equals("1") || k.equals("1.0"))) {
            return new Answer(raw, AnswerLists.HUNDRED_PERCENT, true, layout == EmrtLayout.V1, cell);
        }
        return AnswerLists.match(raw, layout.responseRates(), cell);
    }

    private static List<EmrtWorkbook.Smelter> readSmelters(SheetCells sheet) {
        List<EmrtWorkbook.Smelter> rows = new ArrayList<>();
        for (int r = Sheets.SMELTER_FIRST_ROW; r <= sheet.lastRow(); r++) {
            String[] raw = new String[18];
            boolean any = false;
            for (int c = 0; c < raw.length; c++) {
                raw[c] = sheet.text(r, c);
                any |= c <= 16 && Text.clean(raw[c]) != null;
            }
            if (any) {
                rows.add(smelter(r, raw));
            }
        }
        return rows;
    }

    private static EmrtWorkbook.Smelter smelter(int r, String[] raw) {
        ExtendedMineral mineral = ExtendedMineral.fromText(raw[1]);
        String lookupName = Text.clean(raw[2]);
        String name = Text.firstNonNull(Text.clean(raw[17]), Text.clean(raw[3]),
                AnswerLists.isPseudoSmelter(lookupName) ? null : lookupName);
        String id = Text.firstNonNull(SmelterIds.normalise(raw[5]).orElse(null), SmelterIds.normalise(raw[0]).orElse(null),
                Text.clean(raw[5]), Text.clean(raw[0]));
        SmelterRow row = new SmelterRow(r, mineral != null ? mineral.label() : Text.clean(raw[1]), lookupName, name,
                Text.clean(raw[4]), id, Text.clean(raw[6]), Text.clean(raw[7]), Text.clean(raw[8]), Text.clean(raw[9]),
                Text.clean(raw[10]), Text.clean(raw[11]), Text.clean(raw[12]), Text.clean(raw[13]), Text.clean(raw[14]),
                Text.clean(raw[15]), Text.clean(raw[16]));
        return new EmrtWorkbook.Smelter(row, mineral, raw[1], raw[2], raw[3], raw[4]);
    }

    private static List<MineRow> readMines(SheetCells sheet) {
        List<MineRow> rows = new ArrayList<>();
        for (int r = Sheets.MINE_FIRST_ROW; r <= sheet.lastRow(); r++) {
            String[] v = new String[13];
            boolean any = false;
            for (int c = 0; c < v.length; c++) {
                v[c] = Text.clean(sheet.text(r, c));
                any |= v[c] != null;
            }
            if (any) {
                ExtendedMineral mineral = ExtendedMineral.fromText(v[0]);
                rows.add(new MineRow(r, mineral != null ? mineral.label() : v[0], v[1], v[2], v[3], v[4], v[5], v[6],
                        v[7], v[8], v[9], v[10], v[11], v[12]));
            }
        }
        return rows;
    }

    private static List<ProductRow> readProducts(SheetCells sheet, EmrtLayout layout) {
        List<ProductRow> rows = new ArrayList<>();
        for (int r = Sheets.PRODUCT_FIRST_ROW; r <= sheet.lastRow(); r++) {
            // products are typed; formula cells are template furniture such as the copyright footer
            String number = typed(sheet, r, 1);
            String name = typed(sheet, r, 2);
            ProductRow row = layout == EmrtLayout.V1 ? new ProductRow(r, number, name, typed(sheet, r, 3))
                    : new ProductRow(r, number, name, typed(sheet, r, 5), typed(sheet, r, 3), typed(sheet, r, 4));
            if (row.number() != null || row.name() != null || row.comments() != null || row.requesterNumber() != null
                    || row.requesterName() != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String typed(SheetCells s, int row, int col) {
        CellValue v = s.get(row, col);
        return v == null || v.formula() ? null : Text.clean(v.asText());
    }


    private static Field field(SheetCells s, String cell) {
        return new Field(s.text(cell), cell);
    }

}
