package org.cseprotocol.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's authentication filter, changed in two ways. Every request under its URL patterns needs credentials,
 * whereas Camunda's own filter lets {@code /engine-rest/engine}, the list of engine names, through without them.
 * And credentials are checked against this application's engine bean, not looked up by name in Camunda's static
 * engine registry, which another engine of the same name in the JVM (a second context in a test run) can replace.
 */
class CseAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    private final ProcessEngine engine;

    CseAuthenticationFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
        return true;
    }

    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
        return engine;
    }
}
