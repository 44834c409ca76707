package org.mineraldiligence.supplier.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mineraldiligence.tabular.DelimitedText;
import org.mineraldiligence.tabular.SourceRow;
import org.mineraldiligence.tabular.XlsxSheetReader;

/** The rows of an uploaded supplier export: the first sheet of an .xlsx workbook, or CSV text. */
final class SupplierFile {

    private SupplierFile() {
    }

    static List<SourceRow> rows(byte[] content) throws IOException {
        if (isZip(content)) {
            return XlsxSheetReader.read(new ByteArrayInputStream(content), sheet -> true)
                    .orElseThrow(() -> new IOException("the workbook has no sheet"));
        }
        return DelimitedText.rows(text(content));
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** UTF-8 as ERPs write it today; older exports in Windows-1252 are read as that instead of garbled. */
    private static String text(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}
