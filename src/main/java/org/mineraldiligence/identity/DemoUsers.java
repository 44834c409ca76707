package org.mineraldiligence.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One demo person per role, for the embedded default only (the postgres profile turns demo data off). */
@Component
@ConditionalOnProperty(name = "mineral-diligence.demo-data", havingValue = "true")
class DemoUsers {

    static final String PASSWORD = "demo";

    record DemoUser(String id, String firstName, String lastName, Role role) {
    }

    static final List<DemoUser> USERS = List.of(
        new DemoUser("olivia", "Olivia", "Owner", Role.PROCESS_OWNER),
        new DemoUser("carlos", "Carlos", "Manager", Role.COMMODITY_MANAGER),
        new DemoUser("mia", "Mia", "Manager", Role.COMMODITY_MANAGER),
        new DemoUser("erin", "Erin", "Executive", Role.EXECUTIVE_CHAMPION),
        new DemoUser("cora", "Cora", "Compliance", Role.COMPLIANCE_OFFICER));

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(2)
    void createDemoUsers() {
        for (DemoUser demo : USERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@example.com");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(demo.id(), demo.role().groupId());
        }
    }
}
