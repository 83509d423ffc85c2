package org.cseprotocol.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.Filter;

/**
 * Registers the servlet filters that guard every way in, in this order: security headers on every response; 404
 * for the Admin webapp's setup endpoint; 413 for an oversized body; basic authentication (see
 * {@link AuthenticationFilters}); then the access rules of {@code /api} and the checks on Camunda's REST API.
 * They all run before the webapps' own filters, which Camunda registers after every filter declared here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityFilters {

    static final String[] ENGINE_API = {"/engine-rest/*", "/camunda/api/engine/*"};

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(SecurityProperties properties) {
        return registration(new SecurityHeaders(properties), "security-headers", Ordered.HIGHEST_PRECEDENCE, "/*");
    }

    @Bean
    FilterRegistrationBean<SetupEndpointBlock> setupEndpointBlock() {
        return registration(new SetupEndpointBlock(), "setup-endpoint-block", Ordered.HIGHEST_PRECEDENCE + 1,
                "/*");
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(SecurityProperties properties) {
        return registration(new RequestBodyLimit(properties), "request-body-limit", Ordered.HIGHEST_PRECEDENCE + 2,
                "/api/*", "/engine-rest/*", "/camunda/api/*");
    }

    @Bean
    FilterRegistrationBean<ApiAccess> apiAccess(ProcessEngine engine) {
        return registration(new ApiAccess(engine), "api-access", Ordered.HIGHEST_PRECEDENCE + 20, "/api/*");
    }

    @Bean
    FilterRegistrationBean<EngineRequestGuard> engineRequestGuard(ProcessEngine engine,
            SecurityProperties properties) {
        return registration(new EngineRequestGuard(engine, properties), "engine-request-guard",
                Ordered.HIGHEST_PRECEDENCE + 20, ENGINE_API);
    }

    @Bean
    FilterRegistrationBean<MissingTaskNotFound> missingTaskNotFound(ProcessEngine engine) {
        return registration(new MissingTaskNotFound(engine), "missing-task-not-found", Ordered.HIGHEST_PRECEDENCE + 25,
                ENGINE_API);
    }

    @Bean
    FilterRegistrationBean<PartnerVariables> partnerVariables(ProcessEngine engine, SecurityProperties properties) {
        return registration(new PartnerVariables(engine, properties), "partner-variables",
                Ordered.HIGHEST_PRECEDENCE + 30, ENGINE_API);
    }

    private static <T extends Filter> FilterRegistrationBean<T> registration(T filter, String name, int order,
            String... urlPatterns) {
        FilterRegistrationBean<T> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addUrlPatterns(urlPatterns);
        registration.setOrder(order);
        return registration;
    }
}
