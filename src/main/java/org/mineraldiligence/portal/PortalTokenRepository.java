package org.mineraldiligence.portal;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PortalTokenRepository extends JpaRepository<PortalToken, Long> {

    @EntityGraph(attributePaths = {"survey", "survey.supplier", "survey.cycle"})
    Optional<PortalToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from PortalToken t where t.survey.id = :surveyId")
    int deleteBySurveyId(@Param("surveyId") long surveyId);
}
