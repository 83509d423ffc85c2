package org.cseprotocol.rest;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds this application's providers to Camunda's REST API under {@code /engine-rest}. */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    @Bean
    ResourceConfigCustomizer spinJsonAsText() {
        return config -> config.register(SpinJsonObjectMapperResolver.class);
    }

    @Bean
    ResourceConfigCustomizer concurrentUpdateAsConflict() {
        return config -> config.register(ConcurrentUpdateConflictFilter.class);
    }
}
