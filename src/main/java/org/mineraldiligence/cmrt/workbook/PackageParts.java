package org.mineraldiligence.cmrt.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the workbook part, its sheets and its shared strings through the package relationships (OPC),
 * as Excel does, rather than assuming file names such as sheet5.xml.
 */
final class PackageParts {

    final List<String> sheetNames = new ArrayList<>();
    final Map<String, String> sheetParts = new HashMap<>();
    String sharedStringsPart;
    boolean date1904;

    static PackageParts locate(GuardedZip zip) throws IOException {
        PackageParts parts = new PackageParts();
        Map<String, String> root = relationships(zip, "_rels/.rels", "");
        String workbook = root.get("officeDocument");
        if (workbook == null) {
            throw new XmlScanner.Malformed();
        }
        int slash = workbook.lastIndexOf('/');
        String dir = slash < 0 ? "" : workbook.substring(0, slash + 1);
        String relsName = dir + "_rels/" + workbook.substring(slash + 1) + ".rels";
        Map<String, String> byId = new HashMap<>();
        Map<String, String> byType = relationshipsById(zip, relsName, dir, byId);
        parts.sharedStringsPart = byType.get("sharedStrings");
        Map<String, String> relIdByName = new HashMap<>();
        try (InputStream in = zip.open(workbook)) {
            if (in == null) {
                throw new XmlScanner.Malformed();
            }
            XmlScanner.scan(in, new AttributesOnly(XmlScanner.SHEET, XmlScanner.WORKBOOK_PR) {
                @Override
                void element(int element, Map<String, String> atts) {
                    if (element == XmlScanner.SHEET && atts.get("name") != null) {
                        parts.sheetNames.add(atts.get("name"));
                        relIdByName.put(atts.get("name").toLowerCase(Locale.ROOT), atts.get("id"));
                    } else if (element == XmlScanner.WORKBOOK_PR) {
                        String d = atts.get("date1904");
                        parts.date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
                    }
                }
            });
        }
        relIdByName.forEach((name, id) -> {
            if (id != null && byId.containsKey(id)) {
                parts.sheetParts.put(name, byId.get(id));
            }
        });
        return parts;
    }

    String sheetPart(String sheetName) {
        return sheetParts.get(sheetName.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> relationships(GuardedZip zip, String part, String dir) throws IOException {
        return relationshipsById(zip, part, dir, new HashMap<>());
    }

    /** Returns targets by the last segment of their type; fills {@code byId}. */
    private static Map<String, String> relationshipsById(GuardedZip zip, String part, String dir,
                                                         Map<String, String> byId) throws IOException {
        Map<String, String> byType = new HashMap<>();
        try (InputStream in = zip.open(part)) {
            if (in == null) {
                return byType;
            }
            XmlScanner.scan(in, new AttributesOnly(XmlScanner.RELATIONSHIP) {
                @Override
                void element(int element, Map<String, String> atts) {
                    String target = atts.get("Target");
                    String type = atts.getOrDefault("Type", "");
                    if (target == null || "External".equalsIgnoreCase(atts.get("TargetMode"))) {
                        return;
                    }
                    String resolved = resolve(dir, target);
                    byType.putIfAbsent(type.substring(type.lastIndexOf('/') + 1), resolved);
                    if (atts.get("Id") != null) {
                        byId.put(atts.get("Id"), resolved);
                    }
                }
            });
        }
        return byType;
    }

    static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        List<String> out = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                out.add(seg);
            }
        }
        return String.join("/", out);
    }

    /** Handler that only wants the attributes of a few elements. */
    private abstract static class AttributesOnly implements XmlScanner.Handler {
        private final int[] elements;

        AttributesOnly(int... elements) {
            this.elements = elements;
        }

        abstract void element(int element, Map<String, String> atts);

        @Override
        public boolean wantsAttributes(int element) {
            for (int e : elements) {
                if (e == element) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void start(int element, String[] attributes, int count) {
            if (wantsAttributes(element)) {
                Map<String, String> atts = new HashMap<>();
                for (int i = 0; i + 1 < count; i += 2) {
                    atts.put(attributes[i], attributes[i + 1]);
                }
                element(element, atts);
            }
        }

        @Override
        public void end(int element) {
            // nothing
        }

        @Override
        public boolean collecting() {
            return false;
        }

        @Override
        public void text(String text) {
            // nothing
        }
    }
}
