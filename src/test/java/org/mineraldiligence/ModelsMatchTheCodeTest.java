package org.mineraldiligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.mineraldiligence.escalation.ExecutiveDecision;
import org.mineraldiligence.cycle.CycleCollection;
import org.mineraldiligence.grievance.GrievanceOutcome;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.survey.SurveyOutcome;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The models name our code, and nothing but the process engine notices when a name drifts: a renamed bean or
 * method fails only when a process reaches that step, a form value spelled differently from the gateway
 * condition sends every user down the other path. This test reads every {@code bpmn/*.bpmn} and
 * {@code forms/*.form} and fails on
 * <ul>
 * <li>an expression ({@code ${bean.method(...)}}, {@code #{...}}, delegate expressions, listeners,
 * conditions) that names a bean the application context does not hold, a bean not named after its class, or
 * a public method the bean lacks (with that many arguments);</li>
 * <li>a gateway condition comparing a form field with a value the form does not offer, or a gateway that
 * tests only {@code ==} and has no path for one of the form's values;</li>
 * <li>form values and quoted step arguments that are not the constants of the Java enum they are read as.</li>
 * </ul>
 */
@H2ApplicationTest
class ModelsMatchTheCodeTest {

    /** Variables the engine itself puts into an expression's scope; everything else with a dot is a bean. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern CALL = Pattern.compile("(?<![\\w.'])([A-Za-z_]\\w*)\\s*\\.\\s*([A-Za-z_]\\w*)\\s*(\\()?");
    private static final Pattern BARE = Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s*$");
    private static final Pattern COMPARISON = Pattern.compile("([A-Za-z_]\\w*)\\s*(==|!=)\\s*'([^']*)'");
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    /** Form fields whose values the Java code reads as an enum: the two must hold the same words. */
    private static final Map<String, Class<? extends Enum<?>>> FIELD_ENUMS = Map.of(
            "executive-decision/executiveDecision", ExecutiveDecision.Kind.class,
            "investigate-grievance/outcome", GrievanceOutcome.class,
            "reporting-cycle-start/collects", CycleCollection.Kind.class);

    /** Steps whose quoted argument the Java code reads as an enum ({@code Enum.valueOf}). */
    private static final Map<String, Class<? extends Enum<?>>> ARGUMENT_ENUMS = Map.of(
            "surveyOutcomeRecorder.record", SurveyOutcome.class,
            "grievanceSteps.recordOutcome", GrievanceOutcome.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationContext context;

    @Test
    void everyModelNamesBeansMethodsAndValuesThatExist() throws Exception {
        Map<String, Map<String, List<String>>> forms = forms(Path.of("forms"));
        List<String> problems = new ArrayList<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                problems.addAll(problems(model.getFileName().toString(), Files.readString(model), forms));
            }
        }
        problems.addAll(formValuesMatchTheirEnums(forms));
        assertThat(problems).isEmpty();
    }

    /** The checks above can fail: each kind of drift, written into a copy of a real model, is reported. */
    @Test
    void driftBetweenAModelAndTheCodeIsReported() throws Exception {
        Map<String, Map<String, List<String>>> forms = forms(Path.of("forms"));
        String survey = Files.readString(Path.of("bpmn/supplier-survey.bpmn"));
        String cycle = Files.readString(Path.of("bpmn/reporting-cycle.bpmn"));

        assertThat(problems("x", cycle.replace("${reportingCycleSteps.freezeScope(", "${reportingCycle.freezeScope("), forms))
                .containsExactly("x: no bean 'reportingCycle' in ${reportingCycle.freezeScope(execution)}");
        assertThat(problems("x", cycle.replace("reportingCycleSteps.freezeScope(", "reportingCycleSteps.confirmScope("), forms))
                .containsExactly("x: ReportingCycleSteps has no public method confirmScope with 1 argument(s)"
                        + " in ${reportingCycleSteps.confirmScope(execution)}");
        assertThat(problems("x", survey.replace("${resolution == 'ESCALATE'}", "${resolution == 'ESCALATED'}"), forms))
                .contains("x: ${resolution == 'ESCALATED'} compares resolution with 'ESCALATED', which form"
                        + " resolve-invalid-cmrt does not offer (offers [ACCEPT_WITH_EXCEPTIONS, ASK_AGAIN, ESCALATE])",
                        "x: gateway Gateway_Resolution has no path for resolution = 'ESCALATE' of form resolve-invalid-cmrt");
        assertThat(problems("x", survey.replace("record(execution, &#39;SUSPENDED&#39;)", "record(execution, &#39;SUSPEND&#39;)"), forms))
                .containsExactly("x: 'SUSPEND' in ${surveyOutcomeRecorder.record(execution, 'SUSPEND')}"
                        + " is not a SurveyOutcome");
        assertThat(problems("x", survey.replace("camunda:expression=\"${cmrtCheck.check(execution)}\"",
                "camunda:delegateExpression=\"${cmrtChecker}\""), forms))
                .containsExactly("x: no bean 'cmrtChecker' in ${cmrtChecker}");

        Map<String, Map<String, List<String>>> renamed = new TreeMap<>(forms);
        renamed.put("executive-decision", Map.of("executiveDecision", List.of("CONTINUE", "SUSPEND", "END")));
        assertThat(formValuesMatchTheirEnums(renamed)).containsExactly("form executive-decision offers"
                + " executiveDecision [CONTINUE, SUSPEND, END], the code reads Kind [CONTINUE, SUSPEND, DISENGAGE]");
    }

    private List<String> problems(String name, String xml, Map<String, Map<String, List<String>>> forms) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        List<String> problems = new ArrayList<>();
        for (String expression : expressions(doc.getDocumentElement(), new ArrayList<>())) {
            problems.addAll(expressionProblems(expression).stream().map(p -> name + ": " + p).toList());
        }
        problems.addAll(gatewayProblems(doc, forms).stream().map(p -> name + ": " + p).toList());
        return problems;
    }

    /** Every ${...} and #{...} in any attribute or text of the model, with delegate expressions marked. */
    private static List<String> expressions(Element element, List<String> found) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            collect(attribute.getValue(), "delegateExpression".equals(attribute.getLocalName()), found);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e) {
                expressions(e, found);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                collect(child.getNodeValue(), false, found);
            }
        }
        return found;
    }

    private static void collect(String text, boolean delegate, List<String> found) {
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) {
            found.add((delegate ? "delegate:" : "") + m.group());
        }
    }

    private List<String> expressionProblems(String marked) {
        boolean delegate = marked.startsWith("delegate:");
        String expression = delegate ? marked.substring("delegate:".length()) : marked;
        String body = expression.substring(2, expression.length() - 1);
        List<String> problems = new ArrayList<>();
        if (delegate) {
            Matcher bare = BARE.matcher(body);
            if (bare.matches()) {
                beanProblem(bare.group(1), expression).ifPresent(problems::add);
                return problems;
            }
        }
        Matcher call = CALL.matcher(body);
        while (call.find()) {
            String bean = call.group(1);
            if (ENGINE_NAMES.contains(bean) || !Character.isLowerCase(bean.charAt(0))) {
                continue;
            }
            var missing = beanProblem(bean, expression);
            if (missing.isPresent()) {
                problems.add(missing.get());
                continue;
            }
            if (call.group(3) == null) {
                continue;
            }
            String method = call.group(2);
            List<String> arguments = arguments(body, call.end());
            Class<?> type = AopUtils.getTargetClass(context.getBean(bean));
            boolean exists = Arrays.stream(type.getMethods())
                    .anyMatch(m -> m.getName().equals(method) && m.getParameterCount() == arguments.size()
                            && Modifier.isPublic(m.getModifiers()));
            if (!exists) {
                problems.add(type.getSimpleName() + " has no public method " + method + " with " + arguments.size()
                        + " argument(s) in " + expression);
                continue;
            }
            Class<? extends Enum<?>> enumType = ARGUMENT_ENUMS.get(bean + "." + method);
            for (String argument : arguments) {
                if (enumType != null && argument.startsWith("'") && !constants(enumType).contains(unquote(argument))) {
                    problems.add(argument + " in " + expression + " is not a " + enumType.getSimpleName());
                }
            }
        }
        return problems;
    }

    /** Missing, or registered under a name other than its class's (Spring's default name). */
    private java.util.Optional<String> beanProblem(String bean, String expression) {
        if (!context.containsBean(bean)) {
            return java.util.Optional.of("no bean '" + bean + "' in " + expression);
        }
        Class<?> type = AopUtils.getTargetClass(context.getBean(bean));
        String expected = Introspector.decapitalize(type.getSimpleName());
        return expected.equals(bean) ? java.util.Optional.empty()
                : java.util.Optional.of("bean '" + bean + "' is a " + type.getSimpleName() + ": name it '" + expected
                + "' in " + expression);
    }

    /** The top-level arguments of the call whose '(' ends just before {@code from}. */
    private static List<String> arguments(String body, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && depth-- == 0) {
                break;
            } else if (!quoted && c == ',' && depth == 0) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (!current.toString().isBlank() || !arguments.isEmpty()) {
            arguments.add(current.toString().strip());
        }
        return arguments;
    }

    /** Conditions after a gateway compare form fields only with values the forms of this model offer. */
    private static List<String> gatewayProblems(Document doc, Map<String, Map<String, List<String>>> forms) {
        Map<String, String> formOfField = new LinkedHashMap<>();
        NodeList tasks = doc.getElementsByTagNameNS(BPMN, "userTask");
        for (int i = 0; i < tasks.getLength(); i++) {
            String form = ((Element) tasks.item(i)).getAttributeNS(CAMUNDA, "formRef");
            forms.getOrDefault(form, Map.of()).keySet().forEach(field -> formOfField.put(field, form));
        }
        Map<String, List<Element>> outgoing = new LinkedHashMap<>();
        NodeList flows = doc.getElementsByTagNameNS(BPMN, "sequenceFlow");
        for (int i = 0; i < flows.getLength(); i++) {
            Element flow = (Element) flows.item(i);
            outgoing.computeIfAbsent(flow.getAttribute("sourceRef"), k -> new ArrayList<>()).add(flow);
        }
        List<String> problems = new ArrayList<>();
        NodeList gateways = doc.getElementsByTagNameNS(BPMN, "exclusiveGateway");
        for (int i = 0; i < gateways.getLength(); i++) {
            Element gateway = (Element) gateways.item(i);
            Map<String, Set<String>> tested = new LinkedHashMap<>();
            boolean onlyEquals = !gateway.hasAttribute("default");
            for (Element flow : outgoing.getOrDefault(gateway.getAttribute("id"), List.of())) {
                NodeList conditions = flow.getElementsByTagNameNS(BPMN, "conditionExpression");
                String condition = conditions.getLength() == 0 ? "" : conditions.item(0).getTextContent().strip();
                Matcher m = COMPARISON.matcher(condition);
                while (m.find()) {
                    String field = m.group(1);
                    String form = formOfField.get(field);
                    if (form == null) {
                        continue;
                    }
                    List<String> offered = forms.get(form).get(field);
                    if (!offered.contains(m.group(3))) {
                        problems.add(condition + " compares " + field + " with '" + m.group(3) + "', which form " + form
                                + " does not offer (offers " + offered + ")");
                    }
                    tested.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(m.group(3));
                    onlyEquals &= "==".equals(m.group(2));
                }
            }
            if (!onlyEquals) {
                continue;
            }
            tested.forEach((field, values) -> forms.get(formOfField.get(field)).get(field).stream()
                    .filter(value -> !values.contains(value))
                    .forEach(value -> problems.add("gateway " + gateway.getAttribute("id") + " has no path for " + field
                            + " = '" + value + "' of form " + formOfField.get(field))));
        }
        return problems;
    }

    private static List<String> formValuesMatchTheirEnums(Map<String, Map<String, List<String>>> forms) {
        List<String> problems = new ArrayList<>();
        FIELD_ENUMS.forEach((formAndField, type) -> {
            String[] parts = formAndField.split("/");
            List<String> offered = forms.getOrDefault(parts[0], Map.of()).get(parts[1]);
            if (offered == null) {
                problems.add("form " + parts[0] + " has no field " + parts[1] + " with values");
            } else if (!Set.copyOf(offered).equals(Set.copyOf(constants(type)))) {
                problems.add("form " + parts[0] + " offers " + parts[1] + " " + offered + ", the code reads "
                        + type.getSimpleName() + " " + constants(type));
            }
        });
        return problems;
    }

    /** Form id → field key → the values its radio, select or checklist offers. */
    private static Map<String, Map<String, List<String>>> forms(Path folder) throws IOException {
        Map<String, Map<String, List<String>>> forms = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                Map<String, List<String>> fields = new LinkedHashMap<>();
                fieldValues(form.path("components"), fields);
                forms.put(form.path("id").asText(), fields);
            }
        }
        return forms;
    }

    private static void fieldValues(JsonNode components, Map<String, List<String>> fields) {
        for (JsonNode component : components) {
            if (component.has("key") && component.path("values").size() > 0) {
                List<String> values = new ArrayList<>();
                component.path("values").forEach(v -> values.add(v.path("value").asText()));
                fields.put(component.path("key").asText(), values);
            }
            fieldValues(component.path("components"), fields);
        }
    }

    private static List<String> constants(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    }

    private static String unquote(String argument) {
        return argument.substring(1, argument.length() - 1);
    }
}
