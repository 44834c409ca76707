package org.mineraldiligence.smelter;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One status vocabulary over the CFSI era (until 2017) and the RMAP era. The published text is kept next to it
 * in {@link SmelterStatus}; this enum is what rules and counts use.
 */
public enum CanonicalStatus {
    /** CFSI "Compliant", RMAP "Conformant": passed its assessment. */
    CONFORMANT(true, true),
    /** "Active" in both eras, CFSI "Progressing": committed to an assessment that is not finished. */
    ACTIVE(false, true),
    /** Assessed and found not to conform. */
    NON_CONFORMANT(false, false),
    /** CFSI "Not Enrolled", RMAP "Outreach Required": known to RMI, not engaged. */
    NOT_ENROLLED(false, false),
    /** RMAP "In Communication": talking to RMI, not yet committed to an assessment. */
    IN_COMMUNICATION(false, false),
    /** RMAP "Communication Suspended - Not Interested": refused to take part. */
    COMMUNICATION_SUSPENDED(false, false),
    /** RMAP "RMI Due Diligence Review - Unable to Proceed": RMI found red flags it could not clear. */
    DUE_DILIGENCE_REVIEW_UNABLE_TO_PROCEED(false, false),
    /** RMAP "Not Applicable": the facility has ceased operations. */
    CEASED_OPERATIONS(false, false),
    /** No status published in the source, e.g. a CMRT Smelter Look-up. */
    UNKNOWN(false, false);

    private final boolean conformant;
    private final boolean inAuditProgram;

    CanonicalStatus(boolean conformant, boolean inAuditProgram) {
        this.conformant = conformant;
        this.inAuditProgram = inAuditProgram;
    }

    public boolean isConformant() {
        return conformant;
    }

    /** Conformant or committed to an assessment; the CFSI report counted these as participating. */
    public boolean isInAuditProgram() {
        return inAuditProgram;
    }

    private static final Map<String, CanonicalStatus> PUBLISHED = Map.ofEntries(
            Map.entry("compliant", CONFORMANT),
            Map.entry("conformant", CONFORMANT),
            Map.entry("active", ACTIVE),
            Map.entry("progressing", ACTIVE),
            Map.entry("non conformant", NON_CONFORMANT),
            Map.entry("not enrolled", NOT_ENROLLED),
            Map.entry("outreach required", NOT_ENROLLED),
            Map.entry("in communication", IN_COMMUNICATION),
            Map.entry("communication suspended not interested", COMMUNICATION_SUSPENDED),
            Map.entry("rmi due diligence review unable to proceed", DUE_DILIGENCE_REVIEW_UNABLE_TO_PROCEED),
            Map.entry("not applicable", CEASED_OPERATIONS));

    /**
     * Reads a published status, tolerating case, spacing, dashes and a missing "RMI" prefix
     * ("Non Conformant", "COMMUNICATION SUSPENDED – NOT INTERESTED"). Unrecognised text is empty, not a guess.
     */
    public static Optional<CanonicalStatus> fromPublished(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        CanonicalStatus status = PUBLISHED.get(key);
        if (status == null) {
            status = PUBLISHED.get("rmi " + key);
        }
        return Optional.ofNullable(status);
    }
}
