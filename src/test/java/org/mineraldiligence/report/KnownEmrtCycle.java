package org.mineraldiligence.report;

/**
 * A cycle collecting the CMRT and the EMRT for cobalt and mica whose every figure is known. Seven suppliers:
 * Ampere (CMRT and EMRT cobalt+mica, both valid), Boron (EMRT mica only, valid), Cathode (CMRT and EMRT cobalt,
 * both invalid), Dormant (CMRT and EMRT cobalt+mica, nothing sent), Echo (launched before surveys recorded their
 * templates: the CMRT only, valid), Graphite Goods (EMRT cobalt, invalid and accepted), Faraway (out of scope).
 * Cobalt: two refiners, one conformant and one active, a name under review; an invalid EMRT's refiner does not count.
 * Mica: two refiners, one without a stated status, one non conformant and rated high risk (declared twice, counted once).
 */
record KnownEmrtCycle(long cycleId) {

    static final String COBALT_CONFORMANT = "CID900001";
    static final String COBALT_ACTIVE = "CID900002";
    static final String COBALT_OF_INVALID_EMRT = "CID900009";
    static final String MICA_NOT_STATED = "CID900101";
    static final String MICA_HIGH_RISK = "CID900102";
    /** What a supplier typed as the country: shown as text, never as markup. */
    static final String HOSTILE_COUNTRY = "<b>Congo</b>";

    static KnownEmrtCycle create(CycleData data, int year) {
        long cycle = data.cycle(year);
        data.collects(cycle, "CMRT,EMRT:COBALT+MICA");

        long ampere = data.survey(cycle, data.supplier("Ampere Batteries", 500), null, "STRONG", true);
        long ampereCmrt = data.submission(ampere, "VALID", "A");
        data.declared(ampereCmrt, 5, "Gold", "MATCHED", "CID000015");
        data.template(ampere, "CMRT", null, "VALID", ampereCmrt);
        long ampereEmrt = data.emrtSubmission(ampere, "VALID");
        data.template(ampere, "EMRT", "COBALT+MICA", "VALID", ampereEmrt);
        data.assessed(ampereEmrt, 5, "EMRT:Cobalt", "China", COBALT_CONFORMANT, "Example Cobalt Refinery Co.", "CONFORMANT", "LOW");
        data.assessed(ampereEmrt, 6, "EMRT:Cobalt", "Finland", COBALT_ACTIVE, "Nordic Cobalt Oy", "ACTIVE", "MEDIUM");
        data.assessed(ampereEmrt, 7, "EMRT:Mica", "India", MICA_NOT_STATED, "Jharkhand Mica Processing", null, null);
        data.declared(ampereEmrt, 8, "EMRT:Cobalt", "REVIEW", null);

        long boron = data.survey(cycle, data.supplier("Boron Minerals", 300), null, null, false);
        long boronEmrt = data.emrtSubmission(boron, "VALID_WITH_WARNINGS");
        data.template(boron, "EMRT", "MICA", "VALID", boronEmrt);
        // the mineral in capitals after the prefix: read the same
        data.assessed(boronEmrt, 5, "EMRT:MICA", "India", MICA_NOT_STATED, "Jharkhand Mica Processing", null, null);
        data.assessed(boronEmrt, 6, "EMRT:MICA", HOSTILE_COUNTRY, MICA_HIGH_RISK, "Risky Mica Traders", "NON_CONFORMANT", "HIGH");

        long cathode = data.survey(cycle, data.supplier("Cathode Corp", 200), null, null, false);
        long cathodeCmrt = data.submission(cathode, "INVALID", "A");
        data.template(cathode, "CMRT", null, "INVALID", cathodeCmrt);
        long cathodeEmrt = data.emrtSubmission(cathode, "INVALID");
        data.template(cathode, "EMRT", "COBALT", "INVALID", cathodeEmrt);
        data.assessed(cathodeEmrt, 5, "EMRT:Cobalt", "Congo", COBALT_OF_INVALID_EMRT, "Unchecked Cobalt", "ACTIVE", "LOW");

        long dormant = data.survey(cycle, data.supplier("Dormant Displays", 100), null, null, false);
        data.template(dormant, "CMRT", null, "AWAITING", null);
        data.template(dormant, "EMRT", "COBALT+MICA", "AWAITING", null);

        long echo = data.survey(cycle, data.supplier("Echo Electronics", 100), null, null, false);
        data.submission(echo, "VALID", "B");

        long graphite = data.survey(cycle, data.supplier("Graphite Goods", 50), null, null, false);
        long graphiteEmrt = data.emrtSubmission(graphite, "INVALID");
        data.template(graphite, "EMRT", "COBALT", "ACCEPTED", graphiteEmrt);

        long faraway = data.survey(cycle, data.supplier("Faraway Traders", 50), "OUT_OF_SCOPE", null, false);
        data.template(faraway, "EMRT", "COBALT+MICA", "AWAITING", null);
        return new KnownEmrtCycle(cycle);
    }
}
