package org.cseprotocol.access;

import java.util.Collection;

import org.springframework.http.HttpStatus;

/** Rejects a request whose user is not authenticated (401) or not in an allowed group (403). */
public class ApiAccessException extends RuntimeException {

    private final HttpStatus status;

    private ApiAccessException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static ApiAccessException unauthenticated(String what) {
        return new ApiAccessException(HttpStatus.UNAUTHORIZED, "Log in to see " + what
                + ": send the user id and password of a Camunda user with HTTP basic authentication");
    }

    static ApiAccessException forbidden(String userId, String what, Collection<String> groups) {
        return new ApiAccessException(HttpStatus.FORBIDDEN, "User " + userId + " may not see " + what
                + ": only members of the groups " + groups + " may. Ask an administrator for access.");
    }

    public HttpStatus status() {
        return status;
    }
}
