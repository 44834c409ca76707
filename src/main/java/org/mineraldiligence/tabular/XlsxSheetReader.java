package org.mineraldiligence.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads one sheet of an .xlsx file as rows of formatted text with SAX, without building the workbook in
 * memory: official CMRT workbooks are 1.5 MB and full of styles and validations we do not need.
 */
public final class XlsxSheetReader {

    private XlsxSheetReader() {
    }

    /** A sheet's name and rows. */
    public record Sheet(String name, List<SourceRow> rows) {
    }

    /** The rows of the first sheet whose name passes the filter, or empty when there is none. */
    public static Optional<List<SourceRow>> read(InputStream xlsx, Predicate<String> sheetName) throws IOException {
        return read(xlsx, sheetName, false).map(Sheet::rows);
    }

    /**
     * The first sheet whose name passes the filter; when none does and {@code orFirst} is set, the first sheet.
     * One pass over the package, so a caller can tell a CMRT from a facility list without reading it twice.
     */
    public static Optional<Sheet> read(InputStream xlsx, Predicate<String> wanted, boolean orFirst) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(xlsx)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            String firstName = null;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    firstName = firstName == null ? name : firstName;
                    if (wanted.test(name)) {
                        return Optional.of(new Sheet(name, parse(sheet, reader, pkg)));
                    }
                }
            }
            if (orFirst && firstName != null) {
                String first = firstName;
                return read(pkg, reader, first);
            }
            return Optional.empty();
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException | RuntimeException e) {
            // POI reports a non-xlsx file as one of many runtime exceptions; to the caller it is one problem.
            throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
        }
    }

    private static Optional<Sheet> read(OPCPackage pkg, XSSFReader reader, String name)
            throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                if (sheets.getSheetName().equals(name)) {
                    return Optional.of(new Sheet(name, parse(sheet, reader, pkg)));
                }
            }
        }
        return Optional.empty();
    }

    /** Shared strings are loaded only for the sheet actually read. */
    private static List<SourceRow> parse(InputStream sheet, XSSFReader reader, OPCPackage pkg)
            throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        RowCollector collector = new RowCollector();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collector,
                new DataFormatter(), false));
        parser.parse(new InputSource(sheet));
        return collector.rows;
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<SourceRow> rows = new ArrayList<>();
        private List<String> cells;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new SourceRow(rowNum + 1, cells));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue);
        }
    }
}
