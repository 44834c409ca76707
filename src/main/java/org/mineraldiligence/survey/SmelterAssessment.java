package org.mineraldiligence.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.mineraldiligence.cmrt.CmrtJson;
import org.mineraldiligence.cmrt.SmelterRow;
import org.mineraldiligence.smelter.DeclaredSmelter;
import org.mineraldiligence.smelter.MatchResult;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.smelter.SmelterAssessmentRepository;
import org.mineraldiligence.smelter.SmelterAssessmentRow;
import org.mineraldiligence.smelter.SmelterReference;
import org.mineraldiligence.smelter.risk.SmelterRisk;
import org.mineraldiligence.web.PlainText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey's "Assess smelters" step: matches every Smelter List row of the latest submission to the
 * reference list and gives each matched smelter a risk level from smelter-risk.dmn. Every row is
 * accounted for: matched, under review, or not yet identified. When the survey asked for an EMRT too and it is
 * in hand (valid or accepted), its refiners are assessed as well ({@link EmrtSmelterAssessment}), and the risk
 * variables count both; an EMRT submission is never assessed as a CMRT.
 */
@Component
public class SmelterAssessment {

    private final CmrtSubmissionRepository submissions;
    private final SmelterAssessmentRepository assessments;
    private final SmelterReference reference;
    private final EmrtSmelterAssessment emrt;

    SmelterAssessment(CmrtSubmissionRepository submissions, SmelterAssessmentRepository assessments,
                      SmelterReference reference, EmrtSmelterAssessment emrt) {
        this.submissions = submissions;
        this.assessments = assessments;
        this.reference = reference;
        this.emrt = emrt;
    }

    @Transactional
    public void assess(DelegateExecution execution) {
        CmrtSubmission submission = SurveyVariables.submission(execution, submissions);
        List<SmelterAssessmentRow> rows = new ArrayList<>();
        // SUBMISSION_ID is the EMRT's when no CMRT was asked: the EMRT path below assesses it, once
        if (!SurveyTemplate.EMRT.equals(submission.getTemplateType())) {
            rows.addAll(assessCmrt(submission));
        }
        rows.addAll(emrt.assess(submission.getSurvey()));
        execution.setVariables(riskVariables(rows));
    }

    private List<SmelterAssessmentRow> assessCmrt(CmrtSubmission submission) {
        long submissionId = submission.getId();
        assessments.deleteBySubmissionId(submissionId);
        SmelterReference.ListInUse list = reference.forCycle(submission.getSurvey().getCycle().getId());
        List<SmelterAssessmentRow> rows = new ArrayList<>();
        for (SmelterRow declared : CmrtJson.read(submission.getCheckJson()).smelters()) {
            rows.add(assess(submissionId, declared, list));
        }
        assessments.saveAll(rows);
        return rows;
    }

    /** The variables the model's gateway and the mitigation task read, from a submission's assessed rows. */
    static Map<String, Object> riskVariables(List<SmelterAssessmentRow> rows) {
        List<SmelterAssessmentRow> highRisk = rows.stream().filter(SmelterAssessmentRow::isHighRisk).toList();
        List<SmelterAssessmentRow> review = rows.stream().filter(SmelterAssessmentRow::isUnderReview).toList();
        Map<String, Object> variables = new HashMap<>();
        variables.put(SurveyVariables.HIGH_RISK_SMELTERS, highRisk.size());
        variables.put(SurveyVariables.UNMATCHED_SMELTERS, review.size());
        variables.put(SurveyVariables.RISKS_FOUND, !highRisk.isEmpty() || !review.isEmpty());
        variables.put(SurveyVariables.RISK_SUMMARY, summary(highRisk, review));
        return variables;
    }

    private SmelterAssessmentRow assess(long submissionId, SmelterRow declared, SmelterReference.ListInUse list) {
        Optional<Metal> metal = Metal.parse(declared.metal());
        String name = declaredName(declared);
        List<String> otherCells = otherCells(declared);
        MatchResult match = metal.map(m -> list.matcher().match(
                new DeclaredSmelter(m, name, declared.country(), declared.smelterId(), otherCells))).orElse(null);
        SmelterAssessmentRow row = new SmelterAssessmentRow(submissionId, declared.row(), declared.metal(), name,
                declared.country(), declared.smelterId(), match);
        if (match != null && match.isMatched()) {
            list.list().byId(match.smelterId()).ifPresent(smelter -> {
                SmelterRisk risk = reference.rate(smelter, "Yes".equalsIgnoreCase(declared.recycled()));
                row.assess(smelter.status().canonical().name(), risk.level().name(), risk.reason());
            });
        }
        return row;
    }

    /** The name column, else the look-up name (the template fills the name from the look-up). */
    static String declaredName(SmelterRow declared) {
        return declared.name() != null && !declared.name().isBlank() ? declared.name() : declared.lookupName();
    }

    /** A supplier may write the smelter id anywhere: the matcher also looks in the row's other cells. */
    static List<String> otherCells(SmelterRow declared) {
        return Stream.of(declared.lookupName(), declared.idSource(), declared.comments(), declared.nextSteps(),
                declared.street(), declared.city()).filter(Objects::nonNull).toList();
    }

    private static String summary(List<SmelterAssessmentRow> highRisk, List<SmelterAssessmentRow> review) {
        String high = highRisk.stream()
                .map(row -> "- High risk: " + PlainText.forMarkdown(row.getStandardName()) + " (" + row.getSmelterId()
                        + (row.getMetal() == null || row.getMetal().isBlank() ? "" : ", " + PlainText.forMarkdown(row.getMetal()))
                        + ") — " + row.getRiskReason())
                .collect(Collectors.joining("\n"));
        String unmatched = review.stream()
                .map(row -> "- Not matched: Smelter List row " + row.getRow()
                        + (row.getMetal() == null || row.getMetal().isBlank() ? "" : " (" + PlainText.forMarkdown(row.getMetal()) + ")")
                        + ": " + (row.getDeclaredName() == null || row.getDeclaredName().isBlank() ? "no smelter name given"
                                : PlainText.forMarkdown(row.getDeclaredName())))
                .collect(Collectors.joining("\n"));
        return (high + "\n" + unmatched).strip();
    }

}
