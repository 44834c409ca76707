package org.mineraldiligence.smelter;

import org.mineraldiligence.smelter.importer.BundledReferenceList;
import org.mineraldiligence.smelter.risk.CountryRiskTable;
import org.mineraldiligence.smelter.risk.SmelterRiskDecision;
import org.springframework.stereotype.Service;

/**
 * The reference data surveys are assessed against: the smelter list with its matcher, the country risk
 * table and the risk decision. Built once, shared by every assessment (all of them are immutable).
 * Until compliance officers can import lists in the application, this is the bundled list.
 */
@Service
public class SmelterReference {

    private final SmelterMatcher matcher = new SmelterMatcher(new BundledReferenceList().load().orElseThrow());
    private final CountryRiskTable countries = CountryRiskTable.bundled();
    private final SmelterRiskDecision riskDecision = new SmelterRiskDecision();

    public SmelterMatcher matcher() {
        return matcher;
    }

    public ReferenceList list() {
        return matcher.reference();
    }

    public CountryRiskTable countries() {
        return countries;
    }

    public SmelterRiskDecision riskDecision() {
        return riskDecision;
    }
}
