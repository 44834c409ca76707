package org.mineraldiligence.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.DelegateExecution;
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
 * accounted for: matched, under review, or not yet identified.
 */
@Component("smelterAssessment")
public class SmelterAssessment {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CmrtSubmissionRepository submissions;
    private final SmelterAssessmentRepository assessments;
    private final SmelterReference reference;

    SmelterAssessment(CmrtSubmissionRepository submissions, SmelterAssessmentRepository assessments,
                      SmelterReference reference) {
        this.submissions = submissions;
        this.assessments = assessments;
        this.reference = reference;
    }

    @Transactional
    public void assess(DelegateExecution execution) {
        CmrtSubmission submission = SurveyVariables.submission(execution, submissions);
        long submissionId = submission.getId();
        assessments.deleteBySubmissionId(submissionId);
        SmelterReference.ListInUse list = reference.forCycle(submission.getSurvey().getCycle().getId());
        List<SmelterAssessmentRow> rows = new ArrayList<>();
        for (SmelterRow declared : smelterRows(submission.getCheckJson())) {
            rows.add(assess(submissionId, declared, list));
        }
        assessments.saveAll(rows);
        List<SmelterAssessmentRow> highRisk = rows.stream().filter(SmelterAssessmentRow::isHighRisk).toList();
        List<SmelterAssessmentRow> review = rows.stream().filter(SmelterAssessmentRow::isUnderReview).toList();
        execution.setVariable(SurveyVariables.HIGH_RISK_SMELTERS, highRisk.size());
        execution.setVariable(SurveyVariables.UNMATCHED_SMELTERS, review.size());
        execution.setVariable(SurveyVariables.RISKS_FOUND, !highRisk.isEmpty() || !review.isEmpty());
        execution.setVariable(SurveyVariables.RISK_SUMMARY, summary(highRisk, review));
    }

    private SmelterAssessmentRow assess(long submissionId, SmelterRow declared, SmelterReference.ListInUse list) {
        Optional<Metal> metal = Metal.parse(declared.metal());
        String name = declared.name() != null && !declared.name().isBlank() ? declared.name() : declared.lookupName();
        MatchResult match = metal.map(m -> list.matcher().match(
                new DeclaredSmelter(m, name, declared.country(), declared.smelterId()))).orElse(null);
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

    private static List<SmelterRow> smelterRows(String checkJson) {
        List<SmelterRow> rows = new ArrayList<>();
        try {
            for (JsonNode node : JSON.readTree(checkJson).path("smelters")) {
                rows.add(JSON.treeToValue(node, SmelterRow.class));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored check result is not JSON", e);
        }
        return rows;
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
