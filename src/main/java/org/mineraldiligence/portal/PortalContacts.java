package org.mineraldiligence.portal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.mineraldiligence.supplier.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whom a supplier writes to from the portal: its commodity manager, or the supply chain team. */
@Component
class PortalContacts {

    /** A person or team and the address to write to. */
    record Contact(String name, String email) {
    }

    private final IdentityService identityService;
    private final String teamContact;

    PortalContacts(IdentityService identityService, @Value("${mineral-diligence.supply-chain-contact}") String teamContact) {
        this.identityService = identityService;
        this.teamContact = teamContact;
    }

    Contact of(Supplier supplier) {
        String managerId = supplier.getCommodityManager();
        User manager = managerId == null ? null : identityService.createUserQuery().userId(managerId).singleResult();
        if (manager == null || manager.getEmail() == null || manager.getEmail().isBlank()) {
            return new Contact("our supply chain team", teamContact);
        }
        return new Contact((manager.getFirstName() + " " + manager.getLastName()).trim(), manager.getEmail());
    }
}
