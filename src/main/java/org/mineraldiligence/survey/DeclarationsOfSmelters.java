package org.mineraldiligence.survey;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.mineraldiligence.smelter.MatchDecision;
import org.mineraldiligence.smelter.SmelterAssessmentRepository;
import org.mineraldiligence.smelter.SmelterAssessmentRow;
import org.mineraldiligence.smelter.list.SmelterDeclarations;
import org.mineraldiligence.supplier.SupplierContact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The suppliers whose assessed CMRTs named a smelter, one line per survey (supplier and cycle). */
@Service
class DeclarationsOfSmelters implements SmelterDeclarations {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** CMRT Declaration!D9, as the template's dropdown words it. */
    private static final Map<String, String> SCOPES = Map.of("A", "A. Company", "B", "B. Product (or List of Products)",
            "C", "C. User defined");

    private final SmelterAssessmentRepository assessments;
    private final CmrtSubmissionRepository submissions;

    DeclarationsOfSmelters(SmelterAssessmentRepository assessments, CmrtSubmissionRepository submissions) {
        this.assessments = assessments;
        this.submissions = submissions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Declaration> of(String smelterId) {
        Map<Long, SmelterAssessmentRow> rowBySubmission = assessments
                .findBySmelterIdAndDecision(smelterId, MatchDecision.MATCHED.name()).stream()
                .collect(Collectors.toMap(SmelterAssessmentRow::getSubmissionId, row -> row, (a, b) -> a));
        // per survey, the newest submission that named the smelter
        Map<Long, CmrtSubmission> newest = new LinkedHashMap<>();
        for (CmrtSubmission submission : submissions.findAllById(rowBySubmission.keySet())) {
            newest.merge(submission.getSurvey().getId(), submission, (a, b) ->
                    NEWEST_FIRST.compare(a, b) <= 0 ? a : b);
        }
        return newest.values().stream()
                .map(submission -> declaration(submission, rowBySubmission.get(submission.getId())))
                .sorted(Comparator.comparingInt(Declaration::reportingYear).reversed()
                        .thenComparing(Declaration::supplierCode))
                .toList();
    }

    private static final Comparator<CmrtSubmission> NEWEST_FIRST = Comparator
            .comparing(CmrtSubmission::getReceivedAt).thenComparing(CmrtSubmission::getId).reversed();

    private Declaration declaration(CmrtSubmission submission, SmelterAssessmentRow row) {
        SupplierSurvey survey = submission.getSurvey();
        var supplier = survey.getSupplier();
        var contact = supplier.primaryContact();
        boolean latest = submissions.findBySurveyIdOrderByReceivedAtDescIdDesc(survey.getId()).stream()
                .filter(s -> assessments.existsBySubmissionId(s.getId()))
                .findFirst().map(s -> s.getId().equals(submission.getId())).orElse(false);
        return new Declaration(survey.getCycle().getReportingYear(), survey.getCycle().isOpen(), survey.getId(),
                supplier.getCode(), supplier.getName(), scopeOf(submission.getCheckJson()), row.getDeclaredName(),
                row.getRiskLevel(), submission.getReceivedAt(), latest, supplier.getCommodityManager(),
                contact.map(SupplierContact::getName).orElse(null),
                contact.map(SupplierContact::getEmail).orElse(null));
    }

    private static String scopeOf(String checkJson) {
        try {
            var root = JSON.readTree(checkJson);
            String scope = root.path("declarationScope").asText("");
            String description = root.path("scopeDescription").asText("");
            String label = SCOPES.getOrDefault(scope, scope.isEmpty() ? "not stated" : scope);
            return "C".equals(scope) && !description.isBlank() ? label + ": " + description : label;
        } catch (JsonProcessingException e) {
            return "unknown";
        }
    }

}
