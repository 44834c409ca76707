package org.mineraldiligence.engine.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.cycle.CycleVariables;
import org.mineraldiligence.escalation.EscalationVariables;
import org.mineraldiligence.grievance.GrievanceVariables;
import org.mineraldiligence.survey.SurveyVariables;

/** The rules the task write guard reads from our Camunda Forms, checked on the forms as deployed. */
class TaskFormsTest {

    final TaskForms forms = TaskForms.fromClassPath();

    /** Each process's user tasks, read from its model, against the names only that process's steps write. */
    @Test
    void noTaskFormDeclaresAVariableOnlyOurStepsMayWrite() {
        Map<String, Set<String>> protectedByProcess = Map.of(
                "supplier-survey", SurveyVariables.WRITTEN_BY_STEPS,
                "executive-escalation", union(SurveyVariables.WRITTEN_BY_STEPS, EscalationVariables.WRITTEN_BY_STEPS),
                "grievance", GrievanceVariables.WRITTEN_BY_STEPS,
                "reporting-cycle", CycleVariables.WRITTEN_BY_STEPS);
        assertThat(union(protectedByProcess.values().toArray(Set[]::new)))
                .contains("surveyId", "submissionId", "grievanceId", "grievanceUrl", "cycleId", "programStrength");
        int checked = 0;
        for (File file : new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            for (Process process : model.getModelElementsByType(Process.class)) {
                Set<String> protectedNames = protectedByProcess.get(process.getId());
                assertThat(protectedNames).as("variables class for " + process.getId()).isNotNull();
                for (UserTask task : userTasksOf(process)) {
                    TaskForm form = forms.byId(task.getCamundaFormRef()).orElseThrow(
                            () -> new AssertionError(task.getId() + " has no Camunda Form under forms/"));
                    assertThat(form.fields().keySet()).as(process.getId() + " / " + form.id())
                            .doesNotContainAnyElementsOf(protectedNames);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(11);
    }

    /** The process's user tasks, those inside its embedded subprocesses too. */
    private static List<UserTask> userTasksOf(BaseElement scope) {
        List<UserTask> tasks = new ArrayList<>(scope.getChildElementsByType(UserTask.class));
        scope.getChildElementsByType(SubProcess.class).forEach(sub -> tasks.addAll(userTasksOf(sub)));
        return tasks;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        return Stream.of(sets).flatMap(Set::stream).collect(Collectors.toSet());
    }

    @Test
    void aCompletionGivesOnlyTheFormsFieldsWithValuesTheFormOffers() {
        TaskForm mitigation = forms.byId("agree-risk-mitigation").orElseThrow();

        assertThat(mitigation.problems(Map.of("mitigation", "ACCEPT", "acceptanceReason", "Confirmed by phone"), true))
                .isEmpty();
        assertThat(mitigation.problems(Map.of("mitigation", "ACCEPT", "acceptanceReason", "Confirmed by phone",
                "surveyId", 42L), true)).containsExactly("'surveyId' is not a field of the form agree-risk-mitigation");
        assertThat(mitigation.problems(Map.of("mitigation", "SHRUG", "acceptanceReason", "Confirmed by phone"), true))
                .anySatisfy(problem -> assertThat(problem).contains("must be one of PRODUCT_CMRT, REMOVE_SMELTER, ACCEPT"));
        assertThat(mitigation.problems(Map.of("mitigation", "ACCEPT", "acceptanceReason", "ok"), true))
                .singleElement().asString().contains("at least 10 characters");
    }

    @Test
    void aFieldIsRequiredOnlyWhileTheFormShowsIt() {
        TaskForm mitigation = forms.byId("agree-risk-mitigation").orElseThrow();
        Map<String, Object> corrective = new HashMap<>(Map.of("mitigation", "PRODUCT_CMRT", "mitigationNote", "Send one per part"));

        assertThat(mitigation.problems(corrective, true)).singleElement().asString()
                .contains("'correctiveActionDays'").contains("is required");
        corrective.put("correctiveActionDays", 400L);
        assertThat(mitigation.problems(corrective, true)).singleElement().asString().contains("between 1 and 365");
        corrective.put("correctiveActionDays", 30L);
        assertThat(mitigation.problems(corrective, true)).isEmpty();
        // Writing a draft value outside a completion asks for nothing else.
        assertThat(mitigation.problems(Map.of("mitigationNote", "Draft note for later"), false)).isEmpty();
    }

    @Test
    void datesAndBooleansMustHaveTheirForm() {
        TaskForm contact = forms.byId("contact-unresponsive-supplier").orElseThrow();
        assertThat(contact.problems(Map.of("contactOutcome", "WILL_RESPOND", "responseDeadline", "next Friday"), true))
                .singleElement().asString().contains("must be a date like 2026-12-31");
        assertThat(contact.problems(Map.of("contactOutcome", "WILL_RESPOND", "responseDeadline", "2026-12-31"), true))
                .isEmpty();
        TaskForm scope = forms.byId("confirm-scope").orElseThrow();
        assertThat(scope.problems(Map.of("scopeConfirmed", "yes"), true)).singleElement().asString()
                .contains("must be true or false");
    }

    @Test
    void anExpressionOfAnotherShapeMakesItsFieldOptional() {
        assertThat(HideCondition.parse("=mitigation = \"ACCEPT\"")).isEqualTo(new HideCondition("mitigation", true, "ACCEPT"));
        assertThat(HideCondition.parse("=count(items) > 2")).isEqualTo(HideCondition.UNKNOWN);
        assertThat(HideCondition.UNKNOWN.hides(Map.of())).isTrue();
        assertThat(HideCondition.NEVER.hides(Map.of())).isFalse();
    }
}
