package org.mineraldiligence.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What only a person can say in the consolidated CMRT: who answers for it, and the company questions the
 * cycle's data cannot answer (policy, its publication, sourcing requirement, disclosure duty).
 */
public record RollUpDeclarant(String contactName, String contactEmail, String contactPhone, String authorizerName,
                              String authorizerTitle, String authorizerEmail, String policy, String policyPublic,
                              String policyUrl, String auditedSmelterRequirement, String disclosure) {

    static final Set<String> YES_NO = Set.of("Yes", "No");
    static final List<String> DISCLOSURES = List.of("Yes, with the SEC", "Yes, with the EU", "Yes, with the SEC and the EU", "No");

    public RollUpDeclarant {
        contactName = strip(contactName);
        contactEmail = strip(contactEmail);
        contactPhone = strip(contactPhone);
        authorizerName = strip(authorizerName);
        authorizerTitle = strip(authorizerTitle);
        authorizerEmail = strip(authorizerEmail);
        policyUrl = strip(policyUrl);
    }

    public static RollUpDeclarant blank(String name, String email) {
        return new RollUpDeclarant(name, email, "", "", "", "", null, null, "", null, null);
    }

    /** What is missing or wrong, in the words the form shows; empty when the workbook can be written. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(emrtProblems());
        if (!oneOf(DISCLOSURES, disclosure)) {
            problems.add("Say whether the company files an annual conflict minerals disclosure (question H).");
        }
        return problems;
    }

    /** The same for the consolidated EMRT, which has no question H (disclosure filing). */
    public List<String> emrtProblems() {
        List<String> problems = new ArrayList<>();
        require(problems, contactName, "Enter the contact's name.");
        if (!contactEmail.contains("@")) {
            problems.add("Enter the contact's e-mail address.");
        }
        require(problems, contactPhone, "Enter the contact's phone number.");
        require(problems, authorizerName, "Enter the name of the person who authorizes the declaration (not \"same\").");
        if (!authorizerEmail.contains("@")) {
            problems.add("Enter the authorizer's e-mail address.");
        }
        if (!oneOf(YES_NO, policy)) {
            problems.add("Say whether the company has a responsible minerals sourcing policy (question A).");
        }
        if (!oneOf(YES_NO, policyPublic)) {
            problems.add("Say whether the policy is on the company's website (question B).");
        } else if ("Yes".equals(policyPublic) && policyUrl.length() < 2) {
            problems.add("Enter the address of the published policy (question B).");
        }
        if (!oneOf(YES_NO, auditedSmelterRequirement)) {
            problems.add("Say whether direct suppliers must source from audited smelters (question C).");
        }
        return problems;
    }

    /** A form may leave a field out altogether, and the immutable collections refuse to look for null. */
    private static boolean oneOf(java.util.Collection<String> allowed, String value) {
        return value != null && allowed.contains(value);
    }

    private static void require(List<String> problems, String value, String message) {
        if (value.isEmpty()) {
            problems.add(message);
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
