package org.mineraldiligence.engine.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A deployed Camunda Form: its id ({@code camunda:formRef}) and the fields a person may fill in. */
public record TaskForm(String id, Map<String, FormField> fields) {

    /**
     * Everything wrong with a set of values written to a task with this form: names the form does not declare,
     * values the form would not accept and, when the task is being completed, required fields left out.
     */
    public List<String> problems(Map<String, ?> values, boolean completing) {
        List<String> problems = new ArrayList<>();
        values.keySet().stream().filter(name -> !fields.containsKey(name)).sorted()
                .forEach(name -> problems.add("'" + name + "' is not a field of the form " + id));
        for (FormField field : fields.values()) {
            field.problem(values.get(field.key()), values, completing).ifPresent(problems::add);
        }
        return problems;
    }

    public boolean declares(String name) {
        return fields.containsKey(name);
    }
}
