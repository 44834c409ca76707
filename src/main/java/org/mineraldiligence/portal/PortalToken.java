package org.mineraldiligence.portal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.mineraldiligence.survey.SupplierSurvey;

/** The hash of one personal portal link; the link itself exists only in the e-mail that carried it. */
@Entity
class PortalToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private SupplierSurvey survey;

    private String tokenHash;
    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected PortalToken() {
    }

    PortalToken(SupplierSurvey survey, String tokenHash) {
        this.survey = survey;
        this.tokenHash = tokenHash;
    }

    SupplierSurvey getSurvey() {
        return survey;
    }
}
