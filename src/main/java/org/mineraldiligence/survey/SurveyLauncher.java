package org.mineraldiligence.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.RequestedTemplates;
import org.mineraldiligence.cycle.SurveyLaunch;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.web.PlainText;
import org.mineraldiligence.web.PublicBaseUrl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts supplier surveys. An instance runs in the starting transaction up to "Wait for CMRT": the survey
 * request is in the outbox and the reminder and deadline timers are set when the transaction commits, with
 * no job per supplier (this halved the CPU a 5,000-supplier launch costs). Starting the same supplier twice
 * in a cycle returns the survey that exists instead of a second one.
 */
@Service
public class SurveyLauncher implements SurveyLaunch {

    public static final String PROCESS_KEY = "supplier-survey";
    /** Starts a reopened survey, and interrupts a survey waiting past its assessment (supplier-survey.bpmn). */
    public static final String RISK_RAISED_MESSAGE = "SmelterRiskRaised";

    private final SupplierSurveyRepository surveys;
    private final RuntimeService runtimeService;
    private final PublicBaseUrl baseUrl;
    private final SurveyTemplateRepository templates;
    private final Clock clock;

    SurveyLauncher(SupplierSurveyRepository surveys, RuntimeService runtimeService,
                   PublicBaseUrl baseUrl, SurveyTemplateRepository templates, Clock clock) {
        this.surveys = surveys;
        this.templates = templates;
        this.clock = clock;
        this.runtimeService = runtimeService;
        this.baseUrl = baseUrl;
    }

    /** Starts one supplier's survey asking for what its cycle collects. */
    @Transactional
    public SupplierSurvey launch(ReportingCycle cycle, Supplier supplier) {
        return launch(cycle, supplier, cycle.collects());
    }

    @Transactional
    public SupplierSurvey launch(ReportingCycle cycle, Supplier supplier, RequestedTemplates requested) {
        return launch(cycle, supplier, surveys.findByBusinessKey(SupplierSurvey.businessKeyOf(cycle, supplier)),
                requested);
    }

    /**
     * Starts the surveys of many suppliers in one transaction. The surveys they already have are looked up
     * with one query: a query per supplier made Hibernate flush-check the whole chunk every time, which
     * cost more than starting the process instances.
     */
    @Override
    @Transactional
    public void launchAll(ReportingCycle cycle, List<Supplier> suppliers,
                          Function<Supplier, RequestedTemplates> requested) {
        Map<Long, SupplierSurvey> existing = surveys.findByCycleIdAndSupplierIdIn(cycle.getId(),
                        suppliers.stream().map(Supplier::getId).toList()).stream()
                .collect(Collectors.toMap(survey -> survey.getSupplier().getId(), Function.identity()));
        suppliers.forEach(supplier -> launch(cycle, supplier, Optional.ofNullable(existing.get(supplier.getId())),
                requested.apply(supplier)));
    }

    private SupplierSurvey launch(ReportingCycle cycle, Supplier supplier, Optional<SupplierSurvey> existing,
                                  RequestedTemplates requested) {
        if (existing.isPresent() && existing.get().getProcessInstanceId() != null) {
            return existing.get();
        }
        RequestedTemplates asked = requested.within(cycle.collects());
        if (asked.isEmpty()) {
            throw new IllegalArgumentException("A survey asks for at least one template " + cycle.label()
                    + " collects; " + supplier.getCode() + " was given " + requested.describe());
        }
        SupplierSurvey survey = existing.orElseGet(() -> surveys.save(new SupplierSurvey(cycle, supplier)));
        if (templates.findBySurveyIdOrderByIdAsc(survey.getId()).isEmpty()) {
            recordRequested(survey, asked);
        }
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, survey.getBusinessKey(),
                startVariables(cycle, supplier, survey));
        survey.setProcessInstanceId(instance.getId());
        return survey;
    }

    /**
     * Opens a survey that had ended again, at "Agree risk mitigation" (the model's start message
     * {@value #RISK_RAISED_MESSAGE}), with the variables its launch set and the new risk. The survey row then
     * names the new instance, which its steps check they belong to.
     */
    SupplierSurvey reopenForRisk(SupplierSurvey survey, Map<String, Object> risk) {
        Map<String, Object> variables = startVariables(survey.getCycle(), survey.getSupplier(), survey);
        variables.put(SurveyVariables.RESPONSE_DEADLINE, survey.getDeadline() + "T23:59:59");
        variables.putAll(risk);
        // No instance is recorded while the new one starts, as at a first launch: the steps and task listeners
        // that run during the start check the survey against the instance recorded, which would be the old one.
        survey.reopen(null);
        ProcessInstance instance = runtimeService.createMessageCorrelation(RISK_RAISED_MESSAGE)
                .processInstanceBusinessKey(survey.getBusinessKey())
                .setVariables(variables)
                .correlateStartMessage();
        survey.reopen(instance.getId());
        return survey;
    }

    /** What the survey asks for, from its rows (a survey launched before EMRT asks for the CMRT). */
    RequestedTemplates requestedOf(SupplierSurvey survey) {
        List<SurveyTemplate> rows = templates.findBySurveyIdOrderByIdAsc(survey.getId());
        if (rows.isEmpty()) {
            return RequestedTemplates.CMRT_ONLY;
        }
        boolean cmrt = rows.stream().anyMatch(row -> SurveyTemplate.CMRT.equals(row.getTemplateType()));
        return new RequestedTemplates(cmrt, rows.stream().flatMap(row -> row.mineralList().stream())
                .collect(Collectors.toSet()));
    }

    private void recordRequested(SupplierSurvey survey, RequestedTemplates asked) {
        if (asked.cmrt()) {
            templates.save(new SurveyTemplate(survey, SurveyTemplate.CMRT, null, clock.instant()));
        }
        if (asked.emrt()) {
            templates.save(new SurveyTemplate(survey, SurveyTemplate.EMRT,
                    asked.emrtMineralsText(), clock.instant()));
        }
    }

    private Map<String, Object> startVariables(ReportingCycle cycle, Supplier supplier, SupplierSurvey survey) {
        SurveyPolicy policy = cycle.policy();
        Map<String, Object> variables = new HashMap<>();
        variables.put(SurveyVariables.SURVEY_ID, survey.getId());
        variables.put(SurveyVariables.SUPPLIER_ID, supplier.getId());
        variables.put(SurveyVariables.CYCLE_ID, cycle.getId());
        variables.put(SurveyVariables.REPORTING_YEAR, cycle.getReportingYear());
        // Shown in task names and in Camunda Forms, which render text as Markdown: no links from a supplier's name.
        variables.put(SurveyVariables.SUPPLIER_NAME, PlainText.forMarkdown(supplier.getName()));
        variables.put(SurveyVariables.COMMODITY_MANAGER, supplier.getCommodityManager());
        // The deadline is the whole day the cycle names; timers read ISO 8601 text.
        variables.put(SurveyVariables.RESPONSE_DEADLINE, cycle.getResponseDeadline() + "T23:59:59");
        variables.put(SurveyVariables.REMINDER_CYCLE, policy.reminderCycle());
        variables.put(SurveyVariables.MAX_INVALID_ATTEMPTS, policy.maxInvalidAttempts());
        variables.put(SurveyVariables.INVALID_ATTEMPTS, 0);
        variables.put(SurveyVariables.REMINDERS_SENT, 0);
        variables.put(SurveyVariables.SURVEY_URL, baseUrl.get() + survey.pagePath());
        variables.put(SurveyVariables.REQUESTED_TEMPLATES, requestedOf(survey).format());
        return variables;
    }
}
