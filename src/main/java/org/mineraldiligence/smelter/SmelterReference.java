package org.mineraldiligence.smelter;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.mineraldiligence.engine.CurrentUser;
import org.mineraldiligence.smelter.evidence.EvidenceFlag;
import org.mineraldiligence.smelter.evidence.EvidenceFlags;
import org.mineraldiligence.smelter.list.ImportedList;
import org.mineraldiligence.smelter.list.ReferenceLists;
import org.mineraldiligence.smelter.risk.CountryRiskTable;
import org.mineraldiligence.smelter.risk.SmelterRisk;
import org.mineraldiligence.smelter.risk.SmelterRiskDecision;
import org.mineraldiligence.smelter.risk.SmelterRiskInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reference data surveys are assessed against: the stored list a cycle uses with its matcher, the
 * evidence flags, the country risk table and the risk decision. Matchers are built once per list and shared
 * (they are immutable); a list whose aliases change gets a new matcher.
 */
@Service
public class SmelterReference {

    /** The width of smelter_assessment.risk_reason. */
    private static final int MAX_REASON = 4000;

    private final ReferenceLists lists;
    private final EvidenceFlags evidence;
    private final Map<Long, SmelterMatcher> matchers = new ConcurrentHashMap<>();
    private final CountryRiskTable countries = CountryRiskTable.bundled();
    private final DecisionService decisions;
    private final IdentityService identity;

    SmelterReference(ReferenceLists lists, EvidenceFlags evidence, DecisionService decisions,
                     IdentityService identity) {
        this.lists = lists;
        this.evidence = evidence;
        this.decisions = decisions;
        this.identity = identity;
    }

    /** A stored list and the matcher over it. */
    public record ListInUse(long listId, SmelterMatcher matcher) {
        public ReferenceList list() {
            return matcher.reference();
        }
    }

    /** The list the cycle was pinned to, else the newest list. */
    public ListInUse forCycle(long cycleId) {
        ImportedList list = lists.forCycle(cycleId)
                .orElseThrow(() -> new IllegalStateException("no smelter reference list has been imported"));
        return new ListInUse(list.getId(), matcher(list.getId()));
    }

    /** The newest EMRT look-up list with its matcher; empty until one is imported. */
    public Optional<ListInUse> forEmrt() {
        return lists.newestEmrt().map(list -> new ListInUse(list.getId(), matcher(list.getId())));
    }

    public SmelterMatcher matcher(long listId) {
        return matchers.computeIfAbsent(listId, id -> new SmelterMatcher(lists.load(id)));
    }

    /** Forgets a list's matcher when the current transaction, which changed the list's aliases, commits. */
    public void listChanged(long listId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    matchers.remove(listId);
                }
            });
        } else {
            matchers.remove(listId);
        }
    }

    /**
     * The smelter's risk by smelter-risk.dmn. Active evidence flags are the decision's conflict-evidence input,
     * and their reasons follow the decision's reason so that whoever reads the risk sees what the evidence is.
     */
    public SmelterRisk rate(ReferenceSmelter smelter, boolean recycledOrScrap) {
        List<EvidenceFlag> flags = evidence.active(smelter.smelterId());
        SmelterRisk risk = evaluate(SmelterRiskInput.forSmelter(smelter, countries)
                .conflictEvidence(!flags.isEmpty()).recycledOrScrap(recycledOrScrap).build());
        if (flags.isEmpty()) {
            return risk;
        }
        String reasons = flags.stream()
                .map(f -> f.getReason() + " (flagged by " + f.getFlaggedBy() + " on "
                        + f.getFlaggedAt().atZone(ZoneId.systemDefault()).toLocalDate() + ")")
                .collect(Collectors.joining("; "));
        String reason = risk.reason() + ": " + reasons;
        return new SmelterRisk(risk.level(),
                reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason);
    }

    public CountryRiskTable countries() {
        return countries;
    }

    /**
     * Evaluates the deployed decision through the engine, so that every evaluation is in its decision history
     * (Cockpit, /engine-rest/history/decision-instance). It runs as the application: a rating may follow a
     * colleague's task completion, and no role holds the right to evaluate decisions itself.
     */
    SmelterRisk evaluate(SmelterRiskInput input) {
        DmnDecisionResultEntries result = CurrentUser.asApplication(identity, () -> decisions
                .evaluateDecisionByKey(SmelterRiskDecision.DECISION_KEY)
                .variables(input.toVariables()).evaluate().getSingleResult());
        return new SmelterRisk(SmelterRisk.RiskLevel.valueOf(result.getEntry("riskLevel")),
                result.getEntry("reason"));
    }
}
