package org.cseprotocol.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Registers the start-up check of the {@code production} profile's settings. */
@Configuration(proxyBeanMethods = false)
@Profile("production")
class ProductionConfiguration {

    /** Static, as a bean factory post-processor must be, so that it runs before any other bean is created. */
    @Bean
    static ProductionSettings productionSettings() {
        return new ProductionSettings();
    }
}
