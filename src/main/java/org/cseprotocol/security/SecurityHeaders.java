package org.cseprotocol.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Adds security headers to every response: no MIME sniffing, no referrer, {@code Cache-Control: no-store} on API
 * responses (they carry case data) unless the API sets its own, as Camunda's REST API does with {@code no-cache}, and,
 * when {@code cse.security.hsts} is on, HSTS for one year including subdomains. The webapps' own filter sets its
 * headers on top for {@code /camunda}.
 */
class SecurityHeaders extends OncePerRequestFilter {

    static final String HSTS_VALUE = "max-age=31536000; includeSubDomains";

    private final boolean hsts;

    SecurityHeaders(SecurityProperties properties) {
        this.hsts = properties.hsts();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = RequestPaths.of(request);
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (hsts) {
            response.setHeader("Strict-Transport-Security", HSTS_VALUE);
        }
        chain.doFilter(request, response);
    }
}
