package org.mineraldiligence.report;

import java.util.List;
import java.util.Map;

import org.mineraldiligence.cmrt.Metal;

/**
 * Everything the consolidated CMRT would say before it is written: the proposed answers with their basis, the
 * smelters it lists and the languages the template offers.
 *
 * @param problem why there is nothing to consolidate, or null
 */
public record RollUpPreview(String problem, Map<Metal, Map<Integer, ProposedAnswer>> proposals, int smelters,
                            List<String> languages) {

    /** The CMRT's own question texts, shortened, for the preview's rows. */
    public static final List<String> QUESTIONS = List.of(
            "1) Is the metal intentionally added or used in your products?",
            "2) Does it remain in your products?",
            "3) Does any of it originate from the Covered Countries?",
            "4) Does any of it come from conflict-affected and high-risk areas?",
            "5) Does 100 percent of it come from recycled or scrap sources?",
            "6) What percentage of relevant suppliers have provided their data?",
            "7) Have you identified all smelters supplying it?",
            "8) Has all applicable smelter information been reported in this declaration?");

    public List<Metal> metals() {
        return List.of(Metal.values());
    }

    public List<String> choices(int question) {
        return org.mineraldiligence.cmrt.template.AnswerLists.forQuestion(question);
    }
}
