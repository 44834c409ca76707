package org.mineraldiligence.smelter;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Dates a reference list against a reporting year and the configured maximum age. */
@Component
public class ReferenceListAges {

    private final Period maxAge;

    ReferenceListAges(@Value("${mineral-diligence.reference-list.max-age:P1Y}") Period maxAge) {
        this.maxAge = maxAge;
    }

    /** @param reportingYear null on pages that concern no cycle */
    public ReferenceListAge of(ReferenceList list, Integer reportingYear) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
        return new ReferenceListAge(list.source(), list.asOf(),
                reportingYear == null ? null : LocalDate.of(reportingYear, 12, 31), maxAge, today);
    }
}
