package org.mineraldiligence.smelter.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mineraldiligence.cmrt.template.TemplateVersion;
import org.mineraldiligence.tabular.SourceRow;
import org.mineraldiligence.tabular.XlsxSheetReader;

/**
 * Whether a workbook is an RMI EMRT, and which revision, read as the checker's recogniser reads it
 * (EMRT-FORMAT §2): Revision!B3 names the "Extended Mineral Reporting Template" in every revision (an untranslated
 * literal), Declaration!J3 gives "Revision 2.1 …". A look-up is only taken for an EMRT's on that evidence, never
 * from its minerals alone.
 */
record EmrtTemplate(boolean isEmrt, Optional<String> revision) {

    private static final EmrtTemplate NOT_EMRT = new EmrtTemplate(false, Optional.empty());

    static EmrtTemplate of(byte[] xlsx) throws IOException {
        String title = cell(xlsx, "Revision", 3, 1);
        if (title == null || !title.toLowerCase(Locale.ROOT).contains("extended mineral")) {
            return NOT_EMRT;
        }
        TemplateVersion version = TemplateVersion.parse(cell(xlsx, "Declaration", 3, 9));
        return new EmrtTemplate(true, Optional.ofNullable(version).map(TemplateVersion::text));
    }

    private static String cell(byte[] xlsx, String sheet, int line, int column) throws IOException {
        Optional<List<SourceRow>> rows = XlsxSheetReader.read(new ByteArrayInputStream(xlsx),
                name -> name.strip().equalsIgnoreCase(sheet));
        return rows.flatMap(r -> r.stream().filter(row -> row.line() == line).findFirst())
                .map(row -> row.cell(column)).orElse(null);
    }
}
