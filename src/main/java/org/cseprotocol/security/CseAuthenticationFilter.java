package org.cseprotocol.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's authentication filter, changed so that every request under its URL patterns needs credentials. Camunda's
 * own filter lets {@code /engine-rest/engine}, the list of engine names, through without them.
 */
class CseAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
        return true;
    }
}
