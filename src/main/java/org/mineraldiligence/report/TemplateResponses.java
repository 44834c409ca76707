package org.mineraldiligence.report;

import org.mineraldiligence.survey.SurveyTemplate;

/**
 * How the in-scope suppliers asked for one template (the CMRT, the EMRT, or the EMRT for one of its minerals)
 * answered, by where each survey's template stands ({@link SurveyTemplate.State}).
 *
 * @param template  "CMRT", "EMRT" or the mineral's name ("Cobalt")
 * @param accepted  invalid, and accepted as it is by the commodity manager
 */
public record TemplateResponses(String template, long asked, long valid, long accepted, long invalid, long awaiting) {

    static TemplateResponses none(String template) {
        return new TemplateResponses(template, 0, 0, 0, 0, 0);
    }

    /** Suppliers who sent this template at least once. */
    public long received() {
        return valid + accepted + invalid;
    }

    public int receivedPercent() {
        return SurveyFigures.percent(received(), asked);
    }

    TemplateResponses plus(SurveyTemplate.State state, long count) {
        return new TemplateResponses(template, asked + count,
                valid + (state == SurveyTemplate.State.VALID ? count : 0),
                accepted + (state == SurveyTemplate.State.ACCEPTED ? count : 0),
                invalid + (state == SurveyTemplate.State.INVALID ? count : 0),
                awaiting + (state == SurveyTemplate.State.AWAITING ? count : 0));
    }
}
