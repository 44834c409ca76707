package org.mineraldiligence.smelter.risk;

/** The outcome of the smelter risk decision: a level and a reason a person can read. */
public record SmelterRisk(RiskLevel level, String reason) {

    public enum RiskLevel { HIGH, MEDIUM, LOW }
}
