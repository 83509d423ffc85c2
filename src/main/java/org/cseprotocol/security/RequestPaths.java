package org.cseprotocol.security;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

/** Reads the path of a request for matching, in the form the servlet container routes it. */
final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * Returns the decoded, normalised path without the context path: the servlet path plus the path info. Unlike the
     * raw request URI it has no path parameters ({@code ;name=value}), percent-encoding or repeated slashes, any of
     * which would let a request with an unusual spelling slip past a pattern.
     */
    static String of(HttpServletRequest request) {
        return request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    }
}
