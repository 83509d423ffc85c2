package org.cseprotocol.decision;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Rejects the completion of a task whose submitted value breaks an override rule. It extends the engine's form
 * validation exception because, in Camunda 7.24, that is the only exception for which
 * {@code POST /task/{id}/complete} and {@code /submit-form} return 400 with the message ("Cannot complete task
 * {id}: {message}"). Any other exception from a listener gets 500. {@link DecisionOverrideRejectionInterceptor}
 * unwraps it from the engine's listener exception so that the REST resource sees it.
 */
class DecisionOverrideRejectedException extends FormFieldValidationException {

    /** Code in the REST error body ({@code "code"}), in the engine's range for custom codes (20000 to 39999). */
    static final int CODE = 22_001;

    DecisionOverrideRejectedException(String variable, String message) {
        super(variable, message);
        setCode(CODE);
    }
}
