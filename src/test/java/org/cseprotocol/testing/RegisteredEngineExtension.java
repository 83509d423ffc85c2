package org.cseprotocol.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Registers the test context's engine as Camunda's engine of its name before each test. Camunda's REST resources
 * look the engine up by name in a static registry, and a test run holds several Spring contexts with an engine
 * called "default" each; closing any of them removes the name from the registry.
 */
public class RegisteredEngineExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
        ProcessEngines.registerProcessEngine(engine);
    }
}
