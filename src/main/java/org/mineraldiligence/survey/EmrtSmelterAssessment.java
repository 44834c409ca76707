package org.mineraldiligence.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mineraldiligence.cmrt.CmrtJson;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.SmelterRow;
import org.mineraldiligence.smelter.CanonicalStatus;
import org.mineraldiligence.smelter.DeclaredSmelter;
import org.mineraldiligence.smelter.MatchResult;
import org.mineraldiligence.smelter.MatchingThresholds;
import org.mineraldiligence.smelter.ReferenceList;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.smelter.RmiLookupNames;
import org.mineraldiligence.smelter.SmelterAssessmentRepository;
import org.mineraldiligence.smelter.SmelterAssessmentRow;
import org.mineraldiligence.smelter.SmelterMatcher;
import org.mineraldiligence.smelter.SmelterReference;
import org.mineraldiligence.smelter.risk.SmelterRisk;
import org.springframework.stereotype.Component;

/**
 * Assesses the Smelter List of a survey's EMRT, once it is in hand (state VALID or ACCEPTED), against the newest
 * EMRT look-up list: every row is matched among the refiners of its own extended mineral only, and a matched
 * refiner is rated by the same smelter-risk decision as a 3TG smelter. The rows go to smelter_assessment under
 * the EMRT's submission with the metal column "EMRT:Cobalt" (see {@link #METAL_PREFIX}), which no 3TG metal
 * reads as. Without an EMRT list every refiner goes to review: nothing is matched against guesses.
 */
@Component
class EmrtSmelterAssessment {

    /** The metal column of an EMRT row: this prefix and the mineral's label ("EMRT:Cobalt"). */
    static final String METAL_PREFIX = SurveyTemplate.EMRT_METAL_PREFIX;
    /** The width of smelter_assessment.metal. */
    private static final int METAL_WIDTH = 20;
    /** The width of smelter_assessment.risk_reason. */
    private static final int MAX_REASON = 4000;
    private static final SmelterMatcher NO_LIST = new SmelterMatcher(
            new ReferenceList("no EMRT look-up imported", LocalDate.EPOCH, "none", List.of()),
            MatchingThresholds.DEFAULT, RmiLookupNames.NONE);

    private final SurveyTemplateRepository templates;
    private final SmelterAssessmentRepository assessments;
    private final SmelterReference reference;

    EmrtSmelterAssessment(SurveyTemplateRepository templates, SmelterAssessmentRepository assessments,
                          SmelterReference reference) {
        this.templates = templates;
        this.assessments = assessments;
        this.reference = reference;
    }

    /** The survey's EMRT rows, assessed and stored; none when no EMRT was asked or none is in hand. */
    List<SmelterAssessmentRow> assess(SupplierSurvey survey) {
        Optional<CmrtSubmission> emrt = templates.findBySurveyIdAndTemplateType(survey.getId(), SurveyTemplate.EMRT)
                .filter(t -> t.getState().settled() && t.getSubmission() != null)
                .map(SurveyTemplate::getSubmission)
                .filter(s -> SurveyTemplate.EMRT.equals(s.getTemplateType()));
        if (emrt.isEmpty()) {
            return List.of();
        }
        long submissionId = emrt.get().getId();
        assessments.deleteBySubmissionId(submissionId);
        Optional<SmelterReference.ListInUse> list = reference.forEmrt();
        SmelterMatcher matcher = list.map(SmelterReference.ListInUse::matcher).orElse(NO_LIST);
        List<SmelterAssessmentRow> rows = new ArrayList<>();
        for (SmelterRow declared : CmrtJson.read(emrt.get().getCheckJson()).smelters()) {
            rows.add(assess(submissionId, declared, matcher));
        }
        assessments.saveAll(rows);
        return rows;
    }

    private SmelterAssessmentRow assess(long submissionId, SmelterRow declared, SmelterMatcher matcher) {
        ExtendedMineral mineral = ExtendedMineral.fromText(declared.metal());
        String name = SmelterAssessment.declaredName(declared);
        MatchResult match = mineral == null ? null : matcher.match(DeclaredSmelter.ofExtended(mineral, name,
                declared.country(), declared.smelterId(), SmelterAssessment.otherCells(declared)));
        SmelterAssessmentRow row = new SmelterAssessmentRow(submissionId, declared.row(), metalColumn(declared, mineral),
                name, declared.country(), declared.smelterId(), match);
        if (match != null && match.isMatched()) {
            matcher.reference().byId(match.smelterId()).ifPresent(refiner -> {
                SmelterRisk risk = reference.rate(refiner, "Yes".equalsIgnoreCase(declared.recycled()));
                row.assess(refiner.status().canonical().name(), risk.level().name(),
                        withStatusNote(risk.reason(), refiner, matcher.reference()));
            });
        }
        return row;
    }

    /** "EMRT:Cobalt"; a row whose metal is no EMRT mineral keeps what it said, cut to the column. */
    static String metalColumn(SmelterRow declared, ExtendedMineral mineral) {
        String text = mineral != null ? mineral.label() : declared.metal() == null ? "" : declared.metal().strip();
        String column = METAL_PREFIX + text;
        return column.length() > METAL_WIDTH ? column.substring(0, METAL_WIDTH) : column;
    }

    /** An EMRT look-up states no RMI status: the reason says so rather than let "not in the program" mislead. */
    private static String withStatusNote(String reason, ReferenceSmelter refiner, ReferenceList list) {
        if (refiner.status().canonical() != CanonicalStatus.UNKNOWN) {
            return reason;
        }
        String noted = reason + " (RMI status not stated in the EMRT " + list.emrtRevision().orElse("")
                + " Smelter Look-up; not taken as conformant)";
        return noted.length() > MAX_REASON ? noted.substring(0, MAX_REASON - 1) + "…" : noted;
    }
}
