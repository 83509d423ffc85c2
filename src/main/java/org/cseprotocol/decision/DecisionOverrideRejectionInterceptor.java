package org.cseprotocol.decision;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Rethrows a {@link FormFieldValidationException} that the engine wrapped, such as a
 * {@link DecisionOverrideRejectedException} or a rejected form value. The engine wraps every exception of a task
 * listener into a plain {@link ProcessEngineException} (ENGINE-03051), for which the REST API returns 500. Runs
 * outermost, after the transaction has rolled back.
 */
class DecisionOverrideRejectionInterceptor extends CommandInterceptor {

    private static final int MAX_CAUSE_DEPTH = 10;

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (ProcessEngineException e) {
            throw rejectionIn(e);
        }
    }

    private static ProcessEngineException rejectionIn(ProcessEngineException exception) {
        Throwable cause = exception;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (cause instanceof FormFieldValidationException rejection) {
                return rejection;
            }
            cause = cause.getCause();
        }
        return exception;
    }
}
