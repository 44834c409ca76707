package org.mineraldiligence.grievance;

/** What a concern is about, in the words the reporter chooses from. */
public enum GrievanceCategory {
    HUMAN_RIGHTS("Human rights abuse (forced or child labour, violence, unsafe work)"),
    CONFLICT_FINANCING("Support to armed groups or conflict financing"),
    SMELTER_SOURCING("A smelter's or refiner's sourcing"),
    MISREPRESENTATION("False declarations, bribery or fraud"),
    ENVIRONMENT("Environmental harm"),
    OTHER("Something else");

    private final String label;

    GrievanceCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
