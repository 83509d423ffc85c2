package org.cseprotocol.security;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.cseprotocol.identity.CseGroups;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The user a request runs as, with the user's groups.
 *
 * @param userId the Camunda user id
 * @param groupIds the ids of the user's groups
 */
record RequestUser(String userId, List<String> groupIds) {

    static final String WEBAPP_PATH = "/camunda/";

    /**
     * Returns the user of the request. Under {@code /engine-rest} and {@code /api} this is the engine's current
     * authentication, which the basic authentication filter has set. Under {@code /camunda} the webapps keep the
     * login in the HTTP session, and this application's filters run before the webapps' own filter copies it to the
     * engine, so it is read from the session.
     */
    static Optional<RequestUser> of(HttpServletRequest request, IdentityService identityService, String engineName) {
        if (RequestPaths.of(request).startsWith(WEBAPP_PATH)) {
            return fromSession(request.getSession(false), engineName);
        }
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return Optional.empty();
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        return Optional.of(new RequestUser(authentication.getUserId(), List.copyOf(groups)));
    }

    private static Optional<RequestUser> fromSession(HttpSession session, String engineName) {
        if (session == null) {
            return Optional.empty();
        }
        if (AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName)
                instanceof UserAuthentication user && user.getGroupIds() != null) {
            return Optional.of(new RequestUser(user.getName(), List.copyOf(user.getGroupIds())));
        }
        return Optional.empty();
    }

    boolean isMemberOfAny(List<String> groups) {
        return groupIds.stream().anyMatch(groups::contains);
    }

    boolean isAdmin() {
        return groupIds.contains(CseGroups.ADMIN);
    }

    /**
     * Returns whether every group of the user is outside the council's case teams, a partner agency or Early Help.
     * Such a user may read only the allow-listed variables of the tasks Camunda shows them.
     */
    boolean isOutsideCaseTeams() {
        return !groupIds.isEmpty() && groupIds.stream().allMatch(CseGroups::isOutsideCaseTeams);
    }
}
