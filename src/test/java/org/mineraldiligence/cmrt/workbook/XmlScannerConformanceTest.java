package org.mineraldiligence.cmrt.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mineraldiligence.cmrt.TestWorkbooks;
import org.xml.sax.Attributes;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XmlScanner is ours, so the JDK's SAX parser is its referee: over every XML part of every real RMI template
 * we ship (and a workbook POI wrote), both must report the same elements, attributes and text; on hand-made
 * parts (CR LF, UTF-16, a declared ISO-8859-1, malformed comments) both must agree or both refuse. A second
 * referee, POI's own reader, checks the fast cell path: same cells, same cached values.
 */
class XmlScannerConformanceTest {

    private static final Path TEMPLATES = Path.of("src/test/resources/cmrt/templates");
    /** The scanner hands a handler at most this many attributes per element (see XmlScanner.attributes). */
    private static final int MAX_ATTRIBUTES = 16;

    static Stream<Path> workbooks() throws IOException {
        Path written = Files.createTempFile("poi-written", ".xlsx");
        Files.write(written, TestWorkbooks.valid());
        written.toFile().deleteOnExit();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return Stream.concat(files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList().stream(),
                    Stream.of(written));
        }
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void everyXmlPartReadsAsTheJdkParserReadsIt(Path workbook) throws Exception {
        int parts = 0;
        List<String> refusedByTheReferee = new ArrayList<>();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    byte[] part = zip.getInputStream(entry).readAllBytes();
                    List<String> scanned = scanned(part);
                    try {
                        assertThat(scanned).as(entry.getName()).isEqualTo(parsed(part));
                        parts++;
                    } catch (SAXParseException e2) {
                        refusedByTheReferee.add(entry.getName());
                    }
                }
            }
        }
        assertThat(parts).isGreaterThan(5);
        // Some RMI templates carry SharePoint parts in UTF-16 (byte order mark) that declare encoding="utf-8".
        // The JDK refuses them; the scanner follows the byte order mark. We never read those parts.
        assertThat(refusedByTheReferee).allMatch(name -> name.startsWith("customXml/"));
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void everyCellReadsAsPoiReadsIt(Path workbook) throws Exception {
        int width = 40;
        try (XSSFWorkbook poi = new XSSFWorkbook(Files.newInputStream(workbook))) {
            List<SheetRequest> requests = new ArrayList<>();
            poi.forEach(sheet -> requests.add(SheetRequest.head(sheet.getSheetName(), width, Integer.MAX_VALUE)));
            ReadLimits roomy = new ReadLimits(64L << 20, 256L << 20, 0.001, 100_000, 100_000, 1 << 20);
            WorkbookCells ours = new WorkbookFiles(roomy).read(workbook, requests);
            long compared = 0;
            for (Sheet sheet : poi) {
                SheetCells cells = ours.sheet(sheet.getSheetName()).orElseThrow();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getColumnIndex() < width) {
                            String where = sheet.getSheetName() + "!" + cell.getAddress();
                            assertThat(text(cells.get(row.getRowNum() + 1, cell.getColumnIndex())))
                                    .as(where).isEqualTo(poiText(cell));
                            compared++;
                        }
                    }
                }
            }
            assertThat(compared).isGreaterThan(100);
        }
    }

    @Test
    void lineEndsAreNormalisedInTextAndAttributesButACharacterReferenceKeepsItsCarriageReturn() throws Exception {
        byte[] part = "<si a=\"x\r\ny\tz\"><t>one\r\ntwo\rthree&#13;four</t></si>".getBytes(StandardCharsets.UTF_8);
        assertThat(scanned(part)).isEqualTo(parsed(part))
                .contains("<7 a=x y z", "text:one\ntwo\nthree\rfour");
    }

    @Test
    void utf16PartsAreReadWithOrWithoutByteOrderMark() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><si><t>Zhuzhou \u682A\u6D32 \u00E9</t></si>";
        for (Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] part = xml.getBytes(charset);
            assertThat(scanned(part)).as(charset.name()).isEqualTo(parsed(part)).contains("text:Zhuzhou \u682A\u6D32 \u00E9");
        }
    }

    @Test
    void aDeclaredSingleByteEncodingIsHonoured() throws Exception {
        byte[] part = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>Minera\u00E7\u00E3o</t>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(scanned(part)).isEqualTo(parsed(part)).contains("text:Minera\u00E7\u00E3o");
    }

    @Test
    void commentsFollowTheGrammar() throws Exception {
        byte[] fine = "<!----><t><!-- a - b -->x</t>".getBytes(StandardCharsets.UTF_8);
        assertThat(scanned(fine)).isEqualTo(parsed(fine));
        for (String malformed : List.of("<t><!-- a --->x</t>", "<t><!-- a -- b -->x</t>", "<t><!- a -->x</t>")) {
            byte[] part = malformed.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> parsed(part)).as("SAX on " + malformed).isInstanceOf(Exception.class);
            assertThatThrownBy(() -> scanned(part)).as(malformed).isInstanceOf(XmlScanner.Malformed.class);
        }
    }

    /** Events as the scanner reports them to a handler that wants everything. */
    private static List<String> scanned(byte[] part) throws IOException {
        Events events = new Events();
        XmlScanner.scan(new ByteArrayInputStream(part), new XmlScanner.Handler() {
            private int depth;

            @Override
            public boolean wantsAttributes(int element) {
                return true;
            }

            @Override
            public void start(int element, String[] attributes, int count) {
                depth++;
                StringBuilder tag = new StringBuilder("<").append(element);
                for (int i = 0; i < count; i += 2) {
                    tag.append(' ').append(attributes[i]).append('=').append(attributes[i + 1]);
                }
                events.add(tag.toString());
            }

            @Override
            public void end(int element) {
                depth--;
                events.add("/" + element);
            }

            /** Like SAX, nothing outside the root element (the line break after the declaration). */
            @Override
            public boolean collecting() {
                return depth > 0;
            }

            @Override
            public void text(String text) {
                events.text.append(text);
            }
        });
        return events.done();
    }

    /** The same events from the JDK's parser, names without their namespace prefix as the scanner gives them. */
    private static List<String> parsed(byte[] part) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Events events = new Events();
        try (InputStream in = new ByteArrayInputStream(part)) {
            factory.newSAXParser().parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    StringBuilder tag = new StringBuilder("<").append(element(qName));
                    for (int i = 0; i < Math.min(attributes.getLength(), MAX_ATTRIBUTES); i++) {
                        tag.append(' ').append(local(attributes.getQName(i))).append('=').append(attributes.getValue(i));
                    }
                    events.add(tag.toString());
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    events.add("/" + element(qName));
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    events.text.append(ch, start, length);
                }
            });
        }
        return events.done();
    }

    private static int element(String qName) {
        byte[] name = local(qName).getBytes(StandardCharsets.UTF_8);
        return XmlScanner.element(name, name.length);
    }

    private static String local(String qName) {
        return qName.substring(qName.lastIndexOf(':') + 1);
    }

    /** Collects events; text between two tags becomes one event, however it arrived. */
    private static final class Events {
        private final List<String> list = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        void add(String event) {
            flush();
            list.add(event);
        }

        List<String> done() {
            flush();
            return list;
        }

        private void flush() {
            if (!text.isEmpty()) {
                list.add("text:" + text);
                text.setLength(0);
            }
        }
    }

    private static String text(CellValue value) {
        return value == null || value.kind() == CellValue.Kind.FORMULA_WITHOUT_CACHE ? null
                : value.kind() + ":" + (value.kind() == CellValue.Kind.NUMBER ? value.asText() : value.text());
    }

    private static String poiText(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> "STRING:" + cell.getStringCellValue();
            case NUMERIC -> "NUMBER:" + CellValue.formatNumber(cell.getNumericCellValue());
            case BOOLEAN -> "BOOLEAN:" + (cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> "ERROR:" + FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> null;
        };
    }
}
