package org.cseprotocol.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which error responses of the REST API {@link ConcurrentUpdateConflictFilter} turns into 409 Conflict. */
class ConcurrentUpdateConflictFilterTest {

    private final ConcurrentUpdateConflictFilter filter = new ConcurrentUpdateConflictFilter();

    @ParameterizedTest
    @CsvSource({"1, OptimisticLockingException", "10000, ProcessEnginePersistenceException"})
    void concurrentUpdateBecomesConflict(int code, String type) {
        ExceptionDto error = error(type, code, "ENGINE-03005 Entity was updated by another transaction concurrently.");
        ContainerResponseContext response = response(500, error);

        filter.filter(mock(ContainerRequestContext.class), response);

        verify(response).setStatus(409);
        assertThat(error.getMessage()).startsWith(ConcurrentUpdateConflictFilter.MESSAGE)
                .endsWith("ENGINE-03005 Entity was updated by another transaction concurrently.");
        assertThat(error.getType()).isEqualTo(type);
        assertThat(error.getCode()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"500, 0", "400, 1", "403, 1"})
    void otherErrorsKeepTheirStatus(int status, int code) {
        ExceptionDto error = error("ProcessEngineException", code, "Cannot find task with id 1");
        ContainerResponseContext response = response(status, error);

        filter.filter(mock(ContainerRequestContext.class), response);

        verify(response, never()).setStatus(409);
        assertThat(error.getMessage()).isEqualTo("Cannot find task with id 1");
    }

    @Test
    void errorWithoutCodeKeepsItsStatus() {
        ContainerResponseContext response = response(500, error("RestException", null, "Unknown error"));

        filter.filter(mock(ContainerRequestContext.class), response);

        verify(response, never()).setStatus(409);
    }

    private static ExceptionDto error(String type, Integer code, String message) {
        ExceptionDto error = new ExceptionDto();
        error.setType(type);
        error.setCode(code);
        error.setMessage(message);
        return error;
    }

    private static ContainerResponseContext response(int status, ExceptionDto entity) {
        ContainerResponseContext response = mock(ContainerResponseContext.class);
        when(response.getStatus()).thenReturn(status);
        when(response.getEntity()).thenReturn(entity);
        return response;
    }
}
