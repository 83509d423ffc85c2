package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.Test;

class DecisionOverrideRejectionInterceptorTest {

    @Test
    void rethrowsRejectionWrappedByTheEngine() {
        DecisionOverrideRejectedException rejection = new DecisionOverrideRejectedException("ragOverrideReason",
                "Give a reason.");
        CommandInterceptor interceptor = interceptorThrowing(
                new ProcessEngineException("Exception while invoking TaskListener: Give a reason.", rejection));

        assertThatThrownBy(() -> interceptor.execute(context -> null)).isSameAs(rejection);
    }

    @Test
    void rethrowsAnyFormValidationRejection() {
        FormFieldValidationException rejection = new FormFieldValidationException("strategyMeetingDate",
                "The value of strategyMeetingDate must be a date.");
        CommandInterceptor interceptor = interceptorThrowing(new ProcessEngineException("ENGINE-03051 failed",
                new ProcessEngineException("Exception while invoking TaskListener", rejection)));

        assertThatThrownBy(() -> interceptor.execute(context -> null)).isSameAs(rejection);
    }

    @Test
    void leavesOtherExceptionsAlone() {
        ProcessEngineException failure = new ProcessEngineException("ENGINE-03051 failed",
                new IllegalStateException("boom"));
        CommandInterceptor interceptor = interceptorThrowing(failure);

        assertThatThrownBy(() -> interceptor.execute(context -> null)).isSameAs(failure);
    }

    private static CommandInterceptor interceptorThrowing(ProcessEngineException exception) {
        DecisionOverrideRejectionInterceptor interceptor = new DecisionOverrideRejectionInterceptor();
        interceptor.setNext(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                throw exception;
            }
        });
        return interceptor;
    }
}
