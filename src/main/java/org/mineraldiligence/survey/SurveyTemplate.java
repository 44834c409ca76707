package org.mineraldiligence.survey;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cycle.RequestedTemplates;

/**
 * One template a survey asks of its supplier (the CMRT, or the EMRT with its minerals) and where it stands.
 * Only our code writes these rows: the launcher creates them, the survey's check step moves them.
 */
@Entity
public class SurveyTemplate {

    /** Template types as the checker names them ({@code templateType} of a check result). */
    public static final String CMRT = "CMRT";
    public static final String EMRT = "EMRT";
    /** How an EMRT row's mineral is written in the smelter assessment's metal column ("EMRT:Cobalt"), apart from 3TG. */
    public static final String EMRT_METAL_PREFIX = "EMRT:";

    public enum State {
        /** Nothing valid received yet. */
        AWAITING,
        /** The latest upload of this template has errors. */
        INVALID,
        /** A valid workbook of this template is in hand. */
        VALID,
        /** Invalid, and accepted as it is by the commodity manager (resolution "accept"). */
        ACCEPTED;

        public boolean settled() {
            return this == VALID || this == ACCEPTED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private SupplierSurvey survey;

    private String templateType;
    /** EMRT only: the requested minerals as {@code COBALT+MICA}. */
    private String minerals;

    @Enumerated(EnumType.STRING)
    private State state = State.AWAITING;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submission_id")
    private CmrtSubmission submission;

    private Instant updatedAt;

    protected SurveyTemplate() {
    }

    public SurveyTemplate(SupplierSurvey survey, String templateType, String minerals, Instant when) {
        this.survey = survey;
        this.templateType = templateType;
        this.minerals = minerals;
        this.updatedAt = when;
    }

    /** The latest submission of this template, and the state its check gives it. */
    public void received(CmrtSubmission submission, State state, Instant when) {
        this.submission = submission;
        this.state = state;
        this.updatedAt = when;
    }

    public Long getId() {
        return id;
    }

    public SupplierSurvey getSurvey() {
        return survey;
    }

    public String getTemplateType() {
        return templateType;
    }

    public String getMinerals() {
        return minerals;
    }

    /** The minerals an EMRT row asks about, in the EMRT's order; none for the CMRT. */
    public List<ExtendedMineral> mineralList() {
        if (minerals == null || minerals.isBlank()) {
            return List.of();
        }
        return new RequestedTemplates(false, RequestedTemplates.mineralsOf(minerals)).emrtMineralsInOrder();
    }

    public State getState() {
        return state;
    }

    public CmrtSubmission getSubmission() {
        return submission;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
