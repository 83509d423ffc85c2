package org.cseprotocol.access;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks that the user of the current request belongs to one of the groups allowed to call an endpoint. The
 * user and groups come from {@link IdentityService#getCurrentAuthentication()}, which the authentication filter
 * on {@code /api} sets for each request from its HTTP basic credentials.
 */
@Component
public class GroupAccess {

    private final IdentityService identityService;

    GroupAccess(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * Returns the user id when the user is in one of {@code groups}.
     *
     * @throws ApiAccessException with status 401 when nobody is authenticated, or 403 when the user is in none
     *     of the groups
     */
    public String requireAnyOf(Collection<String> groups, String what) {
        Authentication current = identityService.getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            throw ApiAccessException.unauthenticated(what);
        }
        List<String> userGroups = current.getGroupIds() == null ? List.of() : current.getGroupIds();
        if (userGroups.stream().noneMatch(groups::contains)) {
            throw ApiAccessException.forbidden(current.getUserId(), what, groups);
        }
        return current.getUserId();
    }
}
