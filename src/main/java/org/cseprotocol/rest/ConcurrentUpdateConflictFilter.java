package org.cseprotocol.rest;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * Returns 409 Conflict instead of 500 when a request under {@code /engine-rest} lost a race with another request
 * on the same case, with a message that tells the user to send it again.
 *
 * <p>When two people change one case at the same moment, for example by completing two of its tasks, the engine
 * commits one and rolls the other back with an {@code OptimisticLockingException} (error code 1), or PostgreSQL
 * aborts one as a deadlock (code 10000). The rolled-back request saved nothing, so sending it again is safe.
 * Camunda 7.24 returns 500 for both. For a task completion it wraps the exception in a {@code RestException},
 * which has a mapper of Camunda's own, so this filter reads the code that Camunda writes into every error body
 * instead of adding a second exception mapper.
 */
@Provider
class ConcurrentUpdateConflictFilter implements ContainerResponseFilter {

    static final Set<Integer> RETRYABLE_CODES = Set.of(BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode(),
            BuiltinExceptionCode.DEADLOCK.getCode());
    static final String MESSAGE = "Someone else changed this case at the same moment, so this request saved "
            + "nothing. Send it again.";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == Status.INTERNAL_SERVER_ERROR.getStatusCode()
                && response.getEntity() instanceof ExceptionDto error
                && error.getCode() != null
                && RETRYABLE_CODES.contains(error.getCode())) {
            response.setStatus(Status.CONFLICT.getStatusCode());
            error.setMessage(MESSAGE + " Engine message: " + error.getMessage());
        }
    }
}
