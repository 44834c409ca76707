package org.mineraldiligence.cmrt.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.io.input.ReaderInputStream;

/**
 * Finds a part's encoding the way XML does (byte order mark, else the XML declaration, else UTF-8) and hands
 * {@link XmlScanner} UTF-8 in every case. Excel and the other spreadsheet programs write UTF-8, so the
 * common case costs one peek at the first bytes; a UTF-16 or ISO-8859-1 part is transcoded while streaming.
 */
final class XmlEncoding {

    private static final int PEEK = 256;
    private static final Pattern DECLARED = Pattern.compile(
            "^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

    private XmlEncoding() {
    }

    static InputStream asUtf8(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 14);
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        Charset charset = charsetOf(head);
        if (charset == StandardCharsets.UTF_8) {
            return in;
        }
        return ReaderInputStream.builder()
                .setReader(new InputStreamReader(in, charset))
                .setCharset(StandardCharsets.UTF_8)
                .get();
    }

    private static Charset charsetOf(byte[] head) throws XmlScanner.Malformed {
        if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16; // Java's UTF-16 decoder reads and drops the byte order mark
        }
        if (startsWith(head, 0x00, 0x3C, 0x00, 0x3F)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(head, 0x3C, 0x00, 0x3F, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        Matcher declared = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!declared.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset charset = Charset.forName(declared.group(1));
            if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
                throw new XmlScanner.Malformed(); // declares 16 bits but its first bytes are 8-bit text
            }
            return charset.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new XmlScanner.Malformed();
        }
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
