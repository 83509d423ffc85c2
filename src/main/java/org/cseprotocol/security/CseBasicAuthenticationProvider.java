package org.cseprotocol.security;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Camunda's HTTP basic provider, which checks passwords with {@code IdentityService.checkPassword} and so keeps
 * Camunda's login throttling, with realm {@code cse} and an RFC 9457 problem body on a 401.
 *
 * <p>Public with a public no-argument constructor because {@code ProcessEngineAuthenticationFilter} creates it by
 * class name from its {@code authentication-provider} init parameter.
 */
public class CseBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

    static final String REALM = "cse";
    static final String UNAUTHORIZED_BODY = """
            {"type":"about:blank","title":"Unauthorized","status":401,\
            "detail":"This request needs the user id and password of a Camunda user, sent with HTTP basic \
            authentication. After several wrong passwords Camunda locks the user for a while."}""";

    /** Adds the challenge and the problem body. The filter has already set status 401. */
    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(UNAUTHORIZED_BODY);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to write the 401 response body", e);
        }
    }
}
