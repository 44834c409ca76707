package org.mineraldiligence.report;

import java.util.List;

import org.mineraldiligence.cmrt.ExtendedMineral;

/**
 * One extended mineral of the cycle: who was asked for it, and the smelters and refiners the latest valid EMRTs
 * declare for it with their status, worded as the report's per-metal summary words the 3TG.
 *
 * @param suppliers        the in-scope suppliers asked for an EMRT covering this mineral and how they answered
 * @param underReview      declared names not yet tied to a known refiner; a person decides
 * @param notYetIdentified rows where the supplier wrote "Smelter not yet identified"
 */
public record MineralRefiners(ExtendedMineral mineral, TemplateResponses suppliers, List<DeclaredRefiner> refiners,
                              long underReview, long notYetIdentified) {

    public String label() {
        return mineral.label();
    }

    public int identified() {
        return refiners.size();
    }

    public long conformant() {
        return refiners.stream().filter(DeclaredRefiner::conformant).count();
    }

    public long active() {
        return refiners.stream().filter(DeclaredRefiner::active).count();
    }

    public long statusNotStated() {
        return refiners.stream().filter(DeclaredRefiner::statusNotStated).count();
    }

    /** Refiners with a stated status that is neither conformant nor active (non conformant, outreach required …). */
    public long otherStatus() {
        return identified() - conformant() - active() - statusNotStated();
    }

    public long highRisk() {
        return refiners.stream().filter(DeclaredRefiner::highRisk).count();
    }

    /** "2 of 3 suppliers asked for the EMRT covering cobalt sent one; 1 is valid." */
    public String suppliersSentence() {
        TemplateResponses s = suppliers;
        String valid = s.valid() == 1 ? "1 is valid" : s.valid() + " are valid";
        String accepted = s.accepted() == 0 ? "" : ", " + s.accepted() + " accepted with exceptions";
        String invalid = s.invalid() == 0 ? "" : ", " + s.invalid() + " still invalid";
        return s.received() + " of " + s.asked() + " suppliers asked for the EMRT covering " + lower() + " sent one ("
                + s.receivedPercent() + "%); " + valid + accepted + invalid + ".";
    }

    /**
     * "We identified 3 known cobalt smelters or refiners that may be in our supply chain: 1 listed as conformant,
     * 1 as active, 1 without a status stated." Only the statuses the assessment recorded are named.
     */
    public String refinersSentence() {
        if (refiners.isEmpty()) {
            return "The valid EMRTs received name no known " + lower() + " smelter or refiner.";
        }
        StringBuilder text = new StringBuilder("We identified " + identified() + " known " + lower()
                + (identified() == 1 ? " smelter or refiner" : " smelters or refiners")
                + " that may be in our supply chain: " + conformant() + " listed as conformant, " + active()
                + " as active");
        if (otherStatus() > 0) {
            text.append(", ").append(otherStatus()).append(" with another status");
        }
        text.append(statusNotStated() > 0 ? " and " + statusNotStated() + " without a status stated." : ".");
        if (highRisk() > 0) {
            text.append(" ").append(highRisk()).append(" rated high risk.");
        }
        return text.toString();
    }

    /** Rows not counted above, so the reader knows the list is not complete. */
    public String openRowsSentence() {
        if (underReview == 0 && notYetIdentified == 0) {
            return null;
        }
        return underReview + " declared " + lower() + (underReview == 1 ? " name is" : " names are")
                + " still under review and " + notYetIdentified + (notYetIdentified == 1 ? " row says" : " rows say")
                + " the smelter is not yet identified; they are not counted above.";
    }

    private String lower() {
        return mineral.label().toLowerCase(java.util.Locale.ROOT);
    }
}
