package org.mineraldiligence.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.springframework.core.io.ClassPathResource;

/**
 * A bundled RMI template switched to English: RMI publishes the CMRT and the EMRT saved in Chinese, the language
 * is the dropdown in Declaration!D3 and every label a formula on it, so the copy gets D3 = "English" and asks
 * Excel to recalculate on opening. Two XML parts are rewritten; the rest is copied as it is.
 */
final class EnglishBlank {

    private EnglishBlank() {
    }

    static byte[] rewrite(String source, String declarationPart, String chinese, String english) {
        try (InputStream in = new ClassPathResource(source).getInputStream();
             ZipInputStream zip = new ZipInputStream(in);
             ByteArrayOutputStream out = new ByteArrayOutputStream(2 << 20);
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            boolean languageSet = false;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if (entry.getName().equals(declarationPart)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    languageSet = xml.contains(chinese);
                    content = xml.replace(chinese, english).getBytes(StandardCharsets.UTF_8);
                } else if (entry.getName().equals("xl/workbook.xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace("<calcPr ", "<calcPr fullCalcOnLoad=\"1\" ")
                            .getBytes(StandardCharsets.UTF_8);
                }
                rewritten.putNextEntry(new ZipEntry(entry.getName()));
                rewritten.write(content);
                rewritten.closeEntry();
            }
            if (!languageSet) {
                throw new IllegalStateException(source + " no longer has the language cell this code expects");
            }
            rewritten.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
