package org.mineraldiligence.smelter.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.smelter.CanonicalStatus;

/** The whole smelter risk table, evaluated by the standalone DMN engine over every combination of inputs. */
class SmelterRiskDecisionTest {

    private static final List<String> HIT_RULES = new ArrayList<>();
    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        DefaultDmnEngineConfiguration config =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        config.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
            @Override
            public void notify(DmnDecisionTableEvaluationEvent event) {
                event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(HIT_RULES::add);
            }
        }));
        engine = config.buildEngine();
        try (InputStream in = SmelterRiskDecisionTest.class.getResourceAsStream(SmelterRiskDecision.RESOURCE)) {
            decision = engine.parseDecision(SmelterRiskDecision.DECISION_KEY, in);
        }
    }

    private static DmnDecisionTableResult evaluate(SmelterRiskInput input) {
        return engine.evaluateDecisionTable(decision, input.toVariables());
    }

    private static List<SmelterRiskInput> everyCombination() {
        List<SmelterRiskInput> all = new ArrayList<>();
        for (CountryCategory category : CountryCategory.values()) {
            for (CanonicalStatus status : CanonicalStatus.values()) {
                for (boolean evidence : new boolean[] {false, true}) {
                    for (boolean recycled : new boolean[] {false, true}) {
                        all.add(new SmelterRiskInput(category, status, evidence, recycled));
                    }
                }
            }
        }
        return all;
    }

    @Test
    void everyCombinationOfInputsGetsExactlyOneRiskLevelWithAReason() {
        for (SmelterRiskInput input : everyCombination()) {
            DmnDecisionTableResult result = evaluate(input);
            assertThat(result).as(input.toString()).hasSize(1);
            assertThat(result.getSingleResult().<String>getEntry("riskLevel")).isIn("HIGH", "MEDIUM", "LOW");
            assertThat(result.getSingleResult().<String>getEntry("reason")).isNotBlank();
        }
    }

    @Test
    void everyRuleDecidesAtLeastOneCombination() {
        HIT_RULES.clear();
        everyCombination().forEach(SmelterRiskDecisionTest::evaluate);
        Set<String> ruleIds = new HashSet<>();
        ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().forEach(r -> ruleIds.add(r.getId()));
        assertThat(new HashSet<>(HIT_RULES)).containsExactlyInAnyOrderElementsOf(ruleIds);
    }

    @Test
    void firstHitPolicyLetsEvidenceOutweighAConformantAudit() {
        assertThat(((DmnDecisionTableImpl) decision.getDecisionLogic()).getHitPolicyHandler().getHitPolicyEntry()
                .getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        // Both the evidence rule and the conformant rule match; the earlier rule wins.
        SmelterRisk risk = new SmelterRiskDecision(engine)
                .evaluate(new SmelterRiskInput(CountryCategory.L1, CanonicalStatus.CONFORMANT, true, false));
        assertThat(risk.level()).isEqualTo(SmelterRisk.RiskLevel.HIGH);
        assertThat(risk.reason()).containsIgnoringCase("evidence");
    }

    @Test
    void conformantSmelterInTheDrcRegionIsLowRiskBecauseTheAuditCoversItsSourcing() {
        assertThat(level(CountryCategory.L3, CanonicalStatus.CONFORMANT, false, false)).isEqualTo("LOW");
    }

    @Test
    void smelterInTheDrcRegionOutsideTheAuditProgramIsHighRisk() {
        assertThat(level(CountryCategory.L3, CanonicalStatus.NOT_ENROLLED, false, false)).isEqualTo("HIGH");
        assertThat(level(CountryCategory.L3, CanonicalStatus.ACTIVE, false, false)).isEqualTo("MEDIUM");
    }

    @Test
    void transitCountrySmelterOutsideTheAuditProgramIsHighRisk() {
        assertThat(level(CountryCategory.L2, CanonicalStatus.IN_COMMUNICATION, false, false)).isEqualTo("HIGH");
        assertThat(level(CountryCategory.L2, CanonicalStatus.ACTIVE, false, false)).isEqualTo("MEDIUM");
    }

    @Test
    void failedAuditIsHighRiskWhereverTheSmelterIs() {
        assertThat(level(CountryCategory.UNLISTED, CanonicalStatus.NON_CONFORMANT, false, false)).isEqualTo("HIGH");
        assertThat(level(CountryCategory.L1, CanonicalStatus.DUE_DILIGENCE_REVIEW_UNABLE_TO_PROCEED, false, true))
                .isEqualTo("HIGH");
    }

    @Test
    void farFromTheCoveredCountriesNotEnrolledIsMediumAndAuditedIsLow() {
        assertThat(level(CountryCategory.L1, CanonicalStatus.NOT_ENROLLED, false, false)).isEqualTo("MEDIUM");
        assertThat(level(CountryCategory.UNLISTED, CanonicalStatus.ACTIVE, false, false)).isEqualTo("LOW");
    }

    @Test
    void recycledSourceCountsOnlyWhenAnAuditIsUnderWay() {
        assertThat(level(CountryCategory.L3, CanonicalStatus.ACTIVE, false, true)).isEqualTo("LOW");
        assertThat(level(CountryCategory.L1, CanonicalStatus.UNKNOWN, false, true)).isEqualTo("MEDIUM");
        assertThat(level(CountryCategory.L3, CanonicalStatus.UNKNOWN, false, true)).isEqualTo("HIGH");
    }

    @Test
    void ceasedFacilityIsMediumSoTheSupplierUpdatesItsList() {
        assertThat(level(CountryCategory.L3, CanonicalStatus.CEASED_OPERATIONS, false, false)).isEqualTo("MEDIUM");
    }

    private static String level(CountryCategory category, CanonicalStatus status, boolean evidence, boolean recycled) {
        return evaluate(new SmelterRiskInput(category, status, evidence, recycled)).getSingleResult()
                .getEntry("riskLevel");
    }
}
