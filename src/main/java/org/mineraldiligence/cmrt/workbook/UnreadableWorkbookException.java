package org.mineraldiligence.cmrt.workbook;

/**
 * The file cannot be read as a workbook. The message is written for the supplier and never contains
 * anything taken from the file itself, so it is safe to show, log or return.
 */
public final class UnreadableWorkbookException extends Exception {

    public UnreadableWorkbookException(String message) {
        super(message, null, false, false);
    }
}
