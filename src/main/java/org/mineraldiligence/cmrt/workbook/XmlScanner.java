package org.mineraldiligence.cmrt.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A deliberately small XML tokenizer for the machine-written parts of an .xlsx (sheet, shared strings,
 * workbook and relationship parts). A general SAX parser spends 70-140 ms on the 5 MB Smelter List
 * part of a real CMRT on this hardware; this scanner touches each byte once and allocates only for the
 * few elements and texts a {@link Handler} asks for.
 *
 * <p>Safety by construction: DOCTYPE declarations are refused, so no entity can be declared, and only
 * the five predefined entities and numeric character references are decoded. Nothing is ever fetched.
 * Element names are compared without their namespace prefix.
 */
final class XmlScanner {

    /** Element names the handlers care about; everything else is {@link #OTHER}. */
    static final int OTHER = 0;
    static final int ROW = 1;
    static final int C = 2;
    static final int F = 3;
    static final int V = 4;
    static final int IS = 5;
    static final int T = 6;
    static final int SI = 7;
    static final int RPH = 8;
    static final int SHEET = 9;
    static final int WORKBOOK_PR = 10;
    static final int RELATIONSHIP = 11;

    /** Receives events. Attributes are decoded only for elements the handler asks for. */
    interface Handler {
        boolean wantsAttributes(int element);

        /** @param attributes alternating names and values, {@code count} entries used */
        void start(int element, String[] attributes, int count) throws IOException;

        void end(int element) throws IOException;

        /** Whether character data is wanted right now. */
        boolean collecting();

        /** Character data (entity-decoded) while {@link #collecting()}; may arrive in pieces. */
        void text(String text) throws IOException;

        /** Asked right after {@link #start}: true skips the element's content unparsed (no end event). */
        default boolean skipContent(int element) {
            return false;
        }
    }

    /** Thrown by a handler to end the scan early; not an error. */
    static final class Stop extends IOException {
        Stop() {
            super(null, null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** The part is not XML we are willing to read (including any DOCTYPE). */
    static final class Malformed extends IOException {
        Malformed() {
            super(null, null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Cell types from the t attribute, decoded without allocating. */
    static final int TYPE_NUMBER = 0;
    static final int TYPE_SHARED = 1;
    static final int TYPE_STR = 2;
    static final int TYPE_INLINE = 3;
    static final int TYPE_BOOL = 4;
    static final int TYPE_ERROR = 5;
    static final int TYPE_OTHER = 6;

    /** Fast path for sheet parts: rows and cells arrive as numbers, not attribute strings. */
    interface CellHandler extends Handler {
        void startRow(int row) throws IOException;

        /**
         * @param row    the row from the cell reference, or -1 when the cell has none
         * @param column the 0-based column, or -1 when the cell has no reference
         * @return whether the cell's content is wanted; if not, it is skipped unparsed and no end
         *         event follows
         */
        boolean startCell(int row, int column, int type) throws IOException;
    }

    private static final int MAX_NAME = 256;
    private static final int MAX_ATTRIBUTE_VALUE = 1 << 16;
    private static final int MAX_TEXT_BYTES = 1 << 17;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 14];
    private int pos;
    private int limit;
    private final byte[] name = new byte[MAX_NAME];
    private byte[] scratch = new byte[256];
    private final String[] attributes = new String[32];
    private int lastAfterName;

    XmlScanner(InputStream in) {
        this.in = in;
    }

    static void scan(InputStream in, Handler handler) throws IOException {
        try {
            new XmlScanner(XmlEncoding.asUtf8(in)).run(handler);
        } catch (Stop done) {
            // the handler has what it needs
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private int next() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buffer[pos++] & 0xFF;
    }

    /** Advances past the next occurrence of {@code target}; false at end of input. Tight on purpose. */
    private boolean skipPastByte(byte target) throws IOException {
        while (true) {
            byte[] b = buffer;
            int end = limit;
            for (int i = pos; i < end; i++) {
                if (b[i] == target) {
                    pos = i + 1;
                    return true;
                }
            }
            if (!fill()) {
                return false;
            }
        }
    }

    private void run(Handler handler) throws IOException {
        CellHandler cells = handler instanceof CellHandler c ? c : null;
        while (true) {
            if (handler.collecting()) {
                int b = next();
                if (b == -1) {
                    return;
                }
                if (b != '<' && !text(handler, b)) {
                    return;
                }
            } else if (!skipPastByte((byte) '<')) {
                return;
            }
            tag(handler, cells);
        }
    }

    /** Reads character data up to the next '<' (consumed); false when the input ended instead. */
    private boolean text(Handler handler, int first) throws IOException {
        int n = 0;
        int b = first;
        while (b != '<' && b != -1) {
            if (n < MAX_TEXT_BYTES) {
                n = append(n, b); // longer text is cut here and reported by the handler's own cap
            }
            b = next();
        }
        handler.text(decode(scratch, n, false));
        return b == '<';
    }

    private int append(int n, int b) {
        if (n == scratch.length) {
            byte[] bigger = new byte[scratch.length * 2];
            System.arraycopy(scratch, 0, bigger, 0, n);
            scratch = bigger;
        }
        scratch[n] = (byte) b;
        return n + 1;
    }

    private void tag(Handler handler, CellHandler cells) throws IOException {
        int b = next();
        if (b == '/') {
            int element = readName(next());
            skipTo('>');
            handler.end(element);
        } else if (b == '?') {
            skipPast((byte) '?', (byte) '>');
        } else if (b == '!') {
            bang(handler);
        } else if (b == -1) {
            throw new Malformed();
        } else {
            int element = readName(b);
            if (cells != null && element == C) {
                cellTag(cells);
            } else if (cells != null && element == ROW) {
                rowTag(cells);
            } else {
                startTag(handler, element);
            }
        }
    }

    private void bang(Handler handler) throws IOException {
        int b = next();
        if (b == '-') {
            // XML forbids "--" inside a comment, so the first "--" must be the end: "-->" exactly
            if (next() != '-') {
                throw new Malformed();
            }
            skipPast((byte) '-', (byte) '-');
            if (next() != '>') {
                throw new Malformed();
            }
        } else if (b == '[') {
            // <![CDATA[ ... ]]> : literal text
            for (int i = 0; i < 6; i++) {
                next();
            }
            int n = 0;
            int c = next();
            while (c != -1) {
                if (c == '>' && n >= 2 && scratch[n - 1] == ']' && scratch[n - 2] == ']') {
                    n -= 2;
                    break;
                }
                n = append(n, c);
                c = next();
            }
            if (handler.collecting()) {
                handler.text(normaliseLineEnds(new String(scratch, 0, n, StandardCharsets.UTF_8), false));
            }
        } else {
            throw new Malformed(); // DOCTYPE or other declarations: refused (no entities, no XXE)
        }
    }

    private static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** Reads one attribute name into {@link #name}; returns its length, or -1 at '>' / -2 at '/>'. */
    private int attributeName() throws IOException {
        int b = lastAfterName;
        while (isSpace(b)) {
            b = next();
        }
        if (b == '>') {
            return -1;
        }
        if (b == '/') {
            if (next() != '>') {
                throw new Malformed();
            }
            return -2;
        }
        int n = 0;
        while (b != '=' && !isSpace(b)) {
            if (b == -1 || b == '>') {
                throw new Malformed();
            }
            if (b == ':') {
                n = 0; // namespace prefix
            } else if (n < MAX_NAME) {
                name[n++] = (byte) b;
            }
            b = next();
        }
        while (isSpace(b)) {
            b = next();
        }
        if (b != '=') {
            throw new Malformed();
        }
        b = next();
        while (isSpace(b)) {
            b = next();
        }
        if (b != '"' && b != '\'') {
            throw new Malformed();
        }
        lastAfterName = b; // the opening quote
        return n;
    }

    /** Reads an attribute value up to its closing quote into {@link #scratch}; returns its length. */
    private int attributeValue(boolean keep) throws IOException {
        int quote = lastAfterName;
        if (!keep) {
            if (!skipPastByte((byte) quote)) {
                throw new Malformed();
            }
            lastAfterName = next();
            return 0;
        }
        int v = 0;
        int b = next();
        while (b != quote) {
            if (b == -1) {
                throw new Malformed();
            }
            if (v < MAX_ATTRIBUTE_VALUE) {
                v = append(v, b);
            }
            b = next();
        }
        lastAfterName = next();
        return v;
    }

    private void startTag(Handler handler, int element) throws IOException {
        boolean want = handler.wantsAttributes(element);
        int count = 0;
        int n;
        while ((n = attributeName()) >= 0) {
            boolean keep = want && count + 2 <= attributes.length;
            String attributeName = keep ? new String(name, 0, n, StandardCharsets.US_ASCII) : null;
            int v = attributeValue(keep);
            if (keep) {
                attributes[count++] = attributeName;
                attributes[count++] = decode(scratch, v, true);
            }
        }
        handler.start(element, attributes, count);
        if (n == -2) {
            handler.end(element);
        } else if (handler.skipContent(element)) {
            skipToEndOf(element);
        }
    }

    private void rowTag(CellHandler cells) throws IOException {
        int row = -1;
        int n;
        while ((n = attributeName()) >= 0) {
            boolean isR = n == 1 && name[0] == 'r';
            int v = attributeValue(isR);
            if (isR) {
                row = digits(scratch, 0, v);
            }
        }
        cells.startRow(row);
    }

    private void cellTag(CellHandler cells) throws IOException {
        int row = -1;
        int column = -1;
        int type = TYPE_NUMBER;
        int n;
        while ((n = attributeName()) >= 0) {
            boolean isR = n == 1 && name[0] == 'r';
            boolean isT = n == 1 && name[0] == 't';
            int v = attributeValue(isR || isT);
            if (isR) {
                int i = 0;
                int col = 0;
                while (i < v && scratch[i] >= 'A' && scratch[i] <= 'Z' && col < 100_000) {
                    col = col * 26 + (scratch[i] - 'A' + 1);
                    i++;
                }
                column = col - 1;
                row = digits(scratch, i, v);
            } else if (isT) {
                type = cellType(scratch, v);
            }
        }
        boolean wanted = cells.startCell(row, column, type);
        if (n == -2) {
            if (wanted) {
                cells.end(C);
            }
        } else if (!wanted) {
            skipToEndOf(C);
        }
    }

    /** Skips to just after the element's end tag without interpreting its content (no nesting of the same name). */
    private void skipToEndOf(int target) throws IOException {
        while (skipPastByte((byte) '<')) {
            if (next() != '/') {
                continue;
            }
            int element = readName(next());
            skipTo('>');
            if (element == target) {
                return;
            }
        }
        throw new Malformed();
    }

    private static int digits(byte[] b, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9' || value > 10_000_000) {
                return -1;
            }
            value = value * 10 + (b[i] - '0');
        }
        return to > from ? value : -1;
    }

    private static int cellType(byte[] b, int n) {
        if (n == 1) {
            return switch (b[0]) {
                case 's' -> TYPE_SHARED;
                case 'b' -> TYPE_BOOL;
                case 'e' -> TYPE_ERROR;
                case 'n' -> TYPE_NUMBER;
                default -> TYPE_OTHER;
            };
        }
        if (n == 3 && b[0] == 's' && b[1] == 't' && b[2] == 'r') {
            return TYPE_STR;
        }
        if (n == 9 && b[0] == 'i' && b[1] == 'n') {
            return TYPE_INLINE;
        }
        return TYPE_OTHER;
    }

    private int readName(int first) throws IOException {
        int n = 0;
        int b = first;
        while (b != -1 && b != ' ' && b != '>' && b != '/' && b != '\t' && b != '\r' && b != '\n') {
            if (b == ':') {
                n = 0; // drop the namespace prefix
            } else if (n < MAX_NAME) {
                name[n++] = (byte) b;
            }
            b = next();
        }
        lastAfterName = b;
        return element(name, n);
    }

    private void skipTo(int target) throws IOException {
        int b = lastAfterName;
        while (b != target) {
            if (b == -1) {
                throw new Malformed();
            }
            b = next();
        }
    }

    private void skipPast(byte a, byte z) throws IOException {
        int prev = -2;
        int b = next();
        while (b != -1) {
            if (prev == a && b == z) {
                return;
            }
            prev = b;
            b = next();
        }
        throw new Malformed();
    }

    /** The element code of a name without its prefix (package-private for the conformance test). */
    static int element(byte[] b, int n) {
        switch (n) {
            case 1:
                return switch (b[0]) {
                    case 'c' -> C;
                    case 'f' -> F;
                    case 'v' -> V;
                    case 't' -> T;
                    default -> OTHER;
                };
            case 2:
                if (b[0] == 'i' && b[1] == 's') {
                    return IS;
                }
                return b[0] == 's' && b[1] == 'i' ? SI : OTHER;
            case 3:
                if (b[0] == 'r' && b[1] == 'o' && b[2] == 'w') {
                    return ROW;
                }
                return b[0] == 'r' && b[1] == 'P' && b[2] == 'h' ? RPH : OTHER;
            case 5:
                return equals(b, n, "sheet") ? SHEET : OTHER;
            case 10:
                return equals(b, n, "workbookPr") ? WORKBOOK_PR : OTHER;
            case 12:
                return equals(b, n, "Relationship") ? RELATIONSHIP : OTHER;
            default:
                return OTHER;
        }
    }

    private static boolean equals(byte[] b, int n, String s) {
        for (int i = 0; i < n; i++) {
            if (b[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-8 decode, line ends normalised as XML requires (CR LF and lone CR become LF; in attribute values
     * every tab, CR and LF a space), then the predefined entities and numeric references, so that a
     * {@code &#13;} survives as CR. Unknown entities stay literal.
     */
    static String decode(byte[] bytes, int n, boolean attribute) {
        String s = normaliseLineEnds(new String(bytes, 0, n, StandardCharsets.UTF_8), attribute);
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, amp);
        int i = amp;
        while (i < s.length()) {
            char ch = s.charAt(i);
            int semi = ch == '&' ? s.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String entity = s.substring(i + 1, semi);
                int cp = entity(entity);
                if (cp >= 0) {
                    sb.appendCodePoint(cp);
                    i = semi + 1;
                    continue;
                }
            }
            sb.append(ch);
            i++;
        }
        return sb.toString();
    }

    private static String normaliseLineEnds(String s, boolean attribute) {
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (attribute && (s.indexOf('\n') >= 0 || s.indexOf('\t') >= 0)) {
            s = s.replace('\n', ' ').replace('\t', ' ');
        }
        return s;
    }

    private static int entity(String e) {
        switch (e) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            default:
                try {
                    int cp = -1;
                    if (e.startsWith("#x") || e.startsWith("#X")) {
                        cp = Integer.parseInt(e.substring(2), 16);
                    } else if (e.startsWith("#")) {
                        cp = Integer.parseInt(e.substring(1));
                    }
                    return Character.isValidCodePoint(cp) ? cp : -1;
                } catch (NumberFormatException ex) {
                    return -1;
                }
        }
    }
}
