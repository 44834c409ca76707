package org.mineraldiligence.smelter;

/**
 * How a declared smelter was tied to a reference smelter (or which rule suggested a candidate in review);
 * {@code NONE} when it was not. Names fit the assessment table's 10-character column.
 */
public enum MatchMethod {
    ID("smelter id"),
    ID_IN_ROW("smelter id written elsewhere in the row"),
    ALIAS("name or alias on the list"),
    RMI_LOOKUP("name in an RMI look-up revision (former name or alias)"),
    WILDCARD("name with letters lost in transit"),
    ACRONYM("acronym of the name"),
    SHORT_NAME("distinctive short name with the same country"),
    FUZZY("similar name"),
    NONE("none");

    private final String label;

    MatchMethod(String label) {
        this.label = label;
    }

    /** What the rule is, for the review page. */
    public String label() {
        return label;
    }
}
