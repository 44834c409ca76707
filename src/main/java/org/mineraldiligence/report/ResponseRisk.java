package org.mineraldiligence.report;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The seed's "primary risk": how far the responses fall short, from the latest valid declaration of each supplier.
 * Each sentence has a basis naming the suppliers it counts.
 */
public record ResponseRisk(String companyName, List<SupplierDeclaration> declarations) {

    /** "61% of the responses received provided data at a company or divisional level or were unable to specify …" */
    public String companyLevelSentence() {
        return percent(declarations, SupplierDeclaration::companyLevelOrUnspecified) + "% of the responses received provided"
                + " data at a company or divisional level or were unable to specify the smelters or refiners that processed"
                + " the 3TG in the components supplied to " + companyName + ".";
    }

    public String companyLevelBasis() {
        return basis(declarations, SupplierDeclaration::companyLevelOrUnspecified,
                "of the valid responses, company-level or user-defined scope, or not every smelter identified (CMRT question 7)");
    }

    /** CMRT question 6, as the seed words it. */
    public String coverageSentence() {
        return "Additionally, " + percent(responding(), SupplierDeclaration::heardFromFewerThanThreeQuarters) + "% of the"
                + " responding suppliers indicated that they received information regarding their supply chains from fewer"
                + " than 75% of their suppliers and, therefore, they could not provide a comprehensive list of all smelters"
                + " or refiners in their supply chains.";
    }

    public String coverageBasis() {
        return basis(responding(), SupplierDeclaration::heardFromFewerThanThreeQuarters,
                "of the valid responses declaring a 3TG in scope, CMRT question 6 \"Greater than 50%\", \"50% or less\" or \"None\" for a metal");
    }

    private List<SupplierDeclaration> responding() {
        return declarations.stream().filter(SupplierDeclaration::coversAny).toList();
    }

    private static int percent(List<SupplierDeclaration> of, Predicate<SupplierDeclaration> counted) {
        return SurveyFigures.percent(of.stream().filter(counted).count(), of.size());
    }

    private static String basis(List<SupplierDeclaration> of, Predicate<SupplierDeclaration> counted, String rule) {
        List<String> names = of.stream().filter(counted).map(SupplierDeclaration::supplierName).toList();
        return names.size() + " of " + of.size() + " " + rule + ": " + (names.isEmpty() ? "none"
                : names.stream().collect(Collectors.joining(", ")));
    }
}
