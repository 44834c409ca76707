package org.mineraldiligence.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyTemplateRepository extends JpaRepository<SurveyTemplate, Long> {

    List<SurveyTemplate> findBySurveyIdOrderByIdAsc(Long surveyId);

    Optional<SurveyTemplate> findBySurveyIdAndTemplateType(Long surveyId, String templateType);
}
