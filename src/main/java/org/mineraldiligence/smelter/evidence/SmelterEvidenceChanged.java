package org.mineraldiligence.smelter.evidence;

/**
 * Published in the transaction that flags a smelter or withdraws a flag, so that whoever assessed surveys
 * against the smelter (the survey feature) assesses them again before the change commits.
 *
 * @param smelterId the smelter, e.g. CID001234
 * @param flagId    the flag raised or withdrawn
 * @param withdrawn true when a flag was withdrawn, false when one was raised
 * @param by        the compliance officer who did it
 * @param why       the flag's reason, or the withdrawal's
 */
public record SmelterEvidenceChanged(String smelterId, long flagId, boolean withdrawn, String by, String why) {
}
