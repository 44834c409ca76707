package org.mineraldiligence.portal;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PortalTokenRepository extends JpaRepository<PortalToken, Long> {

    @EntityGraph(attributePaths = {"survey", "survey.supplier", "survey.cycle"})
    Optional<PortalToken> findByTokenHash(String tokenHash);
}
