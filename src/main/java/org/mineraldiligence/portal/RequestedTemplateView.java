package org.mineraldiligence.portal;

import java.util.List;
import java.util.Objects;

import org.mineraldiligence.survey.CmrtSubmission;
import org.mineraldiligence.survey.SurveyTemplate;
import org.mineraldiligence.survey.SurveyTemplates;

/**
 * One template the supplier is asked for, as its portal page shows it: what it is, where it stands and the
 * latest file that answers it. A file is checked at once on upload while the survey takes it in a moment later,
 * so a newer file than the survey's shows its own result.
 *
 * @param state     AWAITING, INVALID, VALID or ACCEPTED
 * @param latest    the newest upload of this template, or null
 * @param blankPath the portal path of its blank template, below the personal link
 */
public record RequestedTemplateView(String type, String name, String state, CmrtSubmission latest, String blankPath,
                             String blankFile) {

    static RequestedTemplateView of(SurveyTemplate row, List<CmrtSubmission> history, List<SurveyTemplate> rows,
                                    BlankCmrt blankCmrt, BlankEmrt blankEmrt) {
        CmrtSubmission latest = history.stream()
                .filter(s -> SurveyTemplates.answeredBy(s, rows).filter(r -> r.getTemplateType().equals(row.getTemplateType())).isPresent())
                .findFirst().orElse(null);
        CmrtSubmission taken = row.getSubmission();
        boolean newer = latest != null && latest.getVerdict() != null
                && (taken == null || !Objects.equals(latest.getId(), taken.getId()));
        String state = newer ? (latest.isValid() ? "VALID" : "INVALID") : row.getState().name();
        boolean emrt = SurveyTemplate.EMRT.equals(row.getTemplateType());
        return new RequestedTemplateView(row.getTemplateType(), emrt
                ? "Extended Minerals Reporting Template (EMRT) covering " + SurveyTemplates.minerals(row).replaceFirst(", ([^,]*)$", " and $1")
                : "Conflict Minerals Reporting Template (CMRT)", state, latest,
                emrt ? "template/emrt" : "template", emrt ? blankEmrt.fileName() : blankCmrt.fileName());
    }

    /** "a CMRT", "an EMRT". */
    public String article() {
        return (type.startsWith("E") ? "an " : "a ") + type;
    }
}
