package org.cseprotocol.decision;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.cseprotocol.testing.RegisteredEngineExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Starts the whole application once for all engine tests of this package: an in-memory H2 database, no job
 * executor, and the web server on a random loopback port for the REST tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "server.address=127.0.0.1",
    "spring.datasource.url=jdbc:h2:mem:decision-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ExtendWith(RegisteredEngineExtension.class)
@interface DecisionEngineTest {
}
