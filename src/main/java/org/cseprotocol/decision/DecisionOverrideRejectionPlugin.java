package org.cseprotocol.decision;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Adds {@link DecisionOverrideRejectionInterceptor} in front of the engine's command interceptors. */
@Component
class DecisionOverrideRejectionPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new DecisionOverrideRejectionInterceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
}
