package org.mineraldiligence.cmrt.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Is our XML scanner still worth having? Reads every sheet part and the shared strings of the real CMRT 6.4
 * the way the cell reader does (each cell's reference, type and value text) with the scanner, the JDK's SAX
 * parser and the JDK's StAX reader, and prints thread-CPU medians and the ratios. Not part of the build:
 * {@code ./mvnw -q -o -Pcmrt-bench -Dbench.main=org.mineraldiligence.cmrt.workbook.XmlScannerBenchmark test-compile exec:exec}
 */
public final class XmlScannerBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int RUNS = 60;

    private XmlScannerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of("src/test/resources/cmrt/templates/RMI_CMRT_6.4-english.xlsx");
        List<byte[]> parts = parts(file);
        long bytes = parts.stream().mapToLong(p -> p.length).sum();
        SAXParserFactory sax = SAXParserFactory.newInstance();
        sax.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        sax.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        XMLInputFactory stax = XMLInputFactory.newFactory();
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);

        long[] counts = new long[3];
        double scanner = median(() -> counts[0] = scanAll(parts));
        double saxTime = median(() -> counts[1] = saxAll(sax.newSAXParser(), parts));
        double staxTime = median(() -> counts[2] = staxAll(stax, parts));
        System.out.printf(Locale.ROOT, "%s: %d parts, %.1f MB of XML, %d/%d/%d values, load average %.1f%n",
                file.getFileName(), parts.size(), bytes / 1e6, counts[0], counts[1], counts[2],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "thread CPU median of %d runs: XmlScanner %.1f ms, SAX %.1f ms (%.2fx), StAX %.1f ms (%.2fx)%n",
                RUNS, scanner, saxTime, saxTime / scanner, staxTime, staxTime / scanner);
    }

    interface Run {
        void run() throws Exception;
    }

    private static double median(Run run) throws Exception {
        for (int i = 0; i < 15; i++) {
            run.run(); // warm-up: JIT
        }
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            run.run();
            cpu[i] = THREADS.getCurrentThreadCpuTime() - t0;
        }
        Arrays.sort(cpu);
        return cpu[RUNS / 2] / 1e6;
    }

    private static List<byte[]> parts(Path file) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().startsWith("xl/worksheets/sheet") || entry.getName().equals("xl/sharedStrings.xml")) {
                    parts.add(zip.getInputStream(entry).readAllBytes());
                }
            }
        }
        return parts;
    }

    private static long scanAll(List<byte[]> parts) throws IOException {
        long[] values = {0};
        for (byte[] part : parts) {
            XmlScanner.scan(new ByteArrayInputStream(part), new XmlScanner.CellHandler() {
                private boolean collecting;
                private final StringBuilder text = new StringBuilder();

                @Override
                public void startRow(int row) {
                }

                @Override
                public boolean startCell(int row, int column, int type) {
                    return true;
                }

                @Override
                public boolean wantsAttributes(int element) {
                    return false;
                }

                @Override
                public void start(int element, String[] attributes, int count) {
                    collecting = element == XmlScanner.V || element == XmlScanner.T;
                    text.setLength(0);
                }

                @Override
                public void end(int element) {
                    if (collecting) {
                        values[0] += text.length() > 0 ? 1 : 0;
                    }
                    collecting = false;
                }

                @Override
                public boolean collecting() {
                    return collecting;
                }

                @Override
                public void text(String s) {
                    text.append(s);
                }
            });
        }
        return values[0];
    }

    private static long saxAll(SAXParser parser, List<byte[]> parts) throws Exception {
        long[] values = {0};
        for (byte[] part : parts) {
            parser.reset();
            parser.parse(new ByteArrayInputStream(part), new DefaultHandler() {
                private boolean collecting;
                private final StringBuilder text = new StringBuilder();
                private String reference;
                private String type;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (qName.equals("c")) {
                        reference = attributes.getValue("r");
                        type = attributes.getValue("t");
                    }
                    collecting = qName.equals("v") || qName.equals("t");
                    text.setLength(0);
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    if (collecting) {
                        values[0] += text.length() > 0 ? 1 : 0;
                    }
                    collecting = false;
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (collecting) {
                        text.append(ch, start, length);
                    }
                }
            });
        }
        return values[0];
    }

    private static long staxAll(XMLInputFactory factory, List<byte[]> parts) throws Exception {
        long values = 0;
        for (byte[] part : parts) {
            try (InputStream in = new ByteArrayInputStream(part)) {
                XMLStreamReader reader = factory.createXMLStreamReader(in);
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = reader.getLocalName();
                        if (name.equals("c")) {
                            reader.getAttributeValue(null, "r");
                            reader.getAttributeValue(null, "t");
                        } else if ((name.equals("v") || name.equals("t")) && !reader.getElementText().isEmpty()) {
                            values++;
                        }
                    }
                }
                reader.close();
            }
        }
        return values;
    }
}
