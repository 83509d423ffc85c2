package org.cseprotocol.sipps;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Returns the errors of the SIPPS request API as RFC 9457 problem bodies with the reason as {@code detail}. */
@RestControllerAdvice(basePackageClasses = SippsRequestController.class)
class SippsRequestProblems extends ResponseEntityExceptionHandler {
}
