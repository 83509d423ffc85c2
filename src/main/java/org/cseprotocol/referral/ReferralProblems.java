package org.cseprotocol.referral;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Turns the errors of the referral API into RFC 9457 (formerly 7807) problem bodies of type
 * {@code application/problem+json}, regardless of the request's Accept header.
 */
@RestControllerAdvice(basePackageClasses = ReferralController.class)
class ReferralProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralProblems.class);

    @ExceptionHandler
    ResponseEntity<Object> handleInvalidReferral(InvalidReferralException exception, WebRequest request) {
        String fields = exception.errors().stream().map(FieldError::field).collect(Collectors.joining(", "));
        LOG.info("Rejected a referral with {} invalid fields: {}", exception.errors().size(), fields);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The referral has " + exception.errors().size() + " invalid field(s), so no case was started. "
                        + "Correct the fields listed in errors and send the referral again.");
        problem.setProperty("errors", exception.errors());
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler({ProcessEngineException.class, DataAccessException.class})
    ResponseEntity<Object> handleStartFailure(RuntimeException exception, WebRequest request) {
        LOG.error("Failed to register a referral and start its case; the transaction was rolled back", exception);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The case could not be started, so the referral was not recorded. Send it again; if it fails "
                        + "again, tell the system administrator.");
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR,
                request);
    }

    /** Describes malformed JSON by its position only: Jackson's message can quote the body, which is case data. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = exception.getMostSpecificCause() instanceof JsonProcessingException json
                ? "The request body is malformed JSON" + position(json.getLocation())
                        + ". Send the referral as one JSON object."
                : "The request body is missing or is not JSON. Send the referral as one JSON object.";
        return handleExceptionInternal(exception, ProblemDetail.forStatusAndDetail(status, detail), headers, status,
                request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        if (headers != null) {
            problemHeaders.putAll(headers);
        }
        if (body instanceof ProblemDetail) {
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return new ResponseEntity<>(body, problemHeaders, status);
    }

    private static String position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
