package org.mineraldiligence.cmrt;

import java.util.Map;

/**
 * The answers for one metal, keyed Q1..Q8 in the 6.x meaning (older templates are mapped; a question
 * the template did not ask is absent). Values are the canonical list value, e.g. "100%" even when the
 * cell held the number 1; null when blank.
 */
public record MetalDeclaration(boolean inScope, Map<String, String> answers) {
}
