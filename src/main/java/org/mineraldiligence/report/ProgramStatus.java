package org.mineraldiligence.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.smelter.list.SmelterDeclarations;
import org.mineraldiligence.survey.SurveyOutcome;

/**
 * What the executive champions are shown of a cycle (the seed's "updates on the status of the program" and
 * "list of non-compliant smelters and suppliers"): the dashboard's figures, the smelters that need a plan with
 * the suppliers that declared them, the suppliers escalated or still without a valid CMRT, and the decisions taken.
 */
public record ProgramStatus(CycleDashboard dashboard, List<SmelterConcern> smelters, List<SupplierConcern> suppliers,
                            List<DecisionTaken> decisions) {

    /** A smelter of the cycle's latest valid CMRTs that is not conformant on the cycle's list, or was rated HIGH risk. */
    public record SmelterConcern(ReferenceSmelter smelter, String highRiskReason,
                                 List<SmelterDeclarations.Declaration> declaredBy) {

        public boolean isHighRisk() {
            return highRiskReason != null;
        }
    }

    /**
     * An in-scope supplier whose latest CMRT is not valid, or that was escalated to the executive champions.
     *
     * @param awaitingDecision the escalation is open: the executives' decision is still to be taken
     * @param lastDecision     the label of the latest decision taken on it in this cycle, if any
     */
    public record SupplierConcern(SupplierStatus status, String commodityManager, boolean awaitingDecision,
                                  String lastDecision) {

        public boolean isEscalated() {
            return awaitingDecision || lastDecision != null;
        }

        public boolean hasValidCmrt() {
            return status.responseState() == ResponseState.VALID;
        }

        public String outcome() {
            SurveyOutcome outcome = status.outcome();
            return outcome == null ? "in progress" : outcome.label();
        }
    }

    /** One executive decision of the cycle, with the supplier it concerns. */
    public record DecisionTaken(String supplierCode, String supplierName, String businessKey, String decision,
                                String rationale, LocalDate reviewDate, String decidedBy, Instant decidedAt) {
    }

    public long smeltersHighRisk() {
        return smelters.stream().filter(SmelterConcern::isHighRisk).count();
    }

    public long suppliersAwaitingDecision() {
        return suppliers.stream().filter(SupplierConcern::awaitingDecision).count();
    }

    public long suppliersWithoutValidCmrt() {
        return suppliers.stream().filter(s -> !s.hasValidCmrt()).count();
    }
}
