package org.mineraldiligence.identity;

import java.util.Arrays;

/** The Camunda groups a person can belong to; the group id is also the Spring Security role. */
public enum Role {
    PROCESS_OWNER("process-owners", "Process owners"),
    COMMODITY_MANAGER("commodity-managers", "Commodity managers"),
    EXECUTIVE_CHAMPION("executive-champions", "Executive champions"),
    COMPLIANCE_OFFICER("compliance-officers", "Compliance officers");

    public static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    private final String groupId;
    private final String displayName;

    Role(String groupId, String displayName) {
        this.groupId = groupId;
        this.displayName = displayName;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }

    /** Spring Security authority for a Camunda group id. */
    public static String authorityOf(String groupId) {
        return "ROLE_" + groupId;
    }

    public static String[] groupIds() {
        return Arrays.stream(values()).map(Role::groupId).toArray(String[]::new);
    }
}
