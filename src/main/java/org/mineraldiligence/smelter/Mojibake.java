package org.mineraldiligence.smelter;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Text whose UTF-8 bytes were read as Windows-1252 on the way ("MineraÃ§Ã£o" for "Mineração"): decoded back when
 * the whole text allows it, otherwise each garbled pair becomes an unknown letter ({@code ?}), so the matcher
 * treats it like a letter lost in transit.
 */
final class Mojibake {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A UTF-8 lead byte of Latin letters (C2–C5) followed by a continuation byte (80–BF), both as Windows-1252. */
    private static final Pattern GARBLED = Pattern.compile(
            "[\\u00C2-\\u00C5][\\u00A0-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160"
                    + "\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A"
                    + "\\u0153\\u017E\\u0178]");

    private Mojibake() {
    }

    static String repair(String text) {
        if (!GARBLED.matcher(text).find()) {
            return text;
        }
        try {
            ByteBuffer bytes = WINDOWS_1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return GARBLED.matcher(text).replaceAll(String.valueOf(SmelterNameNormaliser.UNKNOWN));
        }
    }
}
