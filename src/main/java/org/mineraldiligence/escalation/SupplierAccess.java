package org.mineraldiligence.escalation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.supplier.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read which supplier on the supplier pages. Process owners, executive champions and compliance
 * officers read every supplier. A commodity manager reads the suppliers they manage and those of their
 * team: the people who share a Camunda group with them besides the role groups (e.g. a group
 * {@code metals-team} in Camunda Admin). Anyone else reads none.
 */
@Component
class SupplierAccess {

    private static final Set<String> NOT_A_TEAM = Set.of(Role.PROCESS_OWNER.groupId(), Role.COMMODITY_MANAGER.groupId(),
            Role.EXECUTIVE_CHAMPION.groupId(), Role.COMPLIANCE_OFFICER.groupId(), Role.CAMUNDA_ADMIN_GROUP);

    /** What one person may read: every supplier, or only those whose commodity manager is one of {@code managers}. */
    record Scope(boolean everySupplier, Set<String> managers) {

        boolean covers(Supplier supplier) {
            return everySupplier || supplier.getCommodityManager() != null && managers.contains(supplier.getCommodityManager());
        }
    }

    private final IdentityService identityService;

    SupplierAccess(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Empty when the person may read no supplier at all. */
    Optional<Scope> of(Authentication person) {
        if (hasRole(person, Role.PROCESS_OWNER, Role.EXECUTIVE_CHAMPION, Role.COMPLIANCE_OFFICER)) {
            return Optional.of(new Scope(true, Set.of()));
        }
        return teamScope(person);
    }

    /**
     * Whose surveys the person may work from the list (remind, extend, reassign): a process owner every
     * supplier's, a commodity manager those of their own and their team's suppliers, as on the supplier page
     * (also when they read more in another role); empty for everyone else.
     */
    Optional<Scope> workOf(Authentication person) {
        return hasRole(person, Role.PROCESS_OWNER) ? Optional.of(new Scope(true, Set.of())) : teamScope(person);
    }

    private Optional<Scope> teamScope(Authentication person) {
        if (!hasRole(person, Role.COMMODITY_MANAGER)) {
            return Optional.empty();
        }
        Set<String> managers = new LinkedHashSet<>();
        managers.add(person.getName());
        for (Group group : identityService.createGroupQuery().groupMember(person.getName()).list()) {
            if (!NOT_A_TEAM.contains(group.getId())) {
                identityService.createUserQuery().memberOfGroup(group.getId()).list().stream()
                        .map(User::getId).forEach(managers::add);
            }
        }
        return Optional.of(new Scope(false, Set.copyOf(managers)));
    }

    private static boolean hasRole(Authentication person, Role... roles) {
        return person != null && person.getAuthorities().stream().anyMatch(authority -> Arrays.stream(roles)
                .anyMatch(role -> authority.getAuthority().equals(Role.authorityOf(role.groupId()))));
    }
}
