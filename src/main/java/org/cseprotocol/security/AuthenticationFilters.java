package org.cseprotocol.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers HTTP basic authentication against Camunda's identity service for the REST API under
 * {@code /engine-rest} and the application API under {@code /api}. Each request runs with
 * {@code IdentityService.setAuthentication(user, groups, tenants)}, cleared when the request ends. The webapps
 * under {@code /camunda} keep their own login.
 */
@Configuration(proxyBeanMethods = false)
class AuthenticationFilters {

    @Bean
    FilterRegistrationBean<CseAuthenticationFilter> engineRestAuthentication(ProcessEngine engine) {
        return registration(engine, "engine-rest-authentication", "/engine-rest/*");
    }

    @Bean
    FilterRegistrationBean<CseAuthenticationFilter> applicationApiAuthentication(ProcessEngine engine) {
        return registration(engine, "application-api-authentication", "/api/*");
    }

    private static FilterRegistrationBean<CseAuthenticationFilter> registration(ProcessEngine engine, String name,
            String urlPattern) {
        FilterRegistrationBean<CseAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new CseAuthenticationFilter(engine));
        registration.setName(name);
        registration.addUrlPatterns(urlPattern);
        registration.addInitParameter(CseAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                CseBasicAuthenticationProvider.class.getName());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
