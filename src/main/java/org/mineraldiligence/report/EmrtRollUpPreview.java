package org.mineraldiligence.report;

import java.util.List;
import java.util.Map;

import org.mineraldiligence.cmrt.ExtendedMineral;

/**
 * Everything the consolidated EMRT would say before it is written: the minerals it declares, the answers with
 * their basis, how many smelters/processors and mines it lists, and from how many suppliers' EMRTs.
 *
 * @param problem why there is nothing to consolidate, or null
 */
public record EmrtRollUpPreview(String problem, int suppliers, List<ExtendedMineral> minerals,
                                Map<ExtendedMineral, Map<Integer, ProposedAnswer>> proposals, int smelters, int mines) {

    public List<String> questions() {
        return EmrtRollUpAnswers.QUESTIONS;
    }
}
