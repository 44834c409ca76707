package org.mineraldiligence.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The cycle's survey counts, all taken from one grouped query. "In scope" is every surveyed supplier not
 * taken out of scope; the other counts are of in-scope suppliers and judge each by its latest workbook.
 *
 * @param totalDirectSpend spend with all direct suppliers, surveyed or not, for the share covered
 */
public record SurveyFigures(long surveyed, long inScope, BigDecimal inScopeSpend, BigDecimal totalDirectSpend,
                            long responded, BigDecimal respondedSpend, long valid, long invalid, long awaiting,
                            long companyLevel, long productLevel, long userDefinedScope, long strong, long weak,
                            long trainingCompleted) {

    public int spendCoveredPercent() {
        return percent(inScopeSpend, totalDirectSpend);
    }

    public int responsePercent() {
        return percent(responded, inScope);
    }

    public int responseBySpendPercent() {
        return percent(respondedSpend, inScopeSpend);
    }

    /** Of the suppliers who sent a workbook, the share whose latest one is still invalid (the seed's "invalid"). */
    public int invalidPercent() {
        return percent(invalid, valid + invalid);
    }

    public int companyLevelPercent() {
        return percent(companyLevel, valid);
    }

    /** Of the programs assessed, the share found weak. */
    public int weakPercent() {
        return percent(weak, strong + weak);
    }

    public static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    static int percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return 0;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP).intValue();
    }
}
