package org.mineraldiligence.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report draft as a Word document (Apache POI XWPF) for the legal team to edit: real heading styles (so Word's
 * navigation pane and table of contents see them), the same paragraphs as the page, the per-metal summary as a
 * bulleted list and Appendix A as a Word table; when the cycle collected EMRTs, a section per extended mineral and
 * Appendix B, its refiners.
 */
final class ReportDocx {

    private final XWPFDocument doc = new XWPFDocument();

    private ReportDocx() {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(heading("Title", "Title", 0, 36));
        styles.addStyle(heading("Heading1", "heading 1", 0, 28));
        styles.addStyle(heading("Heading2", "heading 2", 1, 24));
    }

    static byte[] of(ConflictMineralsReport report) {
        ReportDocx docx = new ReportDocx();
        docx.write(report);
        return docx.bytes();
    }

    private void write(ConflictMineralsReport r) {
        paragraph("Title", r.title());
        heading("RCOI Results");
        r.rcoiResults().forEach(p -> paragraph(null, p.text()));
        heading("Survey Results");
        r.surveyResults().forEach(p -> paragraph(null, p.text()));
        heading("Smelters and Refiners Potentially in Our Supply Chain");
        r.smelterParagraphs().forEach(p -> paragraph(null, p.text()));
        r.metalSummary().forEach(p -> bullet(p.text()));
        if (r.yearOverYear() != null) {
            YearOverYear y = r.yearOverYear();
            paragraph(null, y.smeltersSentence());
            XWPFTable table = table(List.of("Figure", String.valueOf(y.previousYear()), String.valueOf(y.year()), "Change"));
            y.rows().forEach(row -> row(table, List.of(row.figure(), row.previous(), row.current(), row.change())));
        }
        if (r.extended() != null) {
            heading("Extended Minerals (EMRT)");
            paragraph(null, r.extendedMineralsIntro());
            for (MineralRefiners mineral : r.extended().minerals()) {
                paragraph("Heading2", mineral.label());
                r.mineralSummary(mineral).forEach(p -> bullet(p.text()));
            }
        }
        heading("Country of Origin Information");
        r.countryParagraphs().forEach(text -> paragraph(null, text));
        heading("Appendix A");
        paragraph(null, r.appendixIntro());
        XWPFTable appendix = table(List.of("Metal", "Standard Smelter Name", "Smelter Facility Location", "Smelter ID",
                r.statusHeader()));
        for (ReferenceSmelter s : r.smelters().smelters()) {
            row(appendix, List.of(s.metal().label(), s.standardName(), s.country(), s.smelterId(), s.status().publishedText()));
        }
        paragraph(null, "Status as published in " + r.smelters().list().source() + ".");
        if (r.extended() != null) {
            heading("Appendix B");
            paragraph(null, r.appendixBIntro());
            XWPFTable refiners = table(List.of("Mineral", "Standard Smelter Name", "Country (as declared)", "Smelter ID",
                    "Status when assessed", "Risk"));
            for (DeclaredRefiner d : r.extended().allRefiners()) {
                row(refiners, List.of(d.mineral().label(), text(d.standardName()), text(d.country()), d.smelterId(),
                        d.statusText(), d.highRisk() ? "high" : ""));
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private void heading(String text) {
        paragraph("Heading1", text);
    }

    private void paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
    }

    /** A bullet typed as text and hung: Word numbering definitions would need the full OOXML schemas. */
    private void bullet(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationLeft(360);
        p.setIndentationHanging(360);
        p.createRun().setText("•\t" + text);
    }

    private XWPFTable table(List<String> header) {
        XWPFTable table = doc.createTable(1, header.size());
        table.setWidth("100%");
        XWPFTableRow first = table.getRow(0);
        first.setRepeatHeader(true);
        for (int c = 0; c < header.size(); c++) {
            XWPFParagraph p = first.getCell(c).getParagraphs().get(0);
            var run = p.createRun();
            run.setBold(true);
            run.setText(header.get(c));
        }
        return table;
    }

    private static void row(XWPFTable table, List<String> values) {
        XWPFTableRow row = table.createRow();
        for (int c = 0; c < values.size(); c++) {
            row.getCell(c).setText(values.get(c));
        }
    }

    private static XWPFStyle heading(String id, String name, int level, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(style);
    }

    private byte[] bytes() {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
