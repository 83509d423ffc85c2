package org.cseprotocol.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Responds with 403 to a logged-in user whose groups may not call an endpoint under {@code /api}, by
 * {@link ApiAccessRules}. Administrators may call every endpoint. Runs after the basic authentication filter, so a
 * request without a user never reaches it; if one did, it would be refused as well.
 */
class ApiAccess extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiAccess.class);

    private final ProcessEngine engine;

    ApiAccess(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RequestUser> user = RequestUser.of(request, engine.getIdentityService(), engine.getName());
        String path = RequestPaths.of(request);
        if (user.isPresent() && isAllowed(user.get(), request.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info("Refused {} {} to user {}: none of the user's groups may call it", request.getMethod(), path,
                user.map(RequestUser::userId).orElse("(none)"));
        ProblemResponses.write(response, HttpStatus.FORBIDDEN.value(), "Forbidden",
                "Your groups may not call " + request.getMethod() + " " + path + ". Ask an administrator if your "
                        + "role needs it.");
    }

    private static boolean isAllowed(RequestUser user, String method, String path) {
        if (user.isAdmin()) {
            return true;
        }
        Optional<List<String>> groups = ApiAccessRules.groupsFor(method, path);
        return groups.isPresent() && (groups.get().isEmpty() || user.isMemberOfAny(groups.get()));
    }
}
