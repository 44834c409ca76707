package org.mineraldiligence.cmrt.rules;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.template.CmrtWorkbook;
import org.mineraldiligence.cmrt.template.CompanyField;
import org.mineraldiligence.cmrt.template.Sheets;

/**
 * Flags a workbook whose company name is none of the names we know the sender by: a supplier forwarding
 * its own supplier's CMRT is the usual cause. Names are compared after normalisation (case, accents,
 * punctuation and legal forms ignored); one name's words all found in the other, or a Jaro-Winkler
 * similarity of at least {@value #SIMILAR}, count as the same company, so "Huatai Electronics" passes
 * for "Shenzhen Huatai Electronics Co., Ltd." and a typo passes too.
 */
public final class CompanyNameWarning {

    public static final String RULE = "CMRT-WARN-COMPANY-NAME-DIFFERS";
    static final double SIMILAR = 0.92;

    private static final Set<String> LEGAL_FORMS = Set.of("co", "company", "ltd", "limited", "inc", "incorporated",
            "corp", "corporation", "llc", "lp", "llp", "plc", "gmbh", "ag", "kg", "mbh", "sa", "sas", "sarl", "srl",
            "spa", "bv", "nv", "ab", "as", "oy", "kk", "pte", "pty", "pvt", "bhd", "sdn", "de", "cv", "the", "and", "group",
            "holding", "holdings", "ltda", "jsc", "pjsc", "ooo", "tbk", "pt");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private CompanyNameWarning() {
    }

    public static void apply(CmrtWorkbook wb, CheckPolicy policy, List<Finding> out) {
        String declared = wb.field(CompanyField.COMPANY_NAME).text();
        if (declared == null || policy.companyNames().isEmpty()) {
            return;
        }
        if (policy.companyNames().stream().noneMatch(known -> sameCompany(declared, known))) {
            out.add(Finding.warning(RULE, "The company name in Declaration D8 is not " + policy.companyNames().get(0)
                    + " or another name we know you by. If this CMRT is another company's, please send your own; if it "
                    + "is yours under another name, tell your commodity manager.", Sheets.DECLARATION,
                    CompanyField.COMPANY_NAME.cell()));
        }
    }

    /** True when two company names are, after normalisation, the same or one is the other's words. */
    public static boolean sameCompany(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return x.isEmpty() && y.isEmpty() && a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
        }
        if (x.equals(y)) {
            return true;
        }
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        // one distinctive word ("Shenzhen") is not enough to say that "Shenzhen Huatai Electronics" sent it
        boolean enoughWords = shorter.size() >= 2 || shorter.size() * 2 >= longer.size();
        if (enoughWords && longer.containsAll(shorter) && shorter.stream().mapToInt(String::length).sum() >= 4) {
            return true;
        }
        return JARO_WINKLER.apply(String.join(" ", x), String.join(" ", y)) >= SIMILAR;
    }

    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return Arrays.stream(plain.strip().split(" ")).filter(w -> !w.isEmpty() && !LEGAL_FORMS.contains(w))
                .collect(Collectors.toList());
    }
}
