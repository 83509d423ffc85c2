package org.cseprotocol.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DecisionEngineTest
class CaseListsBeanTest {

    private static final String PROCESS = "case-lists-test";

    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private TaskService taskService;

    private String deploymentId;

    @AfterEach
    void deleteDeployment() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void expressionCreatesOneTaskPerAgency() {
        deploymentId = repositoryService.createDeployment()
                .addModelInstance(PROCESS + ".bpmn", TestProcesses.partnerTasks(PROCESS))
                .deploy()
                .getId();

        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, Map.of("partnerAgencies",
                SpinValues.jsonValue("[\"HEALTH\", \"EDUCATION\", \"HEALTH\"]").create()));

        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).list())
                .extracting(task -> taskService.getVariable(task.getId(), "partnerAgency"))
                .containsExactlyInAnyOrder("HEALTH", "EDUCATION");
    }
}
