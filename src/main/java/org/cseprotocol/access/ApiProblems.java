package org.cseprotocol.access;

import org.cseprotocol.record.NotOpenToSocialCareOrPoliceException;
import org.cseprotocol.record.RecordConflictException;
import org.cseprotocol.record.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the errors of the record and report APIs into RFC 9457 problem responses whose detail names what failed
 * and what to do. A 401 carries the basic-authentication challenge, so a browser asks for credentials.
 */
@RestControllerAdvice(basePackages = {"org.cseprotocol.record", "org.cseprotocol.report"})
class ApiProblems {

    static final String CHALLENGE = "Basic realm=\"cse\"";

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ApiAccessException.class)
    ResponseEntity<ProblemDetail> accessDenied(ApiAccessException e) {
        LOG.info("API access rejected with {}: {}", e.status().value(), e.getMessage());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return response.body(ProblemDetail.forStatusAndDetail(e.status(), e.getMessage()));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(RecordConflictException.class)
    ProblemDetail conflict(RecordConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(NotOpenToSocialCareOrPoliceException.class)
    ProblemDetail notOpen(NotOpenToSocialCareOrPoliceException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class})
    ProblemDetail invalid(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
