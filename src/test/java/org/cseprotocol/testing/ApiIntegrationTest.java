package org.cseprotocol.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test against {@link ApiTestApplication} on a random port, with its own in-memory H2 database and
 * no job executor. Every class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ApiTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:cse-api-${random.uuid};DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false",
        })
@ExtendWith(RegisteredEngineExtension.class)
public @interface ApiIntegrationTest {
}
