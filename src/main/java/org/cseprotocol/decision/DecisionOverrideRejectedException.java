package org.cseprotocol.decision;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Rejects the completion of a task whose answer breaks an override rule. It extends the engine's form validation
 * exception because that is the one exception the REST API answers with 400 and its message
 * ("Cannot complete task {id}: {message}") on {@code POST /task/{id}/complete} and {@code /submit-form}; any
 * other exception from a listener gets 500. {@link DecisionOverrideRejectionInterceptor} unwraps it from the
 * engine's listener exception so that the REST API sees it.
 */
class DecisionOverrideRejectedException extends FormFieldValidationException {

    /** Code in the REST error body ({@code "code"}), in the range the engine leaves for applications. */
    static final int CODE = 22_001;

    DecisionOverrideRejectedException(String variable, String message) {
        super(variable, message);
        setCode(CODE);
    }
}
