package org.mineraldiligence.report;

import org.mineraldiligence.cmrt.Metal;

/**
 * The known smelters of one metal that may be in the supply chain and how many of them the reference list shows
 * as conformant or active, worded as the seed report words it.
 *
 * @param conformantWord "compliant" for a CFSI-era list, "conformant" for an RMAP-era one
 */
public record MetalSummary(Metal metal, int known, int conformant, int active, String conformantWord) {

    public int inAuditProgram() {
        return conformant + active;
    }

    public int percent() {
        return SurveyFigures.percent(inAuditProgram(), known);
    }

    /** E.g. "74% (100) of known Gold smelters or refiners that may be in our supply chain are listed as compliant (93) or active (7)." */
    public String sentence() {
        String listedAs;
        if (active == 0) {
            listedAs = conformantWord;
        } else if (conformant == 0) {
            listedAs = "active";
        } else {
            listedAs = conformantWord + " (" + conformant + ") or active (" + active + ")";
        }
        return percent() + "% (" + inAuditProgram() + ") of known " + metal.label()
                + " smelters or refiners that may be in our supply chain are listed as " + listedAs + ".";
    }
}
