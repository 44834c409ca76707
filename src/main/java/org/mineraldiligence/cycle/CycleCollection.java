package org.mineraldiligence.cycle;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.engine.StartFormRule;
import org.springframework.stereotype.Component;

/**
 * What the start form says a cycle collects: {@code collects} is CMRT, EMRT or CMRT_AND_EMRT (none given:
 * CMRT, as every cycle before the EMRT), and one check box per EMRT mineral ({@code emrtCobalt}, …). The form's
 * field rules refuse other values and undeclared variables; the rule across fields (the EMRT needs a mineral,
 * the CMRT alone none) is this class, which the start form guard applies before a person's start (400) and
 * "Create reporting cycle" again for starts by our own code.
 */
@Component
public class CycleCollection implements StartFormRule {

    static final String FORM_ID = "reporting-cycle-start";

    /** The start form's {@code collects} values. */
    public enum Kind { CMRT, EMRT, CMRT_AND_EMRT }

    @Override
    public String formId() {
        return FORM_ID;
    }

    @Override
    public List<String> problems(Map<String, Object> values) {
        try {
            read(values::get);
            return List.of();
        } catch (IllegalArgumentException refused) {
            return List.of(refused.getMessage());
        }
    }

    static RequestedTemplates of(VariableScope start) {
        return read(start::getVariable);
    }

    private static RequestedTemplates read(Function<String, Object> variables) {
        Kind kind = kind(variables.apply("collects"));
        Set<ExtendedMineral> minerals = EnumSet.noneOf(ExtendedMineral.class);
        for (ExtendedMineral mineral : ExtendedMineral.values()) {
            if (Boolean.TRUE.equals(variables.apply(variable(mineral)))) {
                minerals.add(mineral);
            }
        }
        if (kind == Kind.CMRT && !minerals.isEmpty()) {
            throw new IllegalArgumentException("EMRT minerals are chosen only for a cycle that collects the EMRT: "
                    + "choose \"EMRT\" or \"CMRT and EMRT\", or untick the minerals.");
        }
        if (kind != Kind.CMRT && minerals.isEmpty()) {
            throw new IllegalArgumentException("A cycle that collects the EMRT needs at least one mineral: tick "
                    + "cobalt, copper, graphite, lithium, mica or nickel.");
        }
        return new RequestedTemplates(kind != Kind.EMRT, minerals);
    }

    /** The start form's check box of a mineral: emrtCobalt, emrtCopper, … */
    static String variable(ExtendedMineral mineral) {
        return "emrt" + mineral.label();
    }

    private static Kind kind(Object given) {
        if (given == null || given.toString().isBlank()) {
            return Kind.CMRT;
        }
        try {
            return Kind.valueOf(given.toString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("\"collects\" must be CMRT, EMRT or CMRT_AND_EMRT.");
        }
    }
}
