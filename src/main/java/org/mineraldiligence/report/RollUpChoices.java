package org.mineraldiligence.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mineraldiligence.cmrt.template.AnswerLists;
import org.mineraldiligence.cmrt.Metal;

/**
 * What the process owner settles on the preview before the consolidated CMRT is written: the template's language
 * (Declaration!D3) and the per-metal answers, prefilled from the {@link ProposedAnswer}s. Form fields are named
 * {@code answer-GOLD-1} … {@code answer-TUNGSTEN-8}; anything outside the template's vocabulary is refused.
 */
public record RollUpChoices(String language, Map<Metal, Map<Integer, String>> answers) {

    public static final String ENGLISH = "English";

    static RollUpChoices proposed(Map<Metal, Map<Integer, ProposedAnswer>> proposals) {
        Map<Metal, Map<Integer, String>> answers = new EnumMap<>(Metal.class);
        proposals.forEach((metal, byQuestion) -> {
            Map<Integer, String> values = new TreeMap<>();
            byQuestion.forEach((q, p) -> values.put(q, p.value()));
            answers.put(metal, values);
        });
        return new RollUpChoices(ENGLISH, answers);
    }

    static RollUpChoices fromForm(Map<String, String> form) {
        Map<Metal, Map<Integer, String>> answers = new EnumMap<>(Metal.class);
        for (Metal metal : Metal.values()) {
            Map<Integer, String> values = new TreeMap<>();
            for (int q = 1; q <= 8; q++) {
                String value = form.get(field(metal, q));
                values.put(q, value == null || value.isBlank() ? null : value.strip());
            }
            answers.put(metal, values);
        }
        String language = form.get("language");
        return new RollUpChoices(language == null || language.isBlank() ? ENGLISH : language.strip(), answers);
    }

    public static String field(Metal metal, int question) {
        return "answer-" + metal.name() + "-" + question;
    }

    public String answer(Metal metal, int question) {
        return answers.getOrDefault(metal, Map.of()).get(question);
    }

    /** Q2 counts once Q1 is Yes, Q3..Q8 once both are. */
    public boolean asked(Metal metal, int question) {
        return question == 1 || "Yes".equals(answer(metal, 1)) && (question == 2 || "Yes".equals(answer(metal, 2)));
    }

    /** The answers as the workbook gets them: a question the CMRT skips is left blank. */
    Map<Metal, Map<Integer, String>> written() {
        Map<Metal, Map<Integer, String>> written = new EnumMap<>(Metal.class);
        for (Metal metal : Metal.values()) {
            Map<Integer, String> values = new TreeMap<>();
            for (int q = 1; q <= 8; q++) {
                values.put(q, asked(metal, q) ? answer(metal, q) : null);
            }
            written.put(metal, values);
        }
        return written;
    }

    /** What is missing or not in the template's vocabulary, in the words the preview shows. */
    List<String> problems(List<String> languages) {
        List<String> problems = new ArrayList<>();
        if (!languages.contains(language)) {
            problems.add("Choose one of the template's languages.");
        }
        for (Metal metal : Metal.values()) {
            for (int q = 1; q <= 8; q++) {
                String value = answer(metal, q);
                if (!asked(metal, q)) {
                    continue;
                }
                if (value == null) {
                    problems.add("Answer question " + q + " for " + metal.label() + ".");
                } else if (!AnswerLists.forQuestion(q).contains(value)) {
                    problems.add("Question " + q + " for " + metal.label() + " takes one of: "
                            + String.join(", ", AnswerLists.forQuestion(q)) + ".");
                }
            }
        }
        return problems;
    }
}
