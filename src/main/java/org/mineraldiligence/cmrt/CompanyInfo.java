package org.mineraldiligence.cmrt;

import java.time.LocalDate;

/**
 * The Declaration company block. {@code declarationScope} is "A", "B" or "C" (null when blank or
 * unrecognised); {@code effectiveDate} is null when the cell is blank or cannot be read as a date.
 */
public record CompanyInfo(String companyName, String declarationScope, String scopeDescription, String uniqueId,
                          String uniqueIdAuthority, String address, String contactName, String contactEmail,
                          String contactPhone, String authorizerName, String authorizerTitle, String authorizerEmail,
                          String authorizerPhone, LocalDate effectiveDate) {

    public static CompanyInfo empty() {
        return new CompanyInfo(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
