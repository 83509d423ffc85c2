package org.cseprotocol.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.cseprotocol.process.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Checks what an administrator relies on when the application restarts or a model is redeployed. */
@SpringBootTest
@ActiveProfiles("test")
class ModelDeploymentTest {

    @Autowired
    private ModelDeployment modelDeployment;
    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;
    @Autowired
    private FormService formService;

    @Test
    void restartWithNothingChangedMakesNoNewVersions() {
        long deployments = repositoryService.createDeploymentQuery().count();
        long definitions = repositoryService.createProcessDefinitionQuery().count();
        long decisions = repositoryService.createDecisionDefinitionQuery().count();

        modelDeployment.afterPropertiesSet();

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
        assertThat(repositoryService.createDecisionDefinitionQuery().count()).isEqualTo(decisions);
    }

    @Test
    void formStillResolvesAfterOnlyTheBpmnChanged() throws IOException {
        String changed = Files.readString(Path.of("processes", "cse-referral.bpmn"), StandardCharsets.UTF_8)
                .replace("name=\"CSE referral\"", "name=\"CSE referral (changed in Modeler)\"");
        repositoryService.createDeployment().name("modeler-change").addString("cse-referral.bpmn", changed).deploy();
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey("cse-referral")
                .latestVersion().singleResult();
        assertThat(latest.getName()).isEqualTo("CSE referral (changed in Modeler)");

        Map<String, Object> variables = TestCases.newConcern();
        ProcessInstance referral = runtimeService.startProcessInstanceById(latest.getId(), variables);
        Task triage = taskService.createTaskQuery().processInstanceId(referral.getId()).singleResult();

        try (InputStream form = formService.getDeployedTaskForm(triage.getId())) {
            assertThat(new ObjectMapper().readTree(form).path("id").asText()).isEqualTo("triageReferral");
        }
    }
}
