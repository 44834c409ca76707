package org.mineraldiligence.engine;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;

/**
 * The person the engine runs the current call as: Tasklist's or a REST caller's log-in, empty when our own
 * code (a job, a step, a test driving the engine) calls. The one adapter to the engine's notion of the
 * caller, and only through the public IdentityService: the object it hands out is never named or kept.
 */
public record CurrentUser(String id, List<String> groupIds) {

    public CurrentUser {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }

    public static Optional<CurrentUser> of(IdentityService identity) {
        var authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? Optional.empty()
                : Optional.of(new CurrentUser(authentication.getUserId(), authentication.getGroupIds()));
    }

    /** The id of the person calling, or null. */
    public static String idOf(IdentityService identity) {
        return of(identity).map(CurrentUser::id).orElse(null);
    }

    /**
     * Runs our own follow-up of a person's action (re-assessing surveys after a compliance officer flagged a
     * smelter, say) without that person's engine rights: what the person may do was checked before, and the
     * follow-up must reach process instances and decisions their role cannot. Restores the caller after.
     */
    public static <T> T asApplication(IdentityService identity, java.util.function.Supplier<T> work) {
        var caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
