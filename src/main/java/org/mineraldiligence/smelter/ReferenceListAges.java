package org.mineraldiligence.smelter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Dates a reference list against a reporting year and the configured maximum age. */
@Component
public class ReferenceListAges {

    private final Period maxAge;
    private final Clock clock;

    ReferenceListAges(@Value("${mineral-diligence.reference-list.max-age:P1Y}") Period maxAge, Clock clock) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** @param reportingYear null on pages that concern no cycle */
    public ReferenceListAge of(ReferenceList list, Integer reportingYear) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        return new ReferenceListAge(list.source(), list.asOf(),
                reportingYear == null ? null : LocalDate.of(reportingYear, 12, 31), maxAge, today);
    }
}
