package org.mineraldiligence.cmrt.template;

import java.util.Optional;

import org.mineraldiligence.cmrt.workbook.CellValue;
import org.mineraldiligence.cmrt.workbook.SheetCells;
import org.mineraldiligence.cmrt.workbook.WorkbookCells;

/**
 * Decides template type and revision (spec §2). The type comes from Revision!B3, an untranslated
 * literal, because the Declaration title is a translated label: a CRT saved in French shows the CMRT
 * title. Only workbooks without a Revision sheet (the .xls generations) fall back to the title.
 */
public final class TemplateRecognizer {

    public static final String NOT_CMRT = "CMRT-FILE-NOT-CMRT";
    public static final String UNSUPPORTED = "CMRT-FILE-VERSION-UNSUPPORTED";

    private TemplateRecognizer() {
    }

    public static Recognition recognize(WorkbookCells wb) {
        if (!wb.hasSheet(Sheets.DECLARATION) || !wb.hasSheet(Sheets.SMELTER_LIST)) {
            return new Recognition(null, null, null, new Recognition.Rejection(NOT_CMRT,
                    "This workbook has no Declaration and Smelter List sheets, so it is not a CMRT. "
                            + "Please answer on the RMI Conflict Minerals Reporting Template (CMRT) and send that file."));
        }
        String type = typeOf(wb);
        TemplateVersion version = versionOf(wb);
        if (type == null) {
            return new Recognition(null, version, null, new Recognition.Rejection(NOT_CMRT,
                    "This workbook is not an RMI Conflict Minerals Reporting Template (CMRT). "
                            + "Please download the CMRT from the RMI website and send it completed."));
        }
        if (!type.equals("CMRT")) {
            String what = version == null ? type : type + " " + version.text();
            return new Recognition(type, version, null, new Recognition.Rejection(NOT_CMRT,
                    "This is " + (type.startsWith("C") ? "a " : "an ") + what + ", not a CMRT. We asked for the Conflict Minerals Reporting Template "
                            + "(CMRT) covering tin, tantalum, tungsten and gold; please send that instead."));
        }
        if (version != null && version.major() < 3) {
            return new Recognition(type, version, null, new Recognition.Rejection(UNSUPPORTED,
                    "This is a CMRT " + version.text() + ". Revisions before 3.0 use a layout this checker does not "
                            + "read. Please fill in the current CMRT from the RMI website and send it again."));
        }
        return new Recognition(type, version, layoutOf(version, wb), null);
    }

    private static Layout layoutOf(TemplateVersion version, WorkbookCells wb) {
        if (version == null) {
            // the .xls generations are 2.x-5.01; every .xlsx CMRT still around is 6.x
            return wb.format() == WorkbookCells.Format.XLS ? Layout.V3 : Layout.V6;
        }
        return switch (version.major()) {
            case 3, 4 -> Layout.V3;
            case 5 -> Layout.V5;
            default -> Layout.V6;
        };
    }

    private static String typeOf(WorkbookCells wb) {
        String b3 = text(wb.sheet(Sheets.REVISION), "B3");
        String byRevision = typeFromTitle(b3);
        if (byRevision != null) {
            return byRevision;
        }
        if (wb.hasSheet(Sheets.REVISION) && b3 != null) {
            return null; // a Revision sheet naming something else
        }
        return typeFromTitle(text(wb.sheet(Sheets.DECLARATION), "D2"));
    }

    private static String typeFromTitle(String title) {
        String k = Text.key(title);
        if (k == null) {
            return null;
        }
        if (k.contains("extended mineral")) {
            return "EMRT";
        }
        if (k.contains("cobalt reporting template")) {
            return "CRT";
        }
        if (k.contains("additional minerals reporting template")) {
            return "AMRT";
        }
        if (k.contains("conflict minerals reporting template")) {
            return "CMRT";
        }
        return null;
    }

    private static TemplateVersion versionOf(WorkbookCells wb) {
        TemplateVersion v = TemplateVersion.parse(text(wb.sheet(Sheets.DECLARATION), "J3"));
        return v != null ? v : TemplateVersion.parse(text(wb.sheet(Sheets.SMELTER_LIST), "Q3"));
    }

    static String text(Optional<SheetCells> sheet, String address) {
        return sheet.map(s -> s.get(address)).map(CellValue::asText).orElse(null);
    }
}
