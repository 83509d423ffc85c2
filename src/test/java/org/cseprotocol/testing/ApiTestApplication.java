package org.cseprotocol.testing;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The application without model deployment: Spring Boot's auto-configuration and the intake, identity and security
 * packages. Tests deploy their own stub of {@code cse-referral}, so they do not depend on the real model's shape.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.cseprotocol.referral", "org.cseprotocol.identity", "org.cseprotocol.security"})
@ConfigurationPropertiesScan(basePackages = "org.cseprotocol.identity")
public class ApiTestApplication {
}
