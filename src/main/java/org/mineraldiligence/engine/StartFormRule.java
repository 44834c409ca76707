package org.mineraldiligence.engine;

import java.util.List;
import java.util.Map;

/**
 * A rule of one start form that spans several of its fields (a choice and the boxes it needs ticked), which
 * the form's own field rules cannot state. {@link StartFormGuard} applies it with those, before the process
 * starts, and refuses the start (400) with each problem; the feature that owns the form implements it.
 */
public interface StartFormRule {

    /** The id of the Camunda Form this rule belongs to. */
    String formId();

    /** What is wrong with the values given, as the person reads it; the values are plain (no typed values). */
    List<String> problems(Map<String, Object> values);
}
