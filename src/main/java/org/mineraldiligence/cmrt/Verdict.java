package org.mineraldiligence.cmrt;

/** Overall outcome for one file. */
public enum Verdict {
    /** No errors, no warnings. */
    VALID,
    /** No errors; warnings worth a look. */
    VALID_WITH_WARNINGS,
    /** At least one error: the supplier must correct and resubmit. */
    INVALID,
    /** Not a workbook, encrypted, corrupt or over the size limits. */
    UNREADABLE,
    /** A workbook, but not a CMRT (e.g. an EMRT, CRT or AMRT). */
    NOT_A_CMRT
}
