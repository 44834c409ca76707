package org.mineraldiligence.report;

import java.util.Locale;
import java.util.Optional;

import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.survey.SurveyOutcome;

/**
 * The dashboard's supplier-table filters as typed in the address; an unknown value is no filter rather than an
 * error, so an old bookmark still opens the page.
 *
 * @param outcome an outcome name, or IN_PROGRESS for surveys without one
 */
public record SupplierFilter(String outcome, ResponseState state, String program, Metal metal) {

    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final SupplierFilter NONE = new SupplierFilter(null, null, null, null);

    public static SupplierFilter parse(String outcome, String state, String program, String metal) {
        String o = upper(outcome);
        boolean knownOutcome = IN_PROGRESS.equals(o)
                || java.util.Arrays.stream(SurveyOutcome.values()).anyMatch(v -> v.name().equals(o));
        ResponseState s = java.util.Arrays.stream(ResponseState.values()).filter(v -> v.name().equals(upper(state)))
                .findFirst().orElse(null);
        String p = "STRONG".equals(upper(program)) || "WEAK".equals(upper(program)) ? upper(program) : null;
        return new SupplierFilter(knownOutcome ? o : null, s, p, Metal.parse(metal).orElse(null));
    }

    private static String upper(String text) {
        return Optional.ofNullable(text).map(t -> t.strip().toUpperCase(Locale.ROOT)).orElse(null);
    }
}
