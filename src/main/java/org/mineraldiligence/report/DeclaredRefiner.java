package org.mineraldiligence.report;

import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.smelter.CanonicalStatus;

/**
 * One known smelter or refiner of an extended mineral declared on the cycle's latest valid EMRTs, as its
 * assessment recorded it (the EMRT refiners are not on the 3TG reference list the CMRT's Appendix A reads).
 *
 * @param status     the status the reference data gave it when the EMRT was assessed; null when none was given or
 *                   it is not one we know
 * @param recorded   the status column as the assessment wrote it
 * @param country    the country as the supplier declared it
 * @param highRisk   rated HIGH on any of the workbooks that declare it
 */
public record DeclaredRefiner(ExtendedMineral mineral, String smelterId, String standardName, String country,
                              CanonicalStatus status, String recorded, boolean highRisk) {

    /** The status in words; a text we cannot read is shown as written, and "not stated" only where there is none. */
    public String statusText() {
        if (status != null && status != CanonicalStatus.UNKNOWN) {
            return CycleReports.words(status);
        }
        return statusNotStated() ? "not stated" : recorded.strip();
    }

    public boolean conformant() {
        return status != null && status.isConformant();
    }

    public boolean active() {
        return status == CanonicalStatus.ACTIVE;
    }

    public boolean statusNotStated() {
        return status == CanonicalStatus.UNKNOWN || status == null && (recorded == null || recorded.isBlank());
    }
}
