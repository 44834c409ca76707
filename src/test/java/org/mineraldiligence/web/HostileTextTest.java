package org.mineraldiligence.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The three helpers every writer of supplier text goes through: spreadsheets, Markdown, file names. */
class HostileTextTest {

    @Test
    void spreadsheetTextStartingLikeAFormulaGetsALeadingApostrophe() {
        assertThat(SpreadsheetText.neutralise("=2+5+cmd|' /C calc'!A0")).isEqualTo("'=2+5+cmd|' /C calc'!A0");
        assertThat(SpreadsheetText.neutralise("=HYPERLINK(\"http://evil.example\",\"x\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(SpreadsheetText.neutralise("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetText.neutralise("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetText.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetText.neutralise("Nordic Solder AB = fine")).isEqualTo("Nordic Solder AB = fine");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.neutralise(null)).isNull();
    }

    @Test
    void markdownGetsNoLinksImagesOrHtmlFromSupplierText() {
        for (String hostile : new String[] {"=HYPERLINK(\"http://evil.example\",\"x\")", "[x](http://evil)",
                "![](https://evil.example/i.png)", "<b>bold</b>", "see www.evil.example", "write to a@evil.example",
                "<http://evil.example>"}) {
            String plain = PlainText.forMarkdown(hostile);
            assertThat(plain).as(hostile).doesNotContain("[", "]", "<", ">", "://", "www.e", "a@e");
        }
        assertThat(PlainText.forMarkdown("Acme (Shenzhen) Co., Ltd.")).isEqualTo("Acme (Shenzhen) Co., Ltd.");
        assertThat(PlainText.forMarkdown("=HYPERLINK(\"http://evil.example\",\"x\")"))
                .isEqualTo("=HYPERLINK(\"http: //evil.example\",\"x\")");
    }

    @Test
    void fileNamesLoseBidiAndControlCharactersAndPaths() {
        assertThat(FileNames.clean("a\u202Eslx.exe", "x")).isEqualTo("aslx.exe");
        assertThat(FileNames.clean("C:\\Users\\anna\\cmrt\u200E\u200F.xlsx", "x")).isEqualTo("cmrt.xlsx");
        assertThat(FileNames.clean("../../etc/\u2066pass\u2067wd\u2068\u2069", "x")).isEqualTo("passwd");
        assertThat(FileNames.clean("line\u0085break\u0007\u001b[31m.xlsx", "x")).isEqualTo("linebreak[31m.xlsx");
        assertThat(FileNames.clean("\u202E", "workbook.xlsx")).isEqualTo("workbook.xlsx");
        assertThat(FileNames.clean(null, "workbook.xlsx")).isEqualTo("workbook.xlsx");
        assertThat(FileNames.clean("x".repeat(300) + ".xlsx", "x")).hasSize(200).endsWith(".xlsx");
    }
}
