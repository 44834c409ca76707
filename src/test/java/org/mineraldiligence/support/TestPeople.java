package org.mineraldiligence.support;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.mineraldiligence.identity.Role;

/** People a test logs in as, made where the application made none (PostgreSQL runs without demo data). */
public final class TestPeople {

    /** One demo person of each role that works a survey. */
    public static final Map<String, Role> DEMO = Map.of("olivia", Role.PROCESS_OWNER, "carlos", Role.COMMODITY_MANAGER,
            "erin", Role.EXECUTIVE_CHAMPION, "cora", Role.COMPLIANCE_OFFICER);

    private TestPeople() {
    }

    /** Each missing person with password "demo", an e-mail address and the role's group. */
    public static void ensure(IdentityService identity, Map<String, Role> people) {
        people.forEach((id, role) -> {
            if (identity.createUserQuery().userId(id).count() == 0) {
                User user = identity.newUser(id);
                user.setFirstName(id);
                user.setLastName("Test");
                user.setEmail(id + "@example.com");
                user.setPassword("demo");
                identity.saveUser(user);
                identity.createMembership(id, role.groupId());
            }
        });
    }
}
