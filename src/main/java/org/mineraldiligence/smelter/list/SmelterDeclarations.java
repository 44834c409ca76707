package org.mineraldiligence.smelter.list;

import java.time.Instant;
import java.util.List;

/**
 * Who declared a smelter: the suppliers whose CMRTs named it, in every cycle, for the smelter's page and the
 * outreach export (the Smelter Engagement Team's "identify the direct customers of certain smelters").
 * Owned here, implemented by the survey feature, which knows suppliers and their workbooks.
 */
public interface SmelterDeclarations {

    /** One supplier's declaration in one cycle, from the newest of its CMRTs there that named the smelter. */
    record Declaration(int reportingYear, boolean cycleOpen, long surveyId, String supplierCode, String supplierName,
                       String declarationScope, String declaredName, String riskLevel, Instant receivedAt,
                       boolean inLatestCmrt, String commodityManager, String contactName, String contactEmail) {
    }

    /** Newest cycle first, then by supplier code. */
    List<Declaration> of(String smelterId);
}
