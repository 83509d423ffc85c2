package org.cseprotocol;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Runs the CSE safeguarding protocol on an embedded Camunda 7 engine with Tasklist, Cockpit and Admin. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CseApplication {

    public static void main(String[] args) {
        SpringApplication.run(CseApplication.class, args);
    }
}
