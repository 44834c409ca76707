package org.mineraldiligence.smelter.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * Evaluates {@code bpmn/smelter-risk.dmn} with the standalone DMN engine, for work without a process engine
 * (the decision table's own tests). The application evaluates the same decision (key {@value #DECISION_KEY})
 * through Camunda's DecisionService ({@code SmelterReference}), so that its history is kept.
 */
public final class SmelterRiskDecision {

    public static final String RESOURCE = "/bpmn/smelter-risk.dmn";
    public static final String DECISION_KEY = "smelterRisk";

    private final DmnEngine engine;
    private final DmnDecision decision;

    public SmelterRiskDecision() {
        this(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine());
    }

    public SmelterRiskDecision(DmnEngine engine) {
        this.engine = engine;
        try (InputStream in = SmelterRiskDecision.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            this.decision = engine.parseDecision(DECISION_KEY, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SmelterRisk evaluate(SmelterRiskInput input) {
        DmnDecisionResultEntries result = engine.evaluateDecision(decision, input.toVariables()).getSingleResult();
        return new SmelterRisk(SmelterRisk.RiskLevel.valueOf(result.getEntry("riskLevel")),
                result.getEntry("reason"));
    }
}
