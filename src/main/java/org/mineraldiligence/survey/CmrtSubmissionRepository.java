package org.mineraldiligence.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CmrtSubmissionRepository extends JpaRepository<CmrtSubmission, Long> {

    List<CmrtSubmission> findBySurveyIdOrderByReceivedAtDescIdDesc(Long surveyId);

    List<CmrtSubmission> findBySurveyIdAndHandedToSurveyFalseOrderByReceivedAtDescIdDesc(Long surveyId);

    /** The first time the survey received exactly this file, if it did. */
    Optional<CmrtSubmission> findFirstBySurveyIdAndSha256OrderByReceivedAtAscIdAsc(Long surveyId, String sha256);

    @Query("select new org.mineraldiligence.survey.UploadUsage(count(s), coalesce(sum(s.sizeBytes), 0), min(s.receivedAt))"
            + " from CmrtSubmission s where s.survey.id = :surveyId and s.receivedAt >= :since")
    UploadUsage usageSince(@Param("surveyId") Long surveyId, @Param("since") Instant since);
}
