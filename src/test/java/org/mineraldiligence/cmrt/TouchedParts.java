package org.mineraldiligence.cmrt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xssf.model.CalculationChain;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Saves a variant of an open workbook as the file it was opened from with only the parts a cell write can
 * change written anew by POI: the sheets it touched, the shared strings and the calculation chain (removing a
 * formula takes its cell out of the chain). Every other part is copied still compressed. A full
 * {@code XSSFWorkbook.write} serialises and deflates every sheet of a 1.5 MB RMI template (the Smelter
 * Look-up alone is most of it) for the one or two cells a variant changes; the parts written here are the
 * ones it would write for them, by the same POI code ({@code XSSFSheet.write}, {@code writeTo}).
 */
final class TouchedParts {

    private static final Method SHEET_WRITE;

    static {
        try {
            // protected: POI only calls it from its own commit(), which would also rewrite the package part
            SHEET_WRITE = XSSFSheet.class.getDeclaredMethod("write", OutputStream.class);
            SHEET_WRITE.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("POI's XSSFSheet.write(OutputStream) is gone", e);
        }
    }

    private TouchedParts() {
    }

    /**
     * The file {@code opened} came from ({@code openedFrom}, as POI wrote it) with the given sheets, the shared
     * strings and the calculation chain of the open workbook in place of its own.
     */
    static byte[] save(XSSFWorkbook opened, byte[] openedFrom, Collection<XSSFSheet> touched) {
        Map<String, ZipSurgery.PartWriter> parts = new HashMap<>();
        try {
            for (XSSFSheet sheet : touched) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                SHEET_WRITE.invoke(sheet, out);
                byte[] xml = out.toByteArray();
                parts.put(zipName(sheet), to -> to.write(xml));
            }
            if (opened.getSharedStringSource() != null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                opened.getSharedStringSource().writeTo(out);
                byte[] xml = out.toByteArray();
                parts.put(zipName(opened.getSharedStringSource()), to -> to.write(xml));
            }
            CalculationChain chain = opened.getCalculationChain();
            if (chain != null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                chain.writeTo(out);
                byte[] xml = out.toByteArray();
                parts.put(zipName(chain), to -> to.write(xml));
            }
            return ZipSurgery.replace(openedFrom, parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("POI could not write a sheet", e.getCause());
        }
    }

    private static String zipName(POIXMLDocumentPart part) {
        return part.getPackagePart().getPartName().getName().substring(1);
    }
}
