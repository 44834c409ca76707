package org.mineraldiligence.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.smelter.ReferenceSmelter;

/**
 * This cycle's figures beside the previous reporting year's, worded as the seed words them ("increased from 301 to
 * 311 as compared to 2015, an increase of 3%"; "we surveyed 16 additional suppliers compared to the 2015 reporting
 * period"). Smelters are counted as each cycle's own report counts them.
 */
public record YearOverYear(int year, int previousYear, SurveyFigures before, SurveyFigures now,
                           IdentifiedSmelters smeltersBefore, IdentifiedSmelters smeltersNow) {

    /** One line of the comparison table; {@code change} is already worded ("+3%", "+16", "−5 points"). */
    public record Row(String figure, String previous, String current, String change, String basis) {
    }

    public String smeltersSentence() {
        int from = smeltersBefore.count();
        int to = smeltersNow.count();
        String start = "The number of identified smelters and refiners for " + year + " ";
        if (from == to) {
            return start + "remained at " + to + " as compared to " + previousYear + ".";
        }
        String direction = to > from ? "increase" : "decrease";
        String change = from == 0 ? "" : ", a" + (to > from ? "n " : " ") + direction + " of "
                + Math.abs(SurveyFigures.percent(to - from, from)) + "%";
        return start + direction + "d from " + from + " to " + to + " as compared to " + previousYear + change + ".";
    }

    public String surveyedSentence() {
        long difference = now.inScope() - before.inScope();
        if (difference == 0) {
            return "In " + year + ", we surveyed as many suppliers as in the " + previousYear + " reporting period ("
                    + now.inScope() + ").";
        }
        return "In " + year + ", we surveyed " + Math.abs(difference) + (difference > 0 ? " additional" : " fewer")
                + " suppliers compared to the " + previousYear + " reporting period.";
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Metal metal : Metal.values()) {
            int from = count(smeltersBefore, metal);
            int to = count(smeltersNow, metal);
            rows.add(new Row(metal.label() + " smelters and refiners identified", String.valueOf(from), String.valueOf(to),
                    percentChange(from, to), ids(smeltersNow, metal)));
        }
        rows.add(new Row("Smelters and refiners identified, total", String.valueOf(smeltersBefore.count()),
                String.valueOf(smeltersNow.count()), percentChange(smeltersBefore.count(), smeltersNow.count()),
                "the smelters of Appendix A"));
        rows.add(new Row("Suppliers surveyed (in scope)", String.valueOf(before.inScope()), String.valueOf(now.inScope()),
                signed(now.inScope() - before.inScope()), "suppliers in scope, not taken out of scope"));
        rows.add(new Row("Response rate", before.responsePercent() + "%", now.responsePercent() + "%",
                points(now.responsePercent() - before.responsePercent()),
                now.responded() + " of " + now.inScope() + " sent a CMRT (" + before.responded() + " of " + before.inScope()
                        + " in " + previousYear + ")"));
        rows.add(new Row("Smelters listed as conformant", smeltersBefore.conformantPercent() + "%",
                smeltersNow.conformantPercent() + "%", points(smeltersNow.conformantPercent() - smeltersBefore.conformantPercent()),
                smeltersNow.conformant() + " of " + smeltersNow.count() + " (" + smeltersBefore.conformant() + " of "
                        + smeltersBefore.count() + " in " + previousYear + ")"));
        return rows;
    }

    private static int count(IdentifiedSmelters smelters, Metal metal) {
        return (int) smelters.smelters().stream().filter(s -> s.metal() == metal).count();
    }

    private static String ids(IdentifiedSmelters smelters, Metal metal) {
        return smelters.smelters().stream().filter(s -> s.metal() == metal).map(ReferenceSmelter::smelterId)
                .collect(Collectors.joining(", "));
    }

    static String percentChange(long from, long to) {
        return from == 0 ? (to == 0 ? "±0%" : "new") : signed(SurveyFigures.percent(to - from, from)) + "%";
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : n < 0 ? "−" + Math.abs(n) : "±0";
    }

    private static String points(long n) {
        return signed(n) + " points";
    }
}
