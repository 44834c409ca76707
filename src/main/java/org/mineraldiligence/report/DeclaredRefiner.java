package org.mineraldiligence.report;

import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.smelter.CanonicalStatus;

/**
 * One known smelter or refiner of an extended mineral declared on the cycle's latest valid EMRTs, as its
 * assessment recorded it (the EMRT refiners are not on the 3TG reference list the CMRT's Appendix A reads).
 *
 * @param status   the status the reference data gave it when the EMRT was assessed; null when none was given
 * @param country  the country as the supplier declared it
 * @param highRisk rated HIGH on any of the workbooks that declare it
 */
public record DeclaredRefiner(ExtendedMineral mineral, String smelterId, String standardName, String country,
                              CanonicalStatus status, boolean highRisk) {

    /** The status in words, saying so where no list stated one rather than guessing. */
    public String statusText() {
        return status == null || status == CanonicalStatus.UNKNOWN ? "not stated" : CycleReports.words(status);
    }

    public boolean conformant() {
        return status != null && status.isConformant();
    }

    public boolean active() {
        return status == CanonicalStatus.ACTIVE;
    }

    public boolean statusNotStated() {
        return status == null || status == CanonicalStatus.UNKNOWN;
    }
}
