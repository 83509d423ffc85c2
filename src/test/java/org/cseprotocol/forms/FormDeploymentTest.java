package org.cseprotocol.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ParallelGatewayBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deploys every form into an in-memory engine, with a process whose user tasks bind them as the real processes do
 * ({@code camunda:formRef}, binding {@code latest}). Each task must resolve to the form with its own key as id.
 */
class FormDeploymentTest {

    private static final String PROCESS_KEY = "formBindingCheck";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ProcessEngine engine;

    @BeforeAll
    static void deployFormsWithBindingProcess() throws IOException {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:forms-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .addModelInstance(PROCESS_KEY + ".bpmn", bindingProcess());
        for (Path form : FormFile.all()) {
            deployment.addString(form.getFileName().toString(), Files.readString(form));
        }
        deployment.deploy();
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    /** Builds one parallel branch per task key, each a user task bound to the form of the same id. */
    private static BpmnModelInstance bindingProcess() {
        ParallelGatewayBuilder fork = Bpmn.createExecutableProcess(PROCESS_KEY).startEvent().parallelGateway("fork");
        for (String taskKey : FormCatalogueTest.TASK_KEYS) {
            fork.moveToNode("fork").userTask(taskKey)
                    .camundaFormRef(taskKey).camundaFormRefBinding("latest")
                    .endEvent();
        }
        return fork.done();
    }

    @ParameterizedTest
    @MethodSource("org.cseprotocol.forms.FormCatalogueTest#taskKeys")
    void userTaskResolvesItsForm(String taskKey) throws IOException {
        Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).singleResult();

        JsonNode form;
        try (InputStream deployed = engine.getFormService().getDeployedTaskForm(task.getId())) {
            form = MAPPER.readTree(deployed);
        }

        assertThat(form.path("id").asText()).isEqualTo(taskKey);
    }
}
