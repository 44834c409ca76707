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

    private static final int MAX_NAME = 256;
    private static final int MAX_ATTRIBUTE_VALUE = 1 << 16;
    private static final int MAX_TEXT_BYTES = 1 << 17;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private final byte[] name = new byte[MAX_NAME];
    private byte[] scratch = new byte[256];
    private final String[] attributes = new String[32];

    XmlScanner(InputStream in) {
        this.in = in;
    }

    static void scan(InputStream in, Handler handler) throws IOException {
        try {
            new XmlScanner(in).run(handler);
        } catch (Stop done) {
            // the handler has what it needs
        }
    }

    private int next() throws IOException {
        if (pos == limit) {
            limit = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[pos++] & 0xFF;
    }

    private void run(Handler handler) throws IOException {
        int b = next();
        while (b != -1) {
            if (b == '<') {
                tag(handler);
                b = next();
            } else if (handler.collecting()) {
                b = text(handler, b);
            } else {
                b = next();
                while (b != '<' && b != -1) {
                    b = next();
                }
            }
        }
    }

    /** Reads character data up to the next '<' and hands it to the handler. */
    private int text(Handler handler, int first) throws IOException {
        int n = 0;
        int b = first;
        while (b != '<' && b != -1) {
            if (n < MAX_TEXT_BYTES) {
                n = append(n, b); // longer text is cut here and reported by the handler's own cap
            }
            b = next();
        }
        handler.text(decode(scratch, n));
        return b;
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

    private void tag(Handler handler) throws IOException {
        int b = next();
        if (b == '/') {
            int element = readName(next());
            skipTo('>');
            handler.end(element);
        } else if (b == '?') {
            skipPast((byte) '?', (byte) '>');
        } else if (b == '!') {
            bang(handler);
        } else {
            startTag(handler, b);
        }
    }

    private void bang(Handler handler) throws IOException {
        int b = next();
        if (b == '-') {
            next();
            skipPast((byte) '-', (byte) '-');
            int c = next();
            while (c != '>' && c != -1) {
                c = next();
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
                handler.text(new String(scratch, 0, n, StandardCharsets.UTF_8));
            }
        } else {
            throw new Malformed(); // DOCTYPE or other declarations: refused (no entities, no XXE)
        }
    }

    private void startTag(Handler handler, int first) throws IOException {
        int element = readName(first);
        boolean want = handler.wantsAttributes(element);
        int count = 0;
        int b = lastAfterName;
        boolean selfClosing = false;
        while (true) {
            while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                b = next();
            }
            if (b == '>') {
                break;
            }
            if (b == '/') {
                selfClosing = true;
                b = next();
                continue;
            }
            if (b == -1) {
                throw new Malformed();
            }
            // attribute name
            int n = 0;
            while (b != '=' && b != -1 && b != '>' && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                if (want && n < MAX_NAME) {
                    name[n++] = (byte) b;
                }
                b = next();
            }
            while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                b = next();
            }
            if (b != '=') {
                throw new Malformed();
            }
            b = next();
            while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                b = next();
            }
            if (b != '"' && b != '\'') {
                throw new Malformed();
            }
            int quote = b;
            int v = 0;
            b = next();
            while (b != quote) {
                if (b == -1) {
                    throw new Malformed();
                }
                if (want && v < MAX_ATTRIBUTE_VALUE) {
                    v = append(v, b);
                }
                b = next();
            }
            // cells and rows: only r (reference) and t (type) matter; skipping s, spans, ht... saves
            // two string allocations per cell on a 5 MB sheet
            boolean keep = want && (element != C && element != ROW || n == 1 && (name[0] == 'r' || name[0] == 't'));
            if (keep && count + 2 <= attributes.length) {
                attributes[count++] = localName(name, n);
                attributes[count++] = decode(scratch, v);
            }
            b = next();
        }
        handler.start(element, attributes, count);
        if (selfClosing) {
            handler.end(element);
        }
    }

    private int lastAfterName;

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

    private static String localName(byte[] bytes, int n) {
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == ':') {
                start = i + 1;
            }
        }
        return new String(bytes, start, n - start, StandardCharsets.US_ASCII);
    }

    private static int element(byte[] b, int n) {
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

    /** UTF-8 decode plus the predefined entities and numeric references; unknown entities stay literal. */
    static String decode(byte[] bytes, int n) {
        String s = new String(bytes, 0, n, StandardCharsets.UTF_8);
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
