package org.mineraldiligence.report;

import java.util.Map;

/**
 * A small cycle whose every figure is known: five suppliers, one out of scope, two valid answers (one company-level
 * and strong, one product-level and weak), one invalid, one silent; three known smelters, one name under review.
 */
record KnownCycle(long cycleId, long validCompany, long validProduct, long invalid, long silent, long outOfScope) {

    static final Map<String, String> GOLD_COMPLETE = Map.of("Q1", "Yes", "Q2", "Yes", "Q3", "No", "Q4", "No",
            "Q5", "No", "Q6", "100%", "Q7", "Yes", "Q8", "Yes");

    static KnownCycle create(CycleData data) {
        long cycle = data.cycle(2031);
        long a = data.survey(cycle, data.supplier("Alpha Components", 400), "VALID_LOW_RISK", "STRONG", true);
        long b = data.survey(cycle, data.supplier("Beta <b>Boards</b>", 300), null, "WEAK", false);
        long c = data.survey(cycle, data.supplier("Gamma Cables", 200), null, null, false);
        long d = data.survey(cycle, data.supplier("Delta Displays", 100), null, null, false);
        long e = data.survey(cycle, data.supplier("Epsilon Services", 1000), "OUT_OF_SCOPE", null, false);
        long first = data.submission(a, "VALID", "A", Map.of("Gold", GOLD_COMPLETE, "Tin", GOLD_COMPLETE));
        data.declared(first, 5, "Gold", "MATCHED", "CID000015");
        data.declared(first, 6, "Tin", "MATCHED", "CID000292");
        long older = data.submission(b, "INVALID", "B");
        data.declared(older, 5, "Tantalum", "MATCHED", "CID000211"); // superseded: must not count
        long second = data.submission(b, "VALID_WITH_WARNINGS", "B", Map.of("Gold", Map.of("Q1", "Yes", "Q2", "Yes",
                "Q3", "Unknown", "Q4", "Unknown", "Q5", "No", "Q6", "Greater than 50%", "Q7", "No", "Q8", "Yes")));
        data.declared(second, 5, "Gold", "MATCHED", "CID000015");
        data.declared(second, 6, "Gold", "MATCHED", "CID002708");
        data.declared(second, 7, "Gold", "REVIEW", null);
        data.submission(c, "INVALID", "A");
        data.decision(c, "SUSPEND");
        data.failedMail(cycle);
        return new KnownCycle(cycle, a, b, c, d, e);
    }
}
