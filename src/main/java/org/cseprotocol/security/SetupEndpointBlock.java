package org.cseprotocol.security;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Responds with 404 to every request for the Admin webapp's first-run setup endpoint,
 * {@code /camunda/api/admin/setup/{engine}/user/create}, in every profile. The endpoint creates an administrator
 * without a login while it believes no administrator exists. Camunda 7.24.0 counts only direct members of
 * {@code camunda-admin} for that (CVE-2026-77226), and this application creates its administrators at start-up, so
 * the endpoint has no use here.
 */
class SetupEndpointBlock extends OncePerRequestFilter {

    static final String SETUP_PATH = "/camunda/api/admin/setup";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isSetupRequest(request)) {
            ProblemResponses.write(response, HttpStatus.NOT_FOUND.value(), "Not Found",
                    "The first-run setup of the Admin webapp is turned off. Administrators are created at start-up.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Returns whether the request is for the setup endpoint, comparing the decoded, normalised servlet path and the
     * raw URI without path parameters, both in lower case, so that neither {@code ;jsessionid=}, double slashes,
     * nor percent-encoding lets a request through.
     */
    static boolean isSetupRequest(HttpServletRequest request) {
        String servletPath = RequestPaths.of(request);
        String rawPath = request.getRequestURI().substring(request.getContextPath().length())
                .replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
        return startsWithSetup(servletPath) || startsWithSetup(rawPath);
    }

    private static boolean startsWithSetup(String path) {
        String lower = path.toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
        return lower.equals(SETUP_PATH) || lower.startsWith(SETUP_PATH + "/");
    }
}
