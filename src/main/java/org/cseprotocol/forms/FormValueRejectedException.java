package org.cseprotocol.forms;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Rejects the completion of a task whose form value has a type that cannot be converted to the declared one. Like
 * the decision package's override rejection, it extends the engine's form validation exception, so that
 * {@code POST /task/{id}/complete} and {@code /submit-form} return 400 with the message once the rejection
 * interceptor has unwrapped it from the engine's listener exception.
 */
class FormValueRejectedException extends FormFieldValidationException {

    /** Code in the REST error body ({@code "code"}), in the engine's range for custom codes (20000 to 39999). */
    static final int CODE = 22_002;

    FormValueRejectedException(String variable, String message) {
        super(variable, message);
        setCode(CODE);
    }
}
