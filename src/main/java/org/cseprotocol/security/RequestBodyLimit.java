package org.cseprotocol.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Rejects a request body larger than the configured maximum with 413, before any controller reads it, and passes
 * smaller bodies on read into memory. A declared Content-Length over the maximum is rejected unread; a chunked body
 * is read up to one byte past the maximum. Deployments of models get their own, larger maximum.
 *
 * <p>Form bodies ({@code application/x-www-form-urlencoded}, the webapps' login) are left unread, because the
 * servlet container parses their parameters from the original stream, and it limits them itself
 * ({@code server.tomcat.max-http-form-post-size}, 2MB by default).
 */
class RequestBodyLimit extends OncePerRequestFilter {

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final SecurityProperties properties;

    RequestBodyLimit(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!METHODS_WITH_BODY.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        DataSize maximum = maximumFor(request);
        if (request.getContentLengthLong() > maximum.toBytes()) {
            rejectTooLarge(response, maximum);
            return;
        }
        if (isForm(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maximum.toBytes() + 1);
        if (body.length > maximum.toBytes()) {
            rejectTooLarge(response, maximum);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private static boolean isForm(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private DataSize maximumFor(HttpServletRequest request) {
        return RequestPaths.of(request).endsWith("/deployment/create")
                ? properties.maxDeploymentSize()
                : properties.maxRequestSize();
    }

    private static byte[] readAtMost(InputStream input, long limit) throws IOException {
        return input.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    private static void rejectTooLarge(HttpServletResponse response, DataSize maximum) throws IOException {
        ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE.value(), "Payload Too Large",
                "The request body is larger than the maximum of " + maximum.toKilobytes()
                        + " KB, so it was not read. Send a smaller body.");
    }
}
