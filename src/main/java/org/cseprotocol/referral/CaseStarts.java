package org.cseprotocol.referral;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts {@code cse-referral} cases for the intake API, as the logged-in sender but without the engine's
 * authorization check on starting them. No group holds CREATE_INSTANCE on the process, so that a case can enter only
 * through the intake's validation and duplicate check; the API's access rules decide who may send a referral. The
 * sender stays the case's start user.
 */
@Component
class CaseStarts {

    private final ProcessEngine engine;

    CaseStarts(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Starts the process in the caller's transaction and returns the new instance. */
    ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
        CommandExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        return executor.execute(context -> context.runWithoutAuthorization(() -> engine.getRuntimeService()
                .startProcessInstanceByKey(processKey, businessKey, variables)));
    }
}
